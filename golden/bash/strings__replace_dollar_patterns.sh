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

__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters and patsub_replacement.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  local __b=${1%%"$2"*} __m=$3 __a
  if [[ -n $2 && $__b == "$1" ]]; then __r=$1; return 0; fi
  __a=${1:${#__b}+${#2}}
  if [[ $__m == *'$'* ]]; then __utah_subst "$__m" "$2" "$__b" "$__a"; __m=$__r; fi
  __r=$__b$__m$__a
}

__utah_replace a-b - '$$'
__t1=$__r
printf '%s\n' "$__t1"
__utah_replace cat a '[$&]'
__t2=$__r
printf '%s\n' "$__t2"
