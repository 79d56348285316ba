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

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}

xs=('a,b')
m="${xs[3]-undefined}"
__t1=$m
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t2=(d)
else
  __utah_split "$__t1" ','
  __t2=("${__ra[@]}")
fi
r=("${__t2[@]}")
__t3="${xs[0]-undefined}"
if [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  __t4=(d)
else
  __utah_split "$__t3" ','
  __t4=("${__ra[@]}")
fi
r2=("${__t4[@]}")
__t5=$m
if [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t6=(e f)
else
  __utah_split "$__t5" ','
  __t6=("${__ra[@]}")
fi
r3=("${__t6[@]}")
__utah_join r +
__t7=$__r
__utah_join r2 +
__t8=$__r
__utah_join r3 +
__t9=$__r
printf '%s\n' "$__t7 $__t8 $__t9"
__t10=$m
if [[ $__t10 == 'undefined' ]] || [[ $__t10 == 'null' ]]; then
  __t11='undefined'
else
  __utah_split "$__t10" ','
  __t12=("${__ra[@]}")
  __t11=$((${#__t12[@]}))
fi
__t13="${xs[0]-undefined}"
if [[ $__t13 == 'undefined' ]] || [[ $__t13 == 'null' ]]; then
  __t14='undefined'
else
  __utah_split "$__t13" ','
  __t15=("${__ra[@]}")
  __t14=$((${#__t15[@]}))
fi
__t16=$m
if [[ $__t16 == 'undefined' ]] || [[ $__t16 == 'null' ]]; then
  __t17='undefined'
else
  __utah_split "$__t16" ','
  __t18=("${__ra[@]}")
  __utah_array_slice __t18 1
  __t19=("${__ra[@]}")
  __t17=$((${#__t19[@]}))
fi
printf '%s\n' "${__t11#} ${__t14#} ${__t17#}"
__t20="${xs[0]-undefined}"
if [[ $__t20 == 'undefined' ]] || [[ $__t20 == 'null' ]]; then
  __t21=()
else
  __utah_split "$__t20" ','
  __t21=("${__ra[@]}")
fi
for part in "${__t21[@]}"; do
  printf '%s\n' "$part"
done
__t22='undefined'
if ((${#xs[@]} > 0)); then
  __t22=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
if [[ $__t22 == 'undefined' ]] || [[ $__t22 == 'null' ]]; then
  __t23=(none)
else
  __t24=()
  __utah_split "$__t22" ','
  __t25=("${__ra[@]}")
  __t27=-1
  for __t26 in "${__t25[@]}"; do
    __t27=$((__t27 + 1))
    w=$__t26
    __utah_upper "$w"
    __t28=$__r
    __t24+=("$__t28")
  done
  __t23=("${__t24[@]}")
fi
words=("${__t23[@]}")
__t29='undefined'
if ((${#xs[@]} > 0)); then
  __t29=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
if [[ $__t29 == 'undefined' ]] || [[ $__t29 == 'null' ]]; then
  __t30=(none)
else
  __t31=()
  __utah_split "$__t29" ','
  __t32=("${__ra[@]}")
  __t34=-1
  for __t33 in "${__t32[@]}"; do
    __t34=$((__t34 + 1))
    w_2=$__t33
    __utah_upper "$w_2"
    __t35=$__r
    __t31+=("$__t35")
  done
  __t30=("${__t31[@]}")
fi
none=("${__t30[@]}")
__utah_join words ' '
__t36=$__r
__utah_join none ' '
__t37=$__r
printf '%s\n' "$__t36 $__t37"
