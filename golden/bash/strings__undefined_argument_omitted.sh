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

__utah_str_last_index_of() {
  # Why: JS s.lastIndexOf(sub, from) by parameter expansion.
  # Usage: __utah_str_last_index_of S SUB [FROM] -> __r (index, or -1).
  local __t __p=${#1}
  if (( $# > 2 )) && [[ $3 != NaN ]]; then __utah_clamp_pos "$3" "${#1}"; __p=$__r; fi
  if [[ -z $2 ]]; then __r=$__p; return 0; fi
  __t=${1:0:__p+${#2}}
  __r=${__t%"$2"*}
  if [[ $__r == "$__t" ]]; then __r=-1; else __r=${#__r}; fi
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

ends() {
  local s_2=$1
  local end=$2
  local __t1 __t2 __t3 __t4 __t5 __t6 __t7 __t8
  __t1="${end#undefined}"
  __utah_substring "$s_2" 1 ${__t1:+"$__t1"}
  __t2=$__r
  __t3="${end#undefined}"
  __utah_str_slice "$s_2" 0 ${__t3:+"$__t3"}
  __t4=$__r
  __t5="${end#undefined}"
  __utah_str_slice "$s_2" ${__t5:+"$__t5"}
  __t6=$__r
  __t7="${end#undefined}"
  __utah_str_last_index_of "$s_2" a ${__t7:+"$__t7"}
  __t8=$__r
  __r="$__t2|$__t4|$__t6|$__t8"
  return 0
}

parts() {
  local s_2=$1
  local sep=$2
  local limit=$3
  local __t9
  __t9="${limit#undefined}"
  __utah_split "$s_2" "${sep#}" ${__t9:+"$__t9"}
  return 0
}

pieces() {
  local s_2=$1
  local sep=$2
  local -a __t10
  case "$sep" in
    'undefined')
      __t10=("$s_2")
      ;;
    *)
      __utah_split "$s_2" "${sep#}"
      __t10=("${__ra[@]}")
      ;;
  esac
  __r=$((${#__t10[@]}))
  return 0
}

s='banana'
__utah_substring "$s" 1
__t11=$__r
__utah_str_slice "$s" 0
__t12=$__r
__t13=("$s")
printf '%s\n' "$__t11 $__t12 $((${#__t13[@]}))"
__utah_pad start "$s" 8 ' '
__t14=$__r
__utah_pad end "$s" 8 ' '
__t15=$__r
__utah_str_last_index_of "$s" a
__t16=$__r
printf '%s\n' "$__t14 $__t15| $__t16"
ends "$s" 'undefined'
__t17=$__r
__t18=$__t17
ends "$s" 3
__t19=$__r
__t20=$__t19
ends "$s" 'null'
__t21=$__r
__t22=$__t21
ends "$s" -2
__t23=$__r
printf '%s\n' "$__t18 $__t20 $__t22 $__t23"
xs=(1 2 3 4)
none=()
__utah_array_slice xs 1
__t24=("${__ra[@]}")
__t26="${none[0]-undefined}"
__t25="${__t26#undefined}"
__utah_array_slice xs 1 ${__t25:+"$__t25"}
__t27=("${__ra[@]}")
__utah_join __t27 +
__t28=$__r
__t30="${none[0]-undefined}"
__t29="${__t30#undefined}"
__utah_array_slice xs ${__t29:+"$__t29"}
__t31=("${__ra[@]}")
printf '%s\n' "$((${#__t24[@]})) $__t28 $((${#__t31[@]}))"
__utah_array_slice xs 1 'null'
__t32=("${__ra[@]}")
__utah_array_slice xs 'null' 2
__t33=("${__ra[@]}")
__utah_join __t33 +
__t34=$__r
printf '%s\n' "$((${#__t32[@]})) $__t34"
pieces 'a,b' 'undefined'
__t35=$__r
__t36=$__t35
pieces 'a,b' ','
__t37=$__r
__t38=$__t37
pieces 'a,b' 'null'
__t39=$__r
__t40=$__t39
pieces anullb 'null'
__t41=$__r
__t42=$__t41
pieces '' 'undefined'
__t43=$__r
printf '%s\n' "$__t36 $__t38 $__t40 $__t42 $__t43"
parts 'a,b,c' ',' 2
__t44=("${__ra[@]}")
__utah_join __t44 +
__t45=$__r
__t46=$__t45
parts 'a,b,c' ',' 'undefined'
__t47=("${__ra[@]}")
__utah_join __t47 +
__t48=$__r
__t49=$__t48
parts 'a,b,c' ',' 0
__t50=("${__ra[@]}")
printf '%s\n' "$__t46 $__t49 $((${#__t50[@]}))"
missing='undefined'
__t51="${missing#undefined}"
if __utah_str_ends_with "$s" a ${__t51:+"$__t51"}; then
  __t52=true
else
  __t52=false
fi
__t53="${missing#undefined}"
if __utah_str_ends_with "$s" n ${__t53:+"$__t53"}; then
  __t54=true
else
  __t54=false
fi
__t55="${missing#undefined}"
__utah_str_last_index_of "$s" n ${__t55:+"$__t55"}
__t56=$__r
printf '%s\n' "$__t52 $__t54 $__t56"
__utah_str_index_of "$s" n "$missing"
__t57=$__r
if __utah_str_includes "$s" b "$missing"; then
  __t58=true
else
  __t58=false
fi
if __utah_str_starts_with "$s" b "$missing"; then
  __t59=true
else
  __t59=false
fi
printf '%s\n' "$__t57 $__t58 $__t59"
__t60="${missing#undefined}"
if __utah_str_ends_with "$s" a ${__t60:+"$__t60"} && ! __utah_str_ends_with "$s" a 'null'; then
  printf '%s\n' 'ends with a'
fi
