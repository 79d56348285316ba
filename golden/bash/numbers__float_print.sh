#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' 0.30000000000000004
printf '%s\n' 3.5
printf '%s\n' 0.3333333333333333
printf '%s\n' 2.5
printf '%s\n' 2
printf '%s\n' 0.30000000000000004
printf '%s\n' 33.333333333333336
printf '%s\n' -0.25
printf '%s\n' 1e+21
printf '%s\n' 1024
x=2.5
printf '%s\n' "x=$x"
