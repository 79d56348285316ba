#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' 'true true true false'
printf '%s\n' 'true false true true'
printf '%s\n' 'true true'
printf '%s\n' 'number string boolean'
x=7
if [ "$((x > 5))" -ne 0 ]; then
  __t1='big'
else
  __t1='small'
fi
printf '%s\n' "$__t1"
if [ "$((x > 10))" -ne 0 ]; then
  __t2='huge'
else
  if [ "$((x > 5))" -ne 0 ]; then
    __t3='big'
  else
    __t3='small'
  fi
  __t2=$__t3
fi
printf '%s\n' "$__t2"
