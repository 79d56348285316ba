#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

qsort() {
  local -a xs=("${@:2:$1}")
  shift "$(($1 + 1))"
  local pivot i h
  local -a lo hi res __t1
  if ((${#xs[@]} <= 1)); then
    __ra=("${xs[@]}")
    return 0
  fi
  pivot="${xs[0]-undefined}"
  lo=()
  hi=()
  for ((i = 1; i < ${#xs[@]}; i++)); do
    if __utah_num_cmp '<' "${xs[i]-undefined}" "$pivot"; then
      lo+=("${xs[i]-undefined}")
    else
      hi+=("${xs[i]-undefined}")
    fi
  done
  qsort "${#lo[@]}" "${lo[@]}"
  res=("${__ra[@]}")
  res+=("$pivot")
  qsort "${#hi[@]}" "${hi[@]}"
  __t1=("${__ra[@]}")
  for h in "${__t1[@]}"; do
    res+=("$h")
  done
  __ra=("${res[@]}")
  return 0
}

__t2=(5 3 9 1 5 -2 10 0)
qsort "${#__t2[@]}" "${__t2[@]}"
__t3=("${__ra[@]}")
__utah_join __t3 ' '
__t4=$__r
printf '%s\n' "$__t4"
__t5=()
qsort "${#__t5[@]}" "${__t5[@]}"
__t6=("${__ra[@]}")
printf '%s\n' "$((${#__t6[@]}))"
