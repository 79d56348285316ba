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

__utah_array_slice() {
  # Why: JS a.slice(start, end): negative positions count from the end.
  # Usage: __utah_array_slice NAME [START [END]] -> __ra.
  local -n __ua_in=$1
  local __ua_a=0 __ua_b=${#__ua_in[@]}
  if (( $# > 1 )); then __utah_rel_pos "$2" "$__ua_b"; __ua_a=$__r; fi
  if (( $# > 2 )); then __utah_rel_pos "$3" "${#__ua_in[@]}"; __ua_b=$__r; fi
  if (( __ua_b <= __ua_a )); then __ra=(); return 0; fi
  __ra=("${__ua_in[@]:__ua_a:__ua_b-__ua_a}")
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

xs=(0 1 2 3 4)
__utah_array_slice xs 1 3
__t1=("${__ra[@]}")
__utah_join __t1 ','
__t2=$__r
__utah_array_slice xs 3
__t3=("${__ra[@]}")
__utah_join __t3 ','
__t4=$__r
__utah_array_slice xs
__t5=("${__ra[@]}")
__utah_join __t5 ','
__t6=$__r
__utah_array_slice xs -2
__t7=("${__ra[@]}")
__utah_join __t7 ','
__t8=$__r
__utah_array_slice xs -3 -1
__t9=("${__ra[@]}")
__utah_join __t9 ','
__t10=$__r
printf '%s\n' "$__t2 $__t4 $__t6 $__t8 $__t10"
