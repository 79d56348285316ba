#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
x=0.30000000000000004
big=18446744073709552000
printf '%s\n' "x=$x big=$big inf=-Infinity half=0.5"
