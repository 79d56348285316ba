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

xs=(16 100 2.5 -3 0.30000000000000004)
__utah_join xs ' '
__t1=$__r
printf '%s\n' "$__t1"
