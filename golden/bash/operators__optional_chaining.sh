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

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra.
  local __s=$1 __t __n=4294967295 __i
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if [[ -z $2 ]]; then
    for (( __i = 0; __i < ${#__s} && __i < __n; __i++ )); do __uo+=("${__s:__i:1}"); done
  elif (( __n > 0 )); then
    while [[ $__s == *"$2"* ]]; do
      __t=${__s%%"$2"*}
      __uo+=("$__t")
      if (( ${#__uo[@]} >= __n )); then break; fi
      __s=${__s:${#__t}+${#2}}
    done
    if (( ${#__uo[@]} < __n )); then __uo+=("$__s"); fi
  fi
  __ra=("${__uo[@]}")
}

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace ([:space:]).
  # Usage: __utah_trim_end S -> __r.
  __r=${1%"${1##*[![:space:]]}"}
}

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace ([:space:]).
  # Usage: __utah_trim_start S -> __r.
  __r=${1#"${1%%[![:space:]]*}"}
}

__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
}

__utah_split name :
parts=("${__ra[@]}")
__t2="${parts[1]-undefined}"
if [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
  __t3='undefined'
else
  __utah_trim "$__t2"
  __t3=$__r
fi
__t1=$__t3
if [[ -z $__t1 ]] || [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1=1
fi
count=$__t1
printf '%s\n' "$count"
__utah_split 'name: 3 ' :
parts2=("${__ra[@]}")
__t6="${parts2[1]-undefined}"
if [[ $__t6 == 'undefined' ]] || [[ $__t6 == 'null' ]]; then
  __t7='undefined'
else
  __utah_trim "$__t6"
  __t7=$__r
fi
__t5=$__t7
if [[ -z $__t5 ]] || [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t5=1
fi
printf '%s\n' "$__t5"
missing="${parts[5]-undefined}"
printf '%s\n' "${missing#}"
__t10="${parts[5]-undefined}"
if [[ $__t10 == 'undefined' ]] || [[ $__t10 == 'null' ]]; then
  __t11='undefined'
else
  __t11=$((${#__t10}))
fi
__t9=$__t11
if [[ $__t9 == 'undefined' ]] || [[ $__t9 == 'null' ]]; then
  __t9='no element'
fi
printf '%s\n' "$__t9"
