#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
x=5
__t1=$x
x=$((x + 1))
x=$__t1
printf '%s\n' "$x"
