#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_unique() {
  # Why: Utah's array.unique(a): drops repeated elements, keeping the first of
  # each, with an associative array (no sort | uniq).
  # Usage: __utah_array_unique NAME -> __ra.
  local -n __ua_in=$1
  local -A __ua_seen=()
  local -a __ua_out=()
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ -z ${__ua_seen["x$__ua_e"]-} ]]; then
      __ua_seen["x$__ua_e"]=1
      __ua_out+=("$__ua_e")
    fi
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

xs=(a 'a ' '*' a '*' '' '')
__utah_array_unique xs
u=("${__ra[@]}")
__utah_join u '|'
__t1=$__r
printf '%s\n' "$((${#u[@]})) [$__t1]"
