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

xs=(a 'b c' d)
__utah_array_reverse xs
xs=("${__ra[@]}")
r=("${xs[@]}")
__utah_join xs ','
__t1=$__r
__utah_join r ','
__t2=$__r
printf '%s\n' "$__t1 $__t2"
__utah_array_reverse xs
xs=("${__ra[@]}")
__utah_join xs ','
__t3=$__r
printf '%s\n' "$__t3"
