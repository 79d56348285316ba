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

setAt() {
  local i=$1
  local v=$2
  while ((${#arr[@]} < i)); do
    arr+=('undefined')
  done
  arr[i]=$v
}

arr=(a b c)
setAt 1 'B *'
setAt 5 F
__utah_join arr '|'
__t1=$__r
printf '%s\n' "$((${#arr[@]})) $__t1"
