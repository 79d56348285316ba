#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
t=true
f=false
n='null'
if [ "$t" != true ]; then
  __t1=true
else
  __t1=false
fi
printf '%s\n' "$t $f ${n#} $__t1"
