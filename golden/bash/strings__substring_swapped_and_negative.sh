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

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_substring() {
  # Why: JS s.substring(a, b): positions clamped to 0..length, NaN -> 0, swapped
  # when a > b (${s:a:n} alone does none of this).
  # Usage: __utah_substring S START [END] -> __r.
  local __a __b=${#1}
  __utah_clamp_pos "$2" "${#1}"
  __a=$__r
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; __b=$__r; fi
  if (( __a > __b )); then __r=$__a __a=$__b __b=$__r; fi
  __r=${1:__a:__b-__a}
}

s='hello'
__utah_substring "$s" 3 1
__t1=$__r
__utah_substring "$s" -2 2
__t2=$__r
__utah_substring "$s" 2 100
__t3=$__r
__utah_substring "$s" 5
__t4=$__r
printf '%s\n' "$__t1 $__t2 $__t3 [$__t4]"
