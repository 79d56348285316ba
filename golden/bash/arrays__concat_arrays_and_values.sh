#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_concat() {
  # Why: JS a.concat(b, ...) / Utah's array.merge(a, b) of arrays held by name.
  # Usage: __utah_array_concat NAME... -> __ra.
  local -a __ua_out=()
  local __ua_t
  for __ua_t; do
    __ua_t="${__ua_t}[@]"
    __ua_out+=("${!__ua_t}")
  done
  __ra=("${__ua_out[@]}")
}

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

a=(1 2)
b=(3)
__t1=(4 5)
__utah_array_concat a b __t1
c=("${__ra[@]}")
__utah_join c ','
__t2=$__r
__utah_join a ','
__t3=$__r
printf '%s\n' "$__t2 $__t3"
__t4=(9)
__utah_array_concat a __t4
d=("${__ra[@]}")
__utah_join d ','
__t5=$__r
printf '%s\n' "$__t5"
