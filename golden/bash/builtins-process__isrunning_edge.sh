#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_pid_ok() {
  # Why: a PID reaches kill and wait only as a positive integer: kill -0 -1 would
  # test every process, and text could be an option.
  # Usage: __utah_pid_ok PID -> status 0 when PID is a positive integer.
  [[ $1 =~ ^[1-9][0-9]{0,9}$ ]]
}

__utah_proc_running() {
  # Why: process.isRunning: the process exists and may be signalled (kill -0).
  # Usage: __utah_proc_running PID -> status 0 while it runs.
  __utah_pid_ok "$1" && kill -0 "$1" 2>/dev/null
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
