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

__utah_string_of_array() {
  # Why: JS String(array) when an array is interpolated: elements joined with ",".
  # Usage: __utah_string_of_array NAME -> __r.
  __utah_join "$1" ,
}

xs=('a b' '' '*')
ns=(0.5 -1)
__utah_string_of_array xs
__t1=$__r
__utah_string_of_array ns
__t2=$__r
__t3=()
__utah_string_of_array __t3
__t4=$__r
printf '%s\n' "$__t1|$__t2|$__t4"
