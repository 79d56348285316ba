#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
u='undefined'
printf '%s\n' "null ${u#} true false 0.5 -Infinity"
