#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' '3.5 -3.5 1.5 0 NaN -Infinity 1'
