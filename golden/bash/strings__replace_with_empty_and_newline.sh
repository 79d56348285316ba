#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  local __t=$1
  __r=
  while [[ $__t == *'$'* ]]; do
    __r+=${__t%%'$'*}
    __t=${__t#*'$'}
    case $__t in
      '$'*) __r+='$' __t=${__t:1} ;;
      '&'*) __r+=$2 __t=${__t:1} ;;
      '`'*) __r+=$3 __t=${__t:1} ;;
      "'"*) __r+=$4 __t=${__t:1} ;;
      *) __r+='$' ;;
    esac
  done
  __r+=$__t
}

__utah_replace_all() {
  # Why: JS s.replaceAll(str, rep) with literal search text (an empty search
  # inserts rep around every character), JS $-patterns in rep.
  # Usage: __utah_replace_all S SEARCH REPLACEMENT -> __r.
  local __s=$1 __o='' __b __m=$3 __p=0 __n=${#2}
  if [[ -z $2 ]]; then
    while (( __p <= ${#1} )); do
      if [[ $3 == *'$'* ]]; then __utah_subst "$3" '' "${1:0:__p}" "${1:__p}"; __m=$__r; fi
      __o+=$__m${1:__p:1}
      __p=$(( __p + 1 ))
    done
    __r=$__o
    return 0
  fi
  while [[ $__s == *"$2"* ]]; do
    __b=${__s%%"$2"*}
    __s=${__s:${#__b}+__n}
    __p=$(( __p + ${#__b} ))
    if [[ $3 == *'$'* ]]; then __utah_subst "$3" "$2" "${1:0:__p}" "$__s"; __m=$__r; fi
    __o+=$__b$__m
    __p=$(( __p + __n ))
  done
  __r=$__o$__s
}

s='a, b, c'
__utah_replace_all "$s" ', ' ''
__t1=$__r
printf '%s\n' "$__t1"
__utah_replace_all "$s" ', ' '
'
__t2=$__r
printf '%s\n' "$__t2"
