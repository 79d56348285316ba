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

xs=(1 2 3)
flags=(false false)
__t1=true
__t3=-1
for __t2 in "${xs[@]}"; do
  __t3=$((__t3 + 1))
  x=$__t2
  if __utah_num_cmp '==' "$x" 2; then
    __t1=false
    break
  fi
done
__t4=$__t1
__t5=true
__t7=-1
for __t6 in "${xs[@]}"; do
  __t7=$((__t7 + 1))
  x_2=$__t6
  if __utah_num_cmp '>' "$x_2" 5; then
    __t5=false
    break
  fi
done
__t8=$__t5
__t9=true
__t11=-1
for __t10 in "${flags[@]}"; do
  __t11=$((__t11 + 1))
  c=$__t10
  if [[ $c == true ]]; then
    __t9=false
    break
  fi
done
printf '%s\n' "$__t4 $__t8 $__t9"
__t12=true
__t14=-1
for __t13 in "${xs[@]}"; do
  __t14=$((__t14 + 1))
  x_3=$__t13
  if __utah_num_cmp '==' "$x_3" 4; then
    __t12=false
    break
  fi
done
__t15=$__t12
__t16=false
__t18=-1
for __t17 in "${xs[@]}"; do
  __t18=$((__t18 + 1))
  x_4=$__t17
  if ! __utah_num_cmp '>' "$x_4" 2; then
    __t16=true
    break
  fi
done
__t19=$__t16
__t20=true
__t21=(true)
__t23=-1
for __t22 in "${__t21[@]}"; do
  __t23=$((__t23 + 1))
  c_2=$__t22
  if [[ $c_2 == true ]]; then
    __t20=false
    break
  fi
done
printf '%s\n' "$__t15 $__t19 $__t20"
