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

xs=(0 5)
__t1="${xs[0]-undefined}"
if [[ $__t1 == 0 ]] || [[ $__t1 == NaN ]] || [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t1='zero'
fi
__t2="${xs[0]-undefined}"
if [[ $__t2 == 'undefined' ]] || [[ $__t2 == 'null' ]]; then
  __t2='none'
fi
__t3="${xs[1]-undefined}"
if [[ $__t3 == 0 ]] || [[ $__t3 == NaN ]] || [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  __t3='zero'
fi
__t4="${xs[2]-undefined}"
if [[ $__t4 == 0 ]] || [[ $__t4 == NaN ]] || [[ $__t4 == 'undefined' ]] || [[ $__t4 == 'null' ]]; then
  __t4='absent'
fi
__t5="${xs[2]-undefined}"
if [[ $__t5 == 'undefined' ]] || [[ $__t5 == 'null' ]]; then
  __t5='none'
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
__t6="${xs[0]-undefined}"
xs=("${xs[@]:1}")
total=$__t6
__t7=$total
if [[ $__t7 == 'undefined' ]] || [[ $__t7 == 'null' ]]; then
  __t7='none'
fi
printf '%s\n' "$__t7 $((${#xs[@]}))"
__t8='undefined'
__t10=-1
for __t9 in "${xs[@]}"; do
  __t10=$((__t10 + 1))
  x=$__t9
  if __utah_num_cmp '>' "$x" 100; then
    __t8=$__t9
    break
  fi
done
found=$__t8
__t11=$found
if [[ $__t11 == 'undefined' ]] || [[ $__t11 == 'null' ]]; then
  __t11=-1
fi
__t13=$found
if [[ $__t13 != 0 ]] && [[ $__t13 != NaN ]] && [[ $__t13 != 'undefined' ]] && [[ $__t13 != 'null' ]]; then
  __t12='yes'
else
  __t12='no'
fi
printf '%s\n' "${found#} $__t11 $__t12"
