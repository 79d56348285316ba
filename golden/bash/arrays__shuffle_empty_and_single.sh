#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_shuffle() {
  # Why: Utah's array.shuffle(a): a shuffled copy (Fisher-Yates with $RANDOM; no
  # shuf process, elements may hold newlines).
  # Usage: __utah_array_shuffle NAME -> __ra.
  local -n __ua_in=$1
  local -a __ua_out=("${__ua_in[@]}")
  local __ua_i __ua_j __ua_x
  for (( __ua_i = ${#__ua_out[@]} - 1; __ua_i > 0; __ua_i-- )); do
    __ua_j=$(( ((RANDOM << 15) | RANDOM) % (__ua_i + 1) ))
    __ua_x=${__ua_out[__ua_i]}
    __ua_out[__ua_i]=${__ua_out[__ua_j]}
    __ua_out[__ua_j]=$__ua_x
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
one=('x y')
__utah_array_shuffle none
__t1=("${__ra[@]}")
__utah_array_shuffle one
__t2=("${__ra[@]}")
__utah_join __t2 ','
__t3=$__r
printf '%s\n' "$((${#__t1[@]})) $__t3"
