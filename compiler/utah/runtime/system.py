"""Helpers of `os.*`, `process.*` and `timer.*`.

* ``__utah_get_os``                -> ``__r``: linux, mac, windows or unknown ($OSTYPE).
* ``__utah_linux_version``         -> ``__r``: VERSION_ID of /etc/os-release, or unknown.
* ``__utah_pid_ok PID``            status 0 when PID is a positive integer.
* ``__utah_proc_running PID``      status 0 while PID exists (``kill -0``).
* ``__utah_proc_busy PID...``      status 0 while one of them runs (R) or waits on disk (D).
* ``__utah_proc_settle PID``       -> ``__ra``: PID's descendants, once none of them is busy.
* ``__utah_proc_kill PID SIGNAL``  status 0 when PID (and what it started) was signalled.
* ``__utah_proc_wait PID [MS]``    -> ``__r``: exit status; 124 on timeout; 127 for a PID
  that is not a job of this script.
* ``__utah_elapsed``               -> ``__r``: HH:MM:SS since the script started.
* ``__utah_now_ms``                -> ``__r``: milliseconds since the epoch.
* ``__utah_timer_start``; ``__utah_timer_read [stop]`` -> ``__r`` (ms).

None of them starts a process on bash 5 except where noted in its comment.
"""

GET_OS = r"""
__utah_get_os() {
  # Why: os.getOS from $OSTYPE, which bash sets itself (uname runs only if it is empty).
  # Usage: __utah_get_os -> __r: linux, mac, windows or unknown.
  local __ugo_s=${OSTYPE-}
  if [[ -z $__ugo_s ]]; then
    __ugo_s=$(uname -s 2>/dev/null)
  fi
  case ${__ugo_s,,} in
    linux*) __r=linux ;;
    darwin*) __r=mac ;;
    msys* | cygwin* | mingw* | win32* | windows*) __r=windows ;;
    *) __r=unknown ;;
  esac
}
"""

LINUX_VERSION = r"""
__utah_linux_version() {
  # Why: os.getLinuxVersion reads VERSION_ID from os-release as data (never sourced).
  # Usage: __utah_linux_version -> __r: e.g. 12 or 22.04; unknown without the file or key.
  local __ulv_f __ulv_line
  __r=unknown
  for __ulv_f in /etc/os-release /usr/lib/os-release; do
    [[ -r $__ulv_f ]] || continue
    while IFS= read -r __ulv_line || [[ -n $__ulv_line ]]; do
      if [[ $__ulv_line == VERSION_ID=* ]]; then
        __ulv_line=${__ulv_line#VERSION_ID=}
        __ulv_line=${__ulv_line#[\"\']}
        __r=${__ulv_line%[\"\']}
        return 0
      fi
    done <"$__ulv_f"
    return 0
  done
}
"""

PID_OK = r"""
__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]]
}
"""

PROC_IS_CHILD = r"""
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
"""

PROC_RUNNING = r"""
__utah_proc_running() {
  # Why: process.isRunning: the process exists and may be signalled (kill -0).
  # Usage: __utah_proc_running PID -> status 0 while it runs.
  __utah_pid_ok "$1" && kill -0 "$1" 2>/dev/null
}
"""

PROC_TREE = r"""
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
"""

PROC_SETTLE = r"""
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
"""

PROC_KILL = r"""
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
"""

NOW_MS = r"""
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
"""

PROC_WAIT = r"""
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
"""

ELAPSED = r"""
__utah_elapsed() {
  # Why: process.elapsedTime from bash's $SECONDS (whole seconds since the script
  # started), no process.
  # Usage: __utah_elapsed -> __r: HH:MM:SS (hours grow past 99 if need be).
  local __ue_s=$SECONDS
  printf -v __r '%02d:%02d:%02d' $(( __ue_s / 3600 )) $(( __ue_s / 60 % 60 )) $(( __ue_s % 60 ))
}
"""

TIMER_START = r"""
__utah_timer_start() {
  # Why: timer.start records the time in milliseconds (the timer is one per script).
  # Usage: __utah_timer_start -> globals __timer_t0 (start), __timer_t1 ('').
  __utah_now_ms
  __timer_t0=$__r __timer_t1=
}
"""

TIMER_READ = r"""
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
"""

# --------------------------------------------------------------- POSIX sh versions
# POSIX sh has no $OSTYPE, $SECONDS, $EPOCHREALTIME, read -t or exec {fd}: the
# processes these need (uname, date, sleep) are named in each helper's comment.
# Millisecond times are digit strings, and differences go through __utah_arith, so
# that mksh's 32-bit arithmetic does not overflow them.

GET_OS_POSIX = r"""
__utah_get_os() {
  # Why: os.getOS: POSIX sh has no $OSTYPE, so one `uname -s` names the system.
  # Usage: __utah_get_os -> __r: linux, mac, windows or unknown.
  __ugo_s=$(uname -s 2>/dev/null)
  case $__ugo_s in
    [Ll][Ii][Nn][Uu][Xx]*) __r=linux ;;
    [Dd][Aa][Rr][Ww][Ii][Nn]*) __r=mac ;;
    [Mm][Ss][Yy][Ss]* | [Cc][Yy][Gg][Ww][Ii][Nn]* | [Mm][Ii][Nn][Gg][Ww]* | [Ww][Ii][Nn]32* | [Ww][Ii][Nn][Dd][Oo][Ww][Ss]*) __r=windows ;;
    *) __r=unknown ;;
  esac
}
"""

LINUX_VERSION_POSIX = r"""
__utah_linux_version() {
  # Why: os.getLinuxVersion reads VERSION_ID from os-release as data (never sourced).
  # Usage: __utah_linux_version -> __r: e.g. 12 or 22.04; unknown without the file or key.
  __r=unknown
  for __ulv_f in /etc/os-release /usr/lib/os-release; do
    [ -r "$__ulv_f" ] || continue
    while IFS= read -r __ulv_line || [ -n "$__ulv_line" ]; do
      case $__ulv_line in
        VERSION_ID=*)
          __ulv_line=${__ulv_line#VERSION_ID=}
          case $__ulv_line in \"* | \'*) __ulv_line=${__ulv_line#?} ;; esac
          case $__ulv_line in *\" | *\') __ulv_line=${__ulv_line%?} ;; esac
          __r=$__ulv_line
          return 0
          ;;
      esac
    done <"$__ulv_f"
    return 0
  done
}
"""

PID_OK_POSIX = r"""
__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  case $1 in
    '' | 0* | *[!0123456789]* | ???????????*) return 1 ;;
  esac
  return 0
}
"""

PROC_STATE = r"""
__utah_proc_state() {
  # Why: /proc/PID/stat tells a process's state and parent without a process; the
  # command name in (…) may hold anything, so the fields after its last ") " are read.
  # The file vanishes when the process is reaped: 2>/dev/null comes first, or yash and
  # ksh93 report the failed open.
  # Usage: __utah_proc_state PID -> __r ("STATE PPID …"), status 1 without /proc.
  [ -r "/proc/$1/stat" ] && read -r __r 2>/dev/null <"/proc/$1/stat" || return 1
  __r=${__r##*") "}
}
"""

PROC_IS_CHILD_POSIX = r"""
__utah_proc_is_child() {
  # Why: process.wait polls only a job of this script; another process (say PID 1)
  # may run for ever, and `wait` reports it at once as not ours.
  # Usage: __utah_proc_is_child PID -> status 0 when /proc says $$ is its parent
  # (or when there is no /proc to ask).
  __utah_proc_state "$1" || return 0
  __r=${__r#* }
  [ "${__r%% *}" = "$$" ]
}
"""

PROC_RUNNING_POSIX = r"""
__utah_proc_running() {
  # Why: process.isRunning: the process exists and may be signalled (kill -0).  A
  # job that ended but was not reaped yet (a zombie: some shells reap only at
  # `wait`) has ended, as bash, which reaps at once, reports it.
  # Usage: __utah_proc_running PID -> status 0 while it runs.
  __utah_pid_ok "$1" && kill -0 "$1" 2>/dev/null || return 1
  __utah_proc_state "$1" || return 0
  case $__r in Z* | X*) return 1 ;; esac
  return 0
}
"""

PROC_TREE_POSIX = r"""
__utah_proc_tree() {
  # Why: a background job is a subshell running its command, so signalling its PID
  # alone would leave the command running.  Linux lists each process's children
  # in /proc, read here without a process (breadth first: no recursion, as POSIX
  # sh functions have no locals).
  # Usage: __utah_proc_tree PID -> appends the descendants of PID to __ra.
  __upt_i=${__ra__n:-0}
  __upt_p=$1
  while :; do
    __upt_k=
    if [ -r "/proc/$__upt_p/task/$__upt_p/children" ]; then
      read -r __upt_k 2>/dev/null <"/proc/$__upt_p/task/$__upt_p/children" || true
    fi
    while :; do
      __upt_k=${__upt_k#"${__upt_k%%[! ]*}"}
      [ -n "$__upt_k" ] || break
      __utah_apush __ra "${__upt_k%% *}"
      __upt_k=${__upt_k#"${__upt_k%% *}"}
    done
    [ "$__upt_i" -lt "${__ra__n:-0}" ] || return 0
    eval "__upt_p=\${__ra__$__upt_i}"
    __upt_i=$((__upt_i + 1))
  done
}
"""

PROC_BUSY = r"""
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
"""

PROC_SETTLE_POSIX = r"""
__utah_proc_settle() {
  # Why: process.kill signals a job and its descendants as /proc lists them; a job that
  # was just started is busy starting its command (see __utah_proc_busy), so the list
  # is read once the job and all its descendants wait (for a command, in sleep …) or
  # have ended.  A job that only computes is signalled after about 1 s (100 polls of
  # `sleep 0.01`).
  # Usage: __utah_proc_settle PID -> __ra: the descendants of PID.
  __ups_n=0
  while :; do
    __utah_aclear __ra
    __utah_proc_tree "$1"
    __utah_refs __ra 0
    if [ "$__ups_n" -ge 100 ] || [ "$1" = "$$" ] || ! eval "__utah_proc_busy \"\$1\" $__uref"; then
      return 0
    fi
    sleep 0.01 2>/dev/null || return 0
    __ups_n=$((__ups_n + 1))
  done
}
"""

PROC_KILL_POSIX = r"""
__utah_proc_kill() {
  # Why: process.kill(pid, signal) signals the job and every process it started
  # (found through /proc on Linux; elsewhere only PID), so that killing a job
  # started by process.start or `parallel` stops its command too.  POSIX kill -s
  # takes a name without SIG; a number is given as -N.
  # Usage: __utah_proc_kill PID SIGNAL -> status 0 when PID was signalled; a bad
  # PID, an unknown SIGNAL (SIGTERM, TERM, term and 15 are all accepted) or a
  # process that is gone or not ours gives status 1.
  __utah_aclear __ra
  __utah_pid_ok "$1" || return 1
  __upk_pid=$1
  __utah_upper "$2"
  case $__r in
    '' | *[!0123456789]*) __upk_sig=${__r#SIG} __upk_opt=-s ;;
    *) __upk_sig='' __upk_opt=-$__r ;;
  esac
  __utah_proc_settle "$__upk_pid"
  kill "$__upk_opt" ${__upk_sig:+"$__upk_sig"} "$__upk_pid" 2>/dev/null || return 1
  if [ "$__ra__n" -gt 0 ]; then
    __utah_refs __ra 0
    eval "kill \"\$__upk_opt\" \${__upk_sig:+\"\$__upk_sig\"} $__uref" 2>/dev/null
  fi
  return 0
}
"""

NOW_MS_POSIX = r"""
__utah_now_ms() {
  # Why: POSIX sh has no clock: one `date` (GNU and busybox know %s, GNU %3N; where
  # %3N is not understood the milliseconds are 000).
  # Usage: __utah_now_ms -> __r (digits, built as text: no 32-bit overflow).
  __r=$(date +%s.%3N 2>/dev/null)
  __unm_f=${__r#*.}
  __r=${__r%%.*}
  case $__unm_f in
    [0123456789][0123456789][0123456789]) __r=$__r$__unm_f ;;
    *) __r=${__r}000 ;;
  esac
}
"""

PROC_WAIT_POSIX = r"""
__utah_proc_wait() {
  # Why: process.wait(pid, timeoutMs?) waits for a background job of the script
  # (the shell's wait).  With a timeout it polls every 20 ms; POSIX sh has no
  # read -t, so each poll runs one `sleep 0.02` (and one `date`).
  # Usage: __utah_proc_wait PID [MS] -> __r: the job's exit status; 124 when MS
  # passed first (the job keeps running); 127 when PID is not a job of this script
  # (asked of /proc first: ksh93's wait gives 0 for another process).
  if ! __utah_pid_ok "$1"; then
    __r=127
    return 0
  fi
  if [ $# -gt 1 ] && __utah_proc_running "$1" && __utah_proc_is_child "$1"; then
    __utah_to_int "$2"
    case $__r in -*) __r=0 ;; esac
    __upw_end=$__r
    __utah_now_ms
    __utah_arith + "$__upw_end" "$__r"
    __upw_end=$__r
    while __utah_proc_running "$1"; do
      __utah_now_ms
      if __utah_num_cmp '>=' "$__r" "$__upw_end"; then
        __r=124
        return 0
      fi
      sleep 0.02 2>/dev/null || sleep 1
    done
  fi
  if ! __utah_proc_is_child "$1"; then
    __r=127
    return 0
  fi
  # posh's wait does not reset the option parser that read -r, unset -v or
  # command -v leave pointing into freed text: it fails at once ("invalid option",
  # status 1) without waiting.  eval, which resets and then parses no option, cleans it.
  eval :
  wait "$1" 2>/dev/null
  __r=$?
  # ksh93 reports a job killed by signal N as 256+N, yash as 384+N; bash as 128+N
  if [ "$__r" -gt 384 ]; then
    __r=$((__r - 256))
  elif [ "$__r" -gt 255 ]; then
    __r=$((__r - 128))
  fi
}
"""

ELAPSED_POSIX = r"""
__utah_elapsed() {
  # Why: process.elapsedTime: POSIX sh has no $SECONDS, so the script's age is
  # /proc/uptime less the start time in /proc/$$/stat (field 22, clock ticks of
  # 1/100 s, Linux's USER_HZ), read without a process; elsewhere one `ps -o etime=`.
  # Usage: __utah_elapsed -> __r: HH:MM:SS (hours grow past 99 if need be).
  __uet_s=
  if __utah_proc_state "$$" && read -r __uet_up __uet_x </proc/uptime 2>/dev/null; then
    for __uet_x in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19; do __r=${__r#* }; done
    __uet_up=${__uet_up%.*}${__uet_up#*.}
    __uet_s=$(( (${__uet_up#"${__uet_up%%[!0]*}"}0 / 10 - ${__r%% *}) / 100 ))
  fi
  if [ -z "$__uet_s" ]; then
    __uet_s=$(ps -o etime= -p "$$" 2>/dev/null)
    __utah_etime_seconds "${__uet_s#"${__uet_s%%[! ]*}"}"
    __uet_s=$__r
  fi
  __uet_h=$((__uet_s / 3600))
  __uet_m=$((__uet_s / 60 % 60))
  __uet_s=$((__uet_s % 60))
  [ "$__uet_h" -ge 10 ] || __uet_h=0$__uet_h
  [ "$__uet_m" -ge 10 ] || __uet_m=0$__uet_m
  [ "$__uet_s" -ge 10 ] || __uet_s=0$__uet_s
  __r=$__uet_h:$__uet_m:$__uet_s
}
"""

ETIME_SECONDS = r"""
__utah_etime_seconds() {
  # Why: `ps -o etime=` writes [[DD-]HH:]MM:SS; process.elapsedTime needs seconds.
  # Usage: __utah_etime_seconds ETIME -> __r (0 for text that is not an etime).
  __ues_d=0 __ues_t=$1 __r=0
  case $__ues_t in *-*) __ues_d=${__ues_t%%-*} __ues_t=${__ues_t#*-} ;; esac
  case $__ues_d$__ues_t in '' | *[!0123456789:]*) return 0 ;; esac
  while [ -n "$__ues_t" ]; do
    __ues_x=${__ues_t%%:*}
    __r=$((__r * 60 + ${__ues_x#0}0 / 10))
    case $__ues_t in *:*) __ues_t=${__ues_t#*:} ;; *) __ues_t= ;; esac
  done
  __r=$((__r + ${__ues_d#0}0 / 10 * 86400))
}
"""

TIMER_START_POSIX = r"""
__utah_timer_start() {
  # Why: timer.start records the time in milliseconds (the timer is one per script).
  # Usage: __utah_timer_start -> globals __timer_t0 (start), __timer_t1 ('').
  __utah_now_ms
  __timer_t0=$__r
  __timer_t1=
}
"""

TIMER_READ_POSIX = r"""
__utah_timer_read() {
  # Why: timer.current gives the milliseconds since timer.start (the stopped
  # duration after timer.stop); timer.stop freezes it and gives the same.  Both
  # give 0 before timer.start.
  # Usage: __utah_timer_read [stop] -> __r.
  if [ -z "${__timer_t0-}" ]; then
    __r=0
    return 0
  fi
  if [ "${1-}" = stop ] || [ -z "${__timer_t1-}" ]; then
    __utah_now_ms
    if [ "${1-}" = stop ]; then
      __timer_t1=$__r
    fi
  else
    __r=$__timer_t1
  fi
  __utah_arith - "$__r" "$__timer_t0"
}
"""

DEFINITIONS = [(GET_OS, GET_OS_POSIX), (LINUX_VERSION, LINUX_VERSION_POSIX), (PID_OK, PID_OK_POSIX),
               (PROC_STATE, PROC_STATE), (PROC_IS_CHILD, PROC_IS_CHILD_POSIX),
               (PROC_RUNNING, PROC_RUNNING_POSIX), (PROC_TREE, PROC_TREE_POSIX),
               (PROC_BUSY, PROC_BUSY), (PROC_SETTLE, PROC_SETTLE_POSIX),
               (PROC_KILL, PROC_KILL_POSIX), (NOW_MS, NOW_MS_POSIX), (PROC_WAIT, PROC_WAIT_POSIX),
               (ELAPSED, ELAPSED_POSIX), (ETIME_SECONDS, ETIME_SECONDS),
               (TIMER_START, TIMER_START_POSIX), (TIMER_READ, TIMER_READ_POSIX)]
