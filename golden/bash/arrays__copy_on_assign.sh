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

grow() {
  local -a xs=("${@:2:$1}")
  shift "$(($1 + 1))"
  xs+=(0)
  __ra=("${xs[@]}")
  return 0
}

a=(1 2 3)
b=("${a[@]}")
b+=(4)
b[0]=100
__utah_join a ','
__t1=$__r
printf '%s\n' "$__t1"
__utah_join b ','
__t2=$__r
printf '%s\n' "$__t2"
grow "${#a[@]}" "${a[@]}"
c=("${__ra[@]}")
printf '%s\n' "$((${#a[@]})) $((${#c[@]}))"
while ((${#a[@]} < 1)); do
  a+=('undefined')
done
a[1]=20
__utah_join a ','
__t3=$__r
printf '%s\n' "$__t3"
