#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
u='undefined'
printf '%s\n' "null ${u#} true false 0.5 -Infinity"
