#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1).
  local __x=$1 __g=
  case $__x in -*) __g=-; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  case $__x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=${__g}9007199254740991; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __x=${__x%%.*}
  __x=${__x#"${__x%%[!0]*}"}
  if [[ ! $__x =~ ^[0-9]*$ ]]; then
    __r=0
  elif (( ${#__x} > 15 )); then
    __r=${__g}9007199254740991
  else
    __r=$(( ${__g}10#${__x:-0} ))
  fi
}

__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=$(( __r + $2 )); fi
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_array_index_of() {
  # Why: JS a.indexOf(x, from): the first whole element equal to x (a loop; no
  # pattern matching on the joined text).
  # Usage: __utah_array_index_of NAME X [FROM] -> __r (index, or -1).
  local -n __ua_in=$1
  local __ua_i=0 __ua_n=${#__ua_in[@]}
  if (( $# > 2 )); then __utah_rel_pos "$3" "$__ua_n"; __ua_i=$__r; fi
  for (( ; __ua_i < __ua_n; __ua_i++ )); do
    if [[ ${__ua_in[__ua_i]} == "$2" ]]; then __r=$__ua_i; return 0; fi
  done
  __r=-1
}

xs=(a b a c)
__utah_array_index_of xs a
__t1=$__r
__utah_array_index_of xs a 1
__t2=$__r
__utah_array_index_of xs z
__t3=$__r
__utah_array_index_of xs c
__t4=$__r
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
