#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
nothing=null
unset_2='undefined'
__t1=$nothing
if [[ -z $__t1 ]]; then
  __t1='d'
fi
__t2=$unset_2
if [[ -z $__t2 ]]; then
  __t2='e'
fi
if [[ -z $nothing ]]; then
  __t3=true
else
  __t3=false
fi
if [[ -z $unset_2 ]]; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
if [[ -n $nothing ]]; then
  __t5='truthy'
else
  __t5='falsy'
fi
printf '%s\n' "$__t5"
