#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

mark() {
  local tag=$1
  local v=$2
  calls+=("$tag")
  __r=$v
  return 0
}

calls=()
mark a false
__t2=$__r
__t1=$__t2
if [[ $__t1 == true ]]; then
  mark b true
  __t3=$__r
  __t1=$__t3
fi
r1=$__t1
mark c true
__t5=$__r
__t4=$__t5
if [[ $__t4 != true ]]; then
  mark d true
  __t6=$__r
  __t4=$__t6
fi
r2=$__t4
mark e true
__t8=$__r
__t7=$__t8
if [[ $__t7 == true ]]; then
  mark f false
  __t9=$__r
  __t7=$__t9
fi
r3=$__t7
mark g false
__t11=$__r
__t10=$__t11
if [[ $__t10 != true ]]; then
  mark h true
  __t12=$__r
  __t10=$__t12
fi
r4=$__t10
__utah_join calls ','
__t13=$__r
printf '%s\n' "$r1 $r2 $r3 $r4 $__t13"
