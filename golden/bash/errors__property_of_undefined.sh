#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac
__err=''

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

size() {
  local s=$1
  if [[ $s == 'undefined' ]] || [[ $s == 'null' ]]; then
    __err="Cannot read properties of ${s#} (reading 'length')"
    return 1
  fi
  __r=$((${#s}))
  return 0
}

first() {
  local s=$1
  local __t1
  if [[ $s == 'undefined' ]] || [[ $s == 'null' ]]; then
    __err="Cannot read properties of ${s#} (reading '0')"
    return 1
  fi
  __utah_char_at "$s" 0
  __t1=$__r
  if [[ -z $__t1 ]]; then
    __t1='undefined'
  fi
  __r=$__t1
  return 0
}

described() {
  local s=$1
  local __t2 e_7
  __t2=0
  while :; do
    size "$s" || { __t2=1; break; }
    return 0
  done
  if ((__t2 == 1)); then
    __t2=0
    e_7=$__err
    __r="caught: $e_7"
    return 0
  fi
}

xs=(abc)
m="${xs[3]-undefined}"
__t4=0
while :; do
  if [[ $m == 'undefined' ]] || [[ $m == 'null' ]]; then
    __err="Cannot read properties of ${m#} (reading 'length')"
    __t4=1
    break
  fi
  printf '%s\n' "$((${#m}))"
  break
done
if ((__t4 == 1)); then
  __t4=0
  e=$__err
  printf '%s\n' "$e"
fi
__t5=0
while :; do
  if [[ $m == 'undefined' ]] || [[ $m == 'null' ]]; then
    __err="Cannot read properties of ${m#} (reading '2')"
    __t5=1
    break
  fi
  __utah_char_at "$m" 2
  __t6=$__r
  if [[ -z $__t6 ]]; then
    __t6='undefined'
  fi
  printf '%s\n' "${__t6#}"
  break
done
if ((__t5 == 1)); then
  __t5=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
n='null'
i=1
__t7=0
while :; do
  if [[ $n == 'undefined' ]] || [[ $n == 'null' ]]; then
    __err="Cannot read properties of ${n#} (reading 'length')"
    __t7=1
    break
  fi
  k=$((${#n} + 1))
  printf '%s\n' "$k"
  break
done
if ((__t7 == 1)); then
  __t7=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
__t8=0
while :; do
  if [[ $n == 'undefined' ]] || [[ $n == 'null' ]]; then
    __err="Cannot read properties of ${n#} (reading '$((i + 1))')"
    __t8=1
    break
  fi
  __utah_char_at "$n" "$((i + 1))"
  __t9=$__r
  if [[ -z $__t9 ]]; then
    __t9='undefined'
  fi
  printf '%s\n' "${__t9#}"
  break
done
if ((__t8 == 1)); then
  __t8=0
  e_4=$__err
  printf '%s\n' "$e_4"
fi
__t10=0
while :; do
  j=0
  while :; do
    if [[ $m == 'undefined' ]] || [[ $m == 'null' ]]; then
      __err="Cannot read properties of ${m#} (reading 'length')"
      __t10=1
      break 2
    fi
    ((j < ${#m})) || break
    printf '%s\n' never
    j=$((j + 1))
  done
  printf '%s\n' 'not reached'
  break
done
if ((__t10 == 1)); then
  __t10=0
  e_5=$__err
  printf '%s\n' "$e_5"
fi
count=0
__t11=0
while :; do
  while :; do
    __t12="${xs[count < 0 ? 2147483647 : count]-undefined}"
    if [[ $__t12 == 'undefined' ]] || [[ $__t12 == 'null' ]]; then
      __err="Cannot read properties of ${__t12#} (reading 'length')"
      __t11=1
      break 2
    fi
    ((count < ${#__t12})) || break
    count=$((count + 1))
  done
  printf '%s\n' 'not reached'
  break
done
if ((__t11 == 1)); then
  __t11=0
  e_6=$__err
  printf '%s\n' "$count $e_6"
fi
described 'undefined'
__t13=$__r
__t14=$__t13
described xy
__t15=$__r
__t16=$__t15
size abcd || __utah_uncaught
__t17=$__r
__t18=$__t17
first q || __utah_uncaught
__t19=$__r
printf '%s\n' "$__t14 $__t16 $__t18 ${__t19#}"
__t20=$m
if [[ $__t20 == 'undefined' ]] || [[ $__t20 == 'null' ]]; then
  __t21='undefined'
else
  __t21=$((${#__t20}))
fi
__t22=$m
if [[ $__t22 == 'undefined' ]] || [[ $__t22 == 'null' ]]; then
  __t23='undefined'
else
  __utah_char_at "$__t22" 0
  __t24=$__r
  if [[ -z $__t24 ]]; then
    __t24='undefined'
  fi
  __t23=$__t24
fi
__t25="${xs[0]-undefined}"
if [[ $__t25 == 'undefined' ]] || [[ $__t25 == 'null' ]]; then
  __err="Cannot read properties of ${__t25#} (reading 'length')"
  __utah_uncaught
fi
__t26="${xs[0]-undefined}"
if [[ $__t26 == 'undefined' ]] || [[ $__t26 == 'null' ]]; then
  __err="Cannot read properties of ${__t26#} (reading '1')"
  __utah_uncaught
fi
__utah_char_at "$__t26" 1
__t27=$__r
if [[ -z $__t27 ]]; then
  __t27='undefined'
fi
__t28="${xs[0]-undefined}"
if [[ $__t28 == 'undefined' ]] || [[ $__t28 == 'null' ]]; then
  __err="Cannot read properties of ${__t28#} (reading '5')"
  __utah_uncaught
fi
__utah_char_at "$__t28" 5
__t29=$__r
if [[ -z $__t29 ]]; then
  __t29='undefined'
fi
printf '%s\n' "${__t21#} ${__t23#} $((${#__t25})) ${__t27#} ${__t29#}"
first 'undefined' || __utah_uncaught
__t30=$__r
printf '%s\n' "${__t30#}"
printf '%s\n' 'not reached'
