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

__utah_now_ms() {
  # Why: milliseconds since the epoch from $EPOCHREALTIME (bash 5), no process;
  # bash 4 runs one `date`.
  # Usage: __utah_now_ms -> __r.
  local __unm_t=${EPOCHREALTIME-}
  if [[ -n $__unm_t ]]; then
    __unm_t=${__unm_t//[!0-9]/}
    __r=$(( 10#$__unm_t / 1000 ))
  else
    __r=$(date +%s%3N)
  fi
}

__utah_timer_read() {
  # Why: timer.current gives the milliseconds since timer.start (the stopped
  # duration after timer.stop); timer.stop freezes it and gives the same.  Both
  # give 0 before timer.start.
  # Usage: __utah_timer_read [stop] -> __r.
  if [[ -z ${__timer_t0-} ]]; then
    __r=0
    return 0
  fi
  if [[ ${1-} == stop || -z ${__timer_t1-} ]]; then
    __utah_now_ms
    if [[ ${1-} == stop ]]; then
      __timer_t1=$__r
    fi
  else
    __r=$__timer_t1
  fi
  __r=$(( __r - __timer_t0 ))
}

__utah_timer_start() {
  # Why: timer.start records the time in milliseconds (the timer is one per script).
  # Usage: __utah_timer_start -> globals __timer_t0 (start), __timer_t1 ('').
  __utah_now_ms
  __timer_t0=$__r __timer_t1=
}

__utah_timer_start
sleep 0.3 >/dev/null
__utah_timer_read stop
s=$__r
sleep 0.03 >/dev/null
__utah_timer_read
after=$__r
if __utah_num_cmp '==' "$after" "$s"; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
__utah_timer_start
__utah_timer_read
__t4=$__r
if __utah_num_cmp '<' "$__t4" "$s"; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t5"
