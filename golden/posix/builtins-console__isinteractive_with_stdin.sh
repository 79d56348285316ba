#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
if [ -t 0 ]; then
  __t1=true
else
  __t1=false
fi
printf '%s\n' "$__t1"
