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

xs=(1 2 3 2)
words=(a b)
from=3
if __utah_array_index_of xs 2 2 && ((__r >= 0)); then
  __t1=true
else
  __t1=false
fi
if __utah_array_index_of xs 1 1 && ((__r >= 0)); then
  __t2=true
else
  __t2=false
fi
if __utah_array_index_of xs 2 -1 && ((__r >= 0)); then
  __t3=true
else
  __t3=false
fi
if __utah_array_index_of xs 1 -10 && ((__r >= 0)); then
  __t4=true
else
  __t4=false
fi
if __utah_array_index_of xs 3 9 && ((__r >= 0)); then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
if __utah_array_index_of words a 1 && ((__r >= 0)); then
  __t6=true
else
  __t6=false
fi
if __utah_array_index_of words b 1 && ((__r >= 0)); then
  __t7=true
else
  __t7=false
fi
if __utah_array_index_of xs 2 "$from" && ((__r >= 0)); then
  __t8=true
else
  __t8=false
fi
if __utah_array_index_of xs 3 "$from" && ((__r >= 0)); then
  __t9=true
else
  __t9=false
fi
printf '%s\n' "$__t6 $__t7 $__t8 $__t9"
odd=(NaN 1)
if __utah_array_index_of odd NaN 0 && ((__r >= 0)); then
  __t10=true
else
  __t10=false
fi
if __utah_array_index_of odd NaN 1 && ((__r >= 0)); then
  __t11=true
else
  __t11=false
fi
if ! { __utah_array_index_of odd 1 1 && ((__r >= 0)); }; then
  __t12=true
else
  __t12=false
fi
printf '%s\n' "$__t10 $__t11 $__t12"
