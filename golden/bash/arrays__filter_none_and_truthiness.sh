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

ws=(a '' b '')
__t1=()
__t3=-1
for __t2 in "${ws[@]}"; do
  __t3=$((__t3 + 1))
  w=$__t2
  if [[ $w == zz ]]; then
    __t1+=("$__t2")
  fi
done
__t4=$((${#__t1[@]}))
__t5=()
__t7=-1
for __t6 in "${ws[@]}"; do
  __t7=$((__t7 + 1))
  w_2=$__t6
  if [[ -n $w_2 ]]; then
    __t5+=("$__t6")
  fi
done
__utah_join __t5 ','
__t8=$__r
printf '%s\n' "$__t4 $__t8"
