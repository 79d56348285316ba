#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
touch b.txt a.txt
set -f
echo *.txt
set +f
echo *.txt
