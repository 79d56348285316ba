#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
zero=0
empty=''
nothing='null'
__t1=$zero
__t2=$zero
if [[ $__t2 == 0 ]] || [[ $__t2 == NaN ]]; then
  __t2=5
fi
__t3=$empty
__t4=$empty
if [[ -z $__t4 ]]; then
  __t4='d'
fi
__t5=$nothing
if [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t5='d'
fi
printf '%s\n' "$__t1 $__t2 [$__t3] $__t4 $__t5"
