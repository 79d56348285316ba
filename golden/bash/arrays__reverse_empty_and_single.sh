#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_reverse() {
  # Why: JS a.reverse(); bash has no array reversal.
  # Usage: __utah_array_reverse NAME -> __ra (the caller writes it back).
  local -n __ua_in=$1
  local -a __ua_out=()
  local __ua_i
  for (( __ua_i = ${#__ua_in[@]} - 1; __ua_i >= 0; __ua_i-- )); do
    __ua_out+=("${__ua_in[__ua_i]}")
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

none=()
one=(7)
__utah_array_reverse none
none=("${__ra[@]}")
__utah_array_reverse one
one=("${__ra[@]}")
__utah_join one ','
__t1=$__r
printf '%s\n' "$((${#none[@]})) $__t1"
