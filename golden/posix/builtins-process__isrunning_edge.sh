#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  case $1 in
    '' | 0* | *[!0123456789]* | ???????????*) return 1 ;;
  esac
  return 0
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

if __utah_proc_running "$$"; then
  __t1=true
else
  __t1=false
fi
printf '%s\n' "$__t1"
if __utah_proc_running -1; then
  __t2=true
else
  __t2=false
fi
__t3=$__t2
if __utah_proc_running ''; then
  __t4=true
else
  __t4=false
fi
__t5=$__t4
if __utah_proc_running abc; then
  __t6=true
else
  __t6=false
fi
__t7=$__t6
if __utah_proc_running 999999999; then
  __t8=true
else
  __t8=false
fi
printf '%s\n' "$__t3 $__t5 $__t7 $__t8"
