#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
a='x'
b='y'
if [[ $a != "$b" ]]; then
  __t1=true
else
  __t1=false
fi
if [[ $a != "$a" ]]; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t1 $__t2 false false true"
