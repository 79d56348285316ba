#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
nothing='null'
unset_2='undefined'
__t1=$nothing
if [[ -z $__t1 ]] || [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1='d'
fi
__t2=$unset_2
if [[ -z $__t2 ]] || [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
  __t2='e'
fi
__t3=$nothing
if [[ -z $__t3 ]] || [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  __t4=true
else
  __t4=false
fi
__t5=$unset_2
if [[ -z $__t5 ]] || [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t6=true
else
  __t6=false
fi
printf '%s\n' "$__t1 $__t2 $__t4 $__t6"
__t8=$nothing
if [[ -n $__t8 ]] && [[ $__t8 != 'undefined' ]] && [[ $__t8 != 'null' ]]; then
  __t7='truthy'
else
  __t7='falsy'
fi
printf '%s\n' "$__t7"
