#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

__utah_timer_read
__t1=$__r
__t2=$__t1
__utah_timer_read stop
__t3=$__r
printf '%s\n' "$__t2 $__t3"
