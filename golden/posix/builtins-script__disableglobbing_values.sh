#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
touch x.log y.log
pat='*.log'
set -f
echo "$pat" *.log
set +f
echo "$pat" *.log
