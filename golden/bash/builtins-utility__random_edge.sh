#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_num_parts() {
  # Why: decimal text has no shell comparison.  This splits a JS number text into
  # sign, decimal exponent and significant digits, so numbers compare and print
  # exactly without a process.
  # Usage: __utah_num_parts TEXT -> globals __ns (-1, 0, 1, or NaN for anything
  # that is not a number), __nn and __nd (value = 0.__nd x 10^__nn; __nd has no
  # leading or trailing zeros).
  local __x=$1 __e=0 __f='' __z
  __ns=1 __nn=0 __nd=
  case $__x in -*) __ns=-1; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  if [[ $__x == Infinity ]]; then __nn=999999999 __nd=1; return 0; fi
  if ! [[ $__x =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,9})?$ ]]; then
    __ns=NaN
    return 0
  fi
  case $__x in *[eE]*) __e=${__x#*[eE]}; __x=${__x%%[eE]*} ;; esac
  case $__x in *.*) __f=${__x#*.}; __x=${__x%%.*} ;; esac
  case $__e in -*) __e=$(( -10#${__e:1} )) ;; +*) __e=$(( 10#${__e:1} )) ;; *) __e=$(( 10#$__e )) ;; esac
  __nd=$__x$__f
  __z=${__nd%%[!0]*}
  __nd=${__nd:${#__z}}
  __nn=$(( ${#__x} + __e - ${#__z} ))
  __z=${__nd##*[!0]}
  __nd=${__nd:0:${#__nd}-${#__z}}
  if [[ -z $__nd ]]; then __ns=0 __nn=0; fi
}

__utah_num_cmp() {
  # Why: [[ ]] compares only integers and JS compares NaN as false; this compares
  # any two JS number texts (fractions, exponents, Infinity) exactly, in the shell.
  # Usage: __utah_num_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  local __c=0 __s __n __d __x __y __i='^-?(0|[1-9][0-9]{0,17})$'
  if [[ $2 =~ $__i && $3 =~ $__i ]]; then
    __c=$(( $2 < $3 ? -1 : ($2 > $3 ? 1 : 0) ))
  else
    __utah_num_parts "$2"
    __s=$__ns __n=$__nn __d=$__nd
    __utah_num_parts "$3"
    if [[ $__s == NaN || $__ns == NaN ]]; then
      [[ $1 == '!=' ]]
      return
    fi
    if (( __s != __ns )); then
      __c=$(( __s < __ns ? -1 : 1 ))
    elif (( __s != 0 && __n != __nn )); then
      __c=$(( (__n < __nn ? -1 : 1) * __s ))
    else
      while [[ -n $__d$__nd ]]; do
        __x=${__d:0:18}000000000000000000 __y=${__nd:0:18}000000000000000000
        __x=${__x:0:18} __y=${__y:0:18}
        if (( 10#$__x != 10#$__y )); then
          __c=$(( (10#$__x < 10#$__y ? -1 : 1) * __s ))
          break
        fi
        __d=${__d:18} __nd=${__nd:18}
      done
    fi
  fi
  case $1 in
    '<') (( __c < 0 )) ;;
    '<=') (( __c <= 0 )) ;;
    '>') (( __c > 0 )) ;;
    '>=') (( __c >= 0 )) ;;
    '==') (( __c == 0 )) ;;
    '!=') (( __c != 0 )) ;;
    *) return 2 ;;
  esac
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

__utah_random() {
  # Why: utility.random(min, max) without a process: 15, 30 or 60 bits from
  # $RANDOM, redrawn when above the largest multiple of the range, so every
  # value is equally likely.
  # Usage: __utah_random MIN MAX -> __r; MIN and MAX are cut to integers and
  # swapped when MIN > MAX.
  local __urd_lo __urd_n __urd_b=15 __urd_lim __urd_x
  __utah_to_int "$1"
  __urd_lo=$__r
  __utah_to_int "$2"
  if (( __r < __urd_lo )); then
    __urd_n=$__urd_lo __urd_lo=$__r __r=$__urd_n
  fi
  __urd_n=$(( __r - __urd_lo + 1 ))
  if (( __urd_n > 1073741824 )); then
    __urd_b=60
  elif (( __urd_n > 32768 )); then
    __urd_b=30
  fi
  __urd_lim=$(( (1 << __urd_b) - (1 << __urd_b) % __urd_n ))
  while :; do
    __urd_x=$RANDOM
    if (( __urd_b > 15 )); then
      __urd_x=$(( __urd_x << 15 | RANDOM ))
    fi
    if (( __urd_b > 30 )); then
      __urd_x=$(( __urd_x << 30 | RANDOM << 15 | RANDOM ))
    fi
    if (( __urd_x < __urd_lim )); then
      break
    fi
  done
  __r=$(( __urd_lo + __urd_x % __urd_n ))
}

__utah_random 5 5
__t1=$__r
printf '%s\n' "$__t1"
lo=10
__utah_random "$lo" 1
s=$__r
if __utah_num_cmp '>=' "$s" 1; then
  __t4=true
else
  __t4=false
fi
__t3=$__t4
if [[ $__t3 == true ]]; then
  if __utah_num_cmp '<=' "$s" 10; then
    __t5=true
  else
    __t5=false
  fi
  __t3=$__t5
fi
printf '%s\n' "$__t3"
__utah_random -70000 -40000
n=$__r
if __utah_num_cmp '>=' "$n" -70000; then
  __t8=true
else
  __t8=false
fi
__t7=$__t8
if [[ $__t7 == true ]]; then
  if __utah_num_cmp '<=' "$n" -40000; then
    __t9=true
  else
    __t9=false
  fi
  __t7=$__t9
fi
printf '%s\n' "$__t7"
__utah_random 0 1000000000000
big=$__r
if __utah_num_cmp '>=' "$big" 0; then
  __t12=true
else
  __t12=false
fi
__t11=$__t12
if [[ $__t11 == true ]]; then
  if __utah_num_cmp '<=' "$big" 1000000000000; then
    __t13=true
  else
    __t13=false
  fi
  __t11=$__t13
fi
printf '%s\n' "$__t11"
