#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' 'a 1 true 2.5  b'
printf '\n'
printf '%s\n' 'x -n'
printf '%s\n' '0.30000000000000004 3.5 -0.5'
