#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
x=2.5
big=1e+21
printf '%s\n' "$x $big 0.3333333333333333 -7"
