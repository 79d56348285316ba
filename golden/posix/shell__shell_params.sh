#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
first=$1
second=$2
printf '%s\n' "first=$first second=$second"
printf '%s\n' "count: $#"
shellHome=$HOME
if [ -z "$shellHome" ]; then
  __t1='HOME unset'
else
  __t1='HOME set'
fi
printf '%s\n' "$__t1"
