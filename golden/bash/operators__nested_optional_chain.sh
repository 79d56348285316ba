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

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}

__utah_split 'a: b ' :
parts=("${__ra[@]}")
__t1="${parts[1]-undefined}"
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t2='undefined'
else
  __utah_trim "$__t1"
  __t2=$__r
fi
if [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
  __t4='undefined'
else
  __utah_upper "$__t2"
  __t4=$__r
fi
__t6="${parts[3]-undefined}"
if [[ $__t6 == 'undefined' ]] || [[ $__t6 == 'null' ]]; then
  __t7='undefined'
else
  __utah_trim "$__t6"
  __t7=$__r
fi
if [[ $__t7 == 'undefined' ]] || [[ $__t7 == 'null' ]]; then
  __t9='undefined'
else
  __utah_upper "$__t7"
  __t9=$__r
fi
printf '%s\n' "${__t4#} ${__t9#}"
__t11="${parts[3]-undefined}"
if [[ $__t11 == 'undefined' ]] || [[ $__t11 == 'null' ]]; then
  __t12='undefined'
else
  __utah_trim "$__t11"
  __t13=$__r
  __t12=$((${#__t13}))
fi
__t14="${parts[1]-undefined}"
if [[ $__t14 == 'undefined' ]] || [[ $__t14 == 'null' ]]; then
  __t15='undefined'
else
  __utah_trim "$__t14"
  __t16=$__r
  __t15=$((${#__t16}))
fi
printf '%s\n' "${__t12#} ${__t15#}"
words=(x)
__t18="${words[2]-undefined}"
if [[ $__t18 == 'undefined' ]] || [[ $__t18 == 'null' ]]; then
  __t19='undefined'
else
  __t19=$((${#__t18}))
fi
__t17=$__t19
if [[ $__t17 == 'undefined' ]] || [[ $__t17 == 'null' ]]; then
  __t17=-1
fi
__t20=$__t17
__t21='undefined'
if ((${#words[@]} > 0)); then
  __t21=${words[${#words[@]} - 1]}
  unset 'words[${#words[@]}-1]'
fi
if [[ $__t21 == 'undefined' ]] || [[ $__t21 == 'null' ]]; then
  __t22='undefined'
else
  __t22=$((${#__t21}))
fi
__t23="${__t22#}"
__t24='undefined'
if ((${#words[@]} > 0)); then
  __t24=${words[${#words[@]} - 1]}
  unset 'words[${#words[@]}-1]'
fi
if [[ $__t24 == 'undefined' ]] || [[ $__t24 == 'null' ]]; then
  __t25='undefined'
else
  __t25=$((${#__t24}))
fi
printf '%s\n' "$__t20 $__t23 ${__t25#}"
