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

__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]]
}

__utah_proc_is_child() {
  # Why: process.wait polls only a job of this script; another process (say PID 1)
  # may run for ever, and `wait` reports it at once as not ours.
  # Usage: __utah_proc_is_child PID -> status 0 when /proc says $$ is its parent
  # (or when there is no /proc to ask).
  local __upc_s
  if [[ ! -r /proc/$1/stat ]] || ! read -r __upc_s <"/proc/$1/stat"; then
    return 0
  fi
  __upc_s=${__upc_s##*) }
  __upc_s=${__upc_s#* }
  [[ ${__upc_s%% *} == "$$" ]]
}

__utah_proc_running() {
  # Why: process.isRunning: the process exists and may be signalled (kill -0).
  # Usage: __utah_proc_running PID -> status 0 while it runs.
  __utah_pid_ok "$1" && kill -0 "$1" 2>/dev/null
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

__utah_proc_wait() {
  # Why: process.wait(pid, timeoutMs?) waits for a background job of the script
  # (bash's wait, in this shell).  With a timeout it polls kill -0 every 20 ms,
  # sleeping in `read -t` on a pipe nobody writes (one subshell for the pipe, no
  # sleep process per poll).
  # Usage: __utah_proc_wait PID [MS] -> __r: the job's exit status; 124 when MS
  # passed first (the job keeps running); 127 when PID is not a job of this script.
  local __upw_end __upw_fd __upw_x
  if ! __utah_pid_ok "$1"; then
    __r=127
    return 0
  fi
  if (( $# > 1 )) && __utah_proc_running "$1" && __utah_proc_is_child "$1"; then
    __utah_to_int "$2"
    __upw_end=$(( __r > 0 ? __r : 0 ))
    __utah_now_ms
    __upw_end=$(( __upw_end + __r ))
    exec {__upw_fd}<> <(:)
    while __utah_proc_running "$1"; do
      __utah_now_ms
      if (( __r >= __upw_end )); then
        exec {__upw_fd}>&-
        __r=124
        return 0
      fi
      read -r -t 0.02 -u "$__upw_fd" __upw_x || true
    done
    exec {__upw_fd}>&-
  fi
  wait "$1" 2>/dev/null
  __r=$?
}

eval "echo 'from job *'; exit 3" &
p=$!
__utah_proc_wait "$p"
__t2=$__r
printf '%s\n' "$__t2"
eval true &
q=$!
__utah_proc_wait "$q"
__t4=$__r
if ! __utah_num_cmp '==' "$p" "$q"; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t4 $__t5"
