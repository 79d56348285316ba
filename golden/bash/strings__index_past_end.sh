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

__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1 (a negative ${s:i:1} would count
  # from the end).
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if (( __r < 0 || __r >= ${#1} )); then __r=; else __r=${1:__r:1}; fi
}

s='ab'
__utah_char_at "$s" 1
__t1=$__r
if [[ -z $__t1 ]]; then
  __t1='undefined'
fi
__utah_char_at "$s" 2
__t2=$__r
if [[ -z $__t2 ]]; then
  __t2='undefined'
fi
__utah_char_at "$s" 5
__t4=$__r
if [[ -z $__t4 ]]; then
  __t4='undefined'
fi
__t3=$__t4
if [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  __t3='none'
fi
__utah_char_at "$s" 0
__t6=$__r
if [[ -z $__t6 ]]; then
  __t6='undefined'
fi
__t5=$__t6
if [[ -z $__t5 ]] || [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t5='empty'
fi
__utah_char_at "$s" 9
__t8=$__r
if [[ -z $__t8 ]]; then
  __t8='undefined'
fi
case "$__t8" in
  'undefined')
    __t7='undefined'
    ;;
  'null')
    __t7='object'
    ;;
  *)
    __t7='string'
    ;;
esac
printf '%s\n' "${__t1#} ${__t2#} $__t3 $__t5 $__t7"
word=''
__utah_char_at "$word" 0
__t9=$__r
if [[ -z $__t9 ]]; then
  __t9='undefined'
fi
if [[ $__t9 == 'undefined' ]]; then
  __t10=true
else
  __t10=false
fi
__utah_char_at "$s" 7
__t11=$__r
if [[ -z $__t11 ]]; then
  __t12=true
else
  __t12=false
fi
printf '%s\n' "$__t10 $__t12"
for ((i = 0; i < 3; i++)); do
  __utah_char_at "$s" "$i"
  __t13=$__r
  if [[ -z $__t13 ]]; then
    __t13='undefined'
  fi
  if [[ -n $__t13 ]] && [[ $__t13 != 'undefined' ]] && [[ $__t13 != 'null' ]]; then
    __utah_char_at "$s" "$i"
    __t14=$__r
    if [[ -z $__t14 ]]; then
      __t14='undefined'
    fi
    printf '%s\n' "$i ${__t14#}"
  fi
done
