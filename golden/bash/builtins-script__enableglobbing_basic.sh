#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
touch b.txt a.txt
set -f
echo *.txt
set +f
echo *.txt
