#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
d='undefined'
n='undefined'
__t1=$d
if [ "$__t1" = 'undefined' ] || [ "$__t1" = 'null' ]; then
  __t1='unset'
fi
case "$d" in
  'undefined')
    __t2='undefined'
    ;;
  'null')
    __t2='object'
    ;;
  *)
    __t2='string'
    ;;
esac
if [ "$n" = 'undefined' ]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t1 $__t2 ${d#} $__t3"
d="${d}x"
n=2
__t4=$n
if [ "$__t4" = 'undefined' ] || [ "$__t4" = 'null' ]; then
  __t4=0
fi
printf '%s\n' "${d#} $__t4"
