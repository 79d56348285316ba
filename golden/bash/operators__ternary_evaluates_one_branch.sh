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

pick() {
  local tag=$1
  log+=("$tag")
  __r=$tag
  return 0
}

log=()
if true; then
  pick yes
  __t2=$__r
  r=$__t2
else
  pick no
  __t3=$__r
  r=$__t3
fi
if false; then
  pick yes2
  __t5=$__r
  q=$__t5
else
  pick no2
  __t6=$__r
  q=$__t6
fi
__utah_join log ','
__t7=$__r
printf '%s\n' "$r $q $__t7"
