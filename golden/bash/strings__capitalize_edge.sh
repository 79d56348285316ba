#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

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

__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1 (a negative ${s:i:1} would count
  # from the end).
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if (( __r < 0 || __r >= ${#1} )); then __r=; else __r=${1:__r:1}; fi
}

__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=$(( __r + $2 )); fi
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_str_slice() {
  # Why: JS s.slice(a, b): negative positions count from the end, empty when b <= a.
  # Usage: __utah_str_slice S START [END] -> __r.
  local __a __b=${#1}
  __utah_rel_pos "$2" "${#1}"
  __a=$__r
  if (( $# > 2 )); then __utah_rel_pos "$3" "${#1}"; __b=$__r; fi
  if (( __b <= __a )); then __r=; else __r=${1:__a:__b-__a}; fi
}

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}

__utah_char_at '' 0
__t1=$__r
__utah_upper "$__t1"
__t2=$__r
__utah_str_slice '' 1
__t3=$__r
__utah_char_at 1abc 0
__t4=$__r
__utah_upper "$__t4"
__t5=$__r
__utah_str_slice 1abc 1
__t6=$__r
__utah_char_at ' lead' 0
__t7=$__r
__utah_upper "$__t7"
__t8=$__r
__utah_str_slice ' lead' 1
__t9=$__r
printf '%s\n' "[$__t2$__t3] $__t5$__t6 $__t8$__t9"
