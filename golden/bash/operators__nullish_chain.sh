#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
a='null'
b='undefined'
__t2=$a
if [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
  __t2=$b
fi
__t1=$__t2
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1='third'
fi
__t4=$a
if [[ $__t4 == 'undefined' ]] || [[ $__t4 == 'null' ]]; then
  __t4='second'
fi
__t3=$__t4
printf '%s\n' "$__t1 $__t3"
f=false
__t5=$f
printf '%s\n' "$__t5"
