#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
n=0
m=0
__t2=$m
if [ "$__t2" = 0 ] || [ "$__t2" = NaN ]; then
  __t2=7
fi
m=$__t2
s=''
t=''
__t4=$t
if [ -z "$__t4" ]; then
  __t4='x'
fi
t=$__t4
printf '%s\n' "$n $m [$s] $t"
