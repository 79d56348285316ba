#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]]
}

__utah_proc_state() {
  # Why: /proc/PID/stat tells a process's state and parent without a process; the
  # command name in (…) may hold anything, so the fields after its last ") " are read.
  # The file vanishes when the process is reaped: 2>/dev/null comes first, or yash and
  # ksh93 report the failed open.
  # Usage: __utah_proc_state PID -> __r ("STATE PPID …"), status 1 without /proc.
  [ -r "/proc/$1/stat" ] && read -r __r 2>/dev/null <"/proc/$1/stat" || return 1
  __r=${__r##*") "}
}

__utah_proc_busy() {
  # Why: a process that runs (state R) or waits on the disk (D) may be busy starting:
  # between a fork and the exec or the command that follows it, where a process it
  # forks next would be missed and a signal that mksh or posh catches gets lost.
  # Usage: __utah_proc_busy PID... -> status 0 when one of them is in state R or D.
  for __upb_p in "$@"; do
    __utah_proc_state "$__upb_p" || continue
    case $__r in
      R* | D*) return 0 ;;
    esac
  done
  return 1
}

__utah_proc_tree() {
  # Why: a background job is a subshell running its command, so signalling its PID
  # alone would leave the command running.  Linux lists each process's children
  # in /proc, read here without a process.
  # Usage: __utah_proc_tree PID -> appends the descendants of PID to __ra.
  local __upt_kids=() __upt_c
  if [[ -r /proc/$1/task/$1/children ]]; then
    read -r -a __upt_kids 2>/dev/null <"/proc/$1/task/$1/children" || true
  fi
  for __upt_c in "${__upt_kids[@]}"; do
    __ra+=("$__upt_c")
    __utah_proc_tree "$__upt_c"
  done
}

__utah_proc_settle() {
  # Why: process.kill signals a job and its descendants as /proc lists them; a job that
  # was just started is busy starting its command (see __utah_proc_busy), so the list
  # is read once the job and all its descendants wait (for a command, in sleep …) or
  # have ended.  A job that only computes is signalled after about 1 s (100 polls of
  # `sleep 0.01`).
  # Usage: __utah_proc_settle PID -> __ra: the descendants of PID.
  local __ups_n
  for (( __ups_n = 0; ; __ups_n++ )); do
    __ra=()
    __utah_proc_tree "$1"
    if (( __ups_n >= 100 )) || [[ $1 == "$$" ]] || ! __utah_proc_busy "$1" "${__ra[@]}"; then
      return 0
    fi
    sleep 0.01 2>/dev/null || return 0
  done
}

__utah_proc_kill() {
  # Why: process.kill(pid, signal) signals the job and every process it started
  # (found through /proc on Linux; elsewhere only PID), so that killing a job
  # started by process.start or `parallel` stops its command too.
  # Usage: __utah_proc_kill PID SIGNAL -> status 0 when PID was signalled; a bad
  # PID, an unknown SIGNAL (SIGTERM, TERM, term and 15 are all accepted) or a
  # process that is gone or not ours gives status 1.
  __ra=()
  __utah_pid_ok "$1" || return 1
  __utah_proc_settle "$1"
  kill -s "${2^^}" "$1" 2>/dev/null || return 1
  if (( ${#__ra[@]} )); then
    kill -s "${2^^}" "${__ra[@]}" 2>/dev/null
  fi
  return 0
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

fails() {
  local code=$1
  exit "$((code & 255))"
}

blocks() {
  i=0 >/dev/null
  { while [ ! -e never ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; } >/dev/null
}

fails 3 &
f=$!
wait "$f"
__t2=$?
printf '%s\n' "$__t2"
blocks &
b=$!
if __utah_proc_kill "$b" SIGTERM; then
  __t4=true
else
  __t4=false
fi
__t5=$__t4
__utah_proc_wait "$b"
__t6=$__r
printf '%s\n' "$__t5 $__t6"
