#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

loud() {
  local v=$1
  printf '%s\n' "called $v"
  __r=$v
  return 0
}

__t1=''
if [[ -z $__t1 ]]; then
  __t1='right'
fi
printf '%s\n' "$__t1"
__t2='left'
if [[ -z $__t2 ]]; then
  loud never
  __t3=$__r
  __t2=$__t3
fi
printf '%s\n' "$__t2"
__t4='left'
if [[ -n $__t4 ]]; then
  loud and
  __t5=$__r
  __t4=$__t5
fi
printf '%s\n' "$__t4"
__t6=0
if [[ $__t6 == 0 ]] || [[ $__t6 == NaN ]]; then
  __t6=42
fi
printf '%s\n' "$__t6"
u='undefined'
__t7=$u
if [[ $__t7 == 'undefined' ]] || [[ $__t7 == 'null' ]]; then
  __t7='nullish'
fi
printf '%s\n' "$__t7"
__t8=''
printf '%s\n' "$__t8"
__t9=false
if [[ $__t9 != true ]]; then
  __t10='x'
  if [[ -n $__t10 ]]; then
    __t10='y'
  fi
  __t9=$__t10
fi
printf '%s\n' "$__t9"
if ! true; then
  __t11=true
else
  __t11=false
fi
if ! false; then
  __t12=true
else
  __t12=false
fi
if ! false; then
  __t13=true
else
  __t13=false
fi
printf '%s\n' "$__t11 $__t12 $__t13"
