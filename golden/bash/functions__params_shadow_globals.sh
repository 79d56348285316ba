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

f() {
  local x_2=$1
  shift
  local -a items_2=("${@:2:$1}")
  shift "$(($1 + 1))"
  local __t1
  x_2="$x_2!"
  items_2+=(added)
  __utah_join items_2 ','
  __t1=$__r
  __r="$x_2 $__t1"
  return 0
}

g() {
  __r=$x
  return 0
}

x='global'
items=(g)
__t2=(a)
f arg "${#__t2[@]}" "${__t2[@]}"
__t3=$__r
printf '%s\n' "$__t3"
__utah_join items ','
__t4=$__r
printf '%s\n' "$x $__t4"
g
__t5=$__r
printf '%s\n' "$__t5"
