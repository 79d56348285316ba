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

__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  local __f=${4- } __n
  __utah_to_int "$3"
  __n=$(( __r - ${#2} ))
  if (( __n <= 0 )) || [[ -z $__f ]]; then __r=$2; return 0; fi
  while (( ${#__f} < __n )); do __f+=$__f; done
  __f=${__f:0:__n}
  if [[ $1 == start ]]; then __r=$__f$2; else __r=$2$__f; fi
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

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_str_ends_with() {
  # Why: JS s.endsWith(p, end) as a status, with p matched literally.
  # Usage: __utah_str_ends_with S P [END] -> status 0 when true.
  __r=${#1}
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:0:__r} == *"$2" ]]
}

__utah_str_includes() {
  # Why: JS s.includes(sub, from) as a status, with sub matched literally.
  # Usage: __utah_str_includes S SUB [FROM] -> status 0 when found.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == *"$2"* ]]
}

__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  local __t __p=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; __p=$__r; fi
  if [[ -z $2 ]]; then __r=$__p; return 0; fi
  __t=${1:__p}
  __t=${__t%%"$2"*}
  if [[ $__t == "${1:__p}" ]]; then __r=-1; else __r=$(( __p + ${#__t} )); fi
}

__utah_str_repeat() {
  # Why: JS s.repeat(n) by doubling (no printf/seq loop per copy).
  # Usage: __utah_str_repeat S N -> __r; N < 0 or Infinity sets __err, status 1.
  local __s=$1 __n
  __utah_to_int "$2"
  if (( __r < 0 )) || [[ $2 == Infinity ]]; then
    __err="Invalid count value: $2"
    return 1
  fi
  __n=$__r __r=
  while (( __n > 0 )); do
    if (( __n & 1 )); then __r+=$__s; fi
    __n=$(( __n >> 1 ))
    if (( __n > 0 )); then __s+=$__s; fi
  done
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

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == "$2"* ]]
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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}

h="	*?[a] \$HOME \`id\` \"q\" 's' \\ -n %s é "
__utah_trim "$h"
__t1=$__r
printf '%s\n' "<$__t1>"
__utah_upper "$h"
__t2=$__r
printf '%s\n' "<$__t2>"
__utah_replace_all "$h" ' ' _
__t3=$__r
printf '%s\n' "<$__t3>"
__utah_pad start -n 5 '*'
__t4=$__r
__utah_pad end %s 4 '$'
__t5=$__r
printf '%s\n' "<$__t4> <$__t5>"
if __utah_str_includes "$h" '[a]'; then
  __t6=true
else
  __t6=false
fi
if __utah_str_starts_with "$h" '	*'; then
  __t7=true
else
  __t7=false
fi
if __utah_str_ends_with "$h" 'é '; then
  __t8=true
else
  __t8=false
fi
__utah_str_index_of "$h" '`id`'
__t9=$__r
printf '%s\n' "$__t6 $__t7 $__t8 $__t9"
__utah_split "$h" '*'
__t10=("${__ra[@]}")
__utah_join __t10 '|'
__t11=$__r
printf '%s\n' "<$__t11>"
__utah_substring "$h" 1 6
__t12=$__r
__utah_str_slice "$h" -4
__t13=$__r
__utah_str_repeat '\*' 2 || __utah_uncaught
__t14=$__r
printf '%s\n' "<$__t12> <$__t13> <$__t14>"
