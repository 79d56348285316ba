#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

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

__utah_split_re() {
  # Why: JS s.split(/re/, limit) with the regex translated to ERE; [[ =~ ]] finds
  # each match in the shell.  Capture groups are inserted as JS does.  A match is
  # located at the first occurrence of its text, which is exact for regexes
  # without anchors; ^ and $ are tested against the rest of the string.
  # Usage: __utah_split_re S ERE [LIMIT [NGROUPS]] -> __ra.  NGROUPS: how many
  # capture groups to insert (default all).
  local __s=$1 __re=$2 __n=4294967295 __g=999 __p=0 __q=0 __t __m __i __e __k
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if (( $# > 3 )); then __g=$4; fi
  if (( __n == 0 )); then __ra=(); return 0; fi
  if [[ -z $__s ]]; then
    if [[ $__s =~ $__re ]]; then __ra=(); else __ra=(""); fi
    return 0
  fi
  while (( __q < ${#__s} )); do
    __t=${__s:__q}
    if ! [[ $__t =~ $__re ]]; then break; fi
    __m=${BASH_REMATCH[0]}
    __t=${__t%%"$__m"*}
    __i=$(( __q + ${#__t} ))
    __e=$(( __i + ${#__m} ))
    if (( __i >= ${#__s} )); then break; fi
    if (( __e == __p )); then
      __q=$(( __i + 1 ))
      continue
    fi
    __uo+=("${__s:__p:__i-__p}")
    if (( ${#__uo[@]} >= __n )); then __ra=("${__uo[@]}"); return 0; fi
    for (( __k = 1; __k < ${#BASH_REMATCH[@]} && __k <= __g; __k++ )); do
      __uo+=("${BASH_REMATCH[__k]}")
      if (( ${#__uo[@]} >= __n )); then __ra=("${__uo[@]}"); return 0; fi
    done
    __p=$__e __q=$__e
    if (( __i == __e )); then __q=$(( __e + 1 )); fi
  done
  __uo+=("${__s:__p}")
  __ra=("${__uo[@]}")
}

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

__utah_replace_re() {
  # Why: JS s.replace(/re/, rep) and the g flag, with an ERE via bash [[ =~ ]], no
  # process. A match is placed at the first occurrence of its text in what is left
  # (as __utah_split_re does); JS $-patterns in rep work.
  # Usage: __utah_replace_re S ERE REPLACEMENT [g] -> __r.
  local __urr_rest=$1 __urr_pre='' __urr_out='' __urr_m __urr_b __urr_rep
  while [[ $__urr_rest =~ $2 ]]; do
    __urr_m=${BASH_REMATCH[0]}
    __urr_b=''
    if [[ -n $__urr_m ]]; then __urr_b=${__urr_rest%%"$__urr_m"*}; fi
    __urr_rep=$3
    if [[ $__urr_rep == *'$'* ]]; then
      __utah_subst "$__urr_rep" "$__urr_m" "$__urr_pre$__urr_b" "${__urr_rest:${#__urr_b}+${#__urr_m}}"
      __urr_rep=$__r
    fi
    __urr_out+=$__urr_b$__urr_rep
    __urr_pre+=$__urr_b$__urr_m
    __urr_rest=${__urr_rest:${#__urr_b}+${#__urr_m}}
    if [[ -z $__urr_m ]]; then
      [[ -n $__urr_rest ]] || break
      __urr_out+=${__urr_rest:0:1} __urr_pre+=${__urr_rest:0:1} __urr_rest=${__urr_rest:1}
    fi
    [[ ${4-} == g ]] || break
  done
  __r=$__urr_out$__urr_rest
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

text='one  two	three'
__utah_split_re "$text" '[[:space:]]+'
words=("${__ra[@]}")
__utah_join words '|'
__t1=$__r
printf '%s\n' "$((${#words[@]})) $__t1"
csv='a,b,c,d'
__utah_split "$csv" ',' 2
__t2=("${__ra[@]}")
__utah_join __t2 '|'
__t3=$__r
printf '%s\n' "$__t3"
__utah_split 'x
y
' '
'
lines=("${__ra[@]}")
printf '%s\n' "$((${#lines[@]}))"
__utah_replace_re 2024-01-15 - / g
__t4=$__r
printf '%s\n' "$__t4"
__utah_replace_re Hello l+ L
__t5=$__r
printf '%s\n' "$__t5"
