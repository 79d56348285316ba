#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_proc_state() {
  # Why: /proc/PID/stat tells a process's state and parent without a process; the
  # command name in (…) may hold anything, so the fields after its last ") " are read.
  # The file vanishes when the process is reaped: 2>/dev/null comes first, or yash and
  # ksh93 report the failed open.
  # Usage: __utah_proc_state PID -> __r ("STATE PPID …"), status 1 without /proc.
  [ -r "/proc/$1/stat" ] && read -r __r 2>/dev/null <"/proc/$1/stat" || return 1
  __r=${__r##*") "}
}

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

__utah_elapsed
__t1=$__r
printf '%s\n' "$__t1"
