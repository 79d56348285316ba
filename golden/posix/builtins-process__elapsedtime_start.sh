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

__utah_int_width() {
  # Why: mksh does shell arithmetic in 32 bits, the other shells in 64; integer fast
  # paths must know how many digits stay exact.  Pure arithmetic, set once.
  # Usage: __utah_int_width -> globals __uw (digits an integer comparison may hold:
  # 18 or 9) and __um (largest exact integer: 2^53-1 or 2^31-1).
  if [ $(( 2147483647 + 1 )) -gt 0 ]; then
    __uw=18 __um=9007199254740991
  else
    __uw=9 __um=2147483647
  fi
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1) (+-(2^31-1)
  # on mksh, whose arithmetic is 32-bit).
  __uti_x=$1 __uti_g=
  [ -n "${__uw-}" ] || __utah_int_width
  case $__uti_x in -*) __uti_g=- __uti_x=${__uti_x#-} ;; +*) __uti_x=${__uti_x#+} ;; esac
  case $__uti_x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=$__uti_g$__um; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __uti_x=${__uti_x%%.*}
  __uti_x=${__uti_x#"${__uti_x%%[!0]*}"}
  case $__uti_x in *[!0-9]*) __r=0; return 0 ;; esac
  if [ ${#__uti_x} -gt $(( __uw > 9 ? 15 : 9 )) ]; then
    __r=$__uti_g$__um
  else
    __r=$(( $__uti_g${__uti_x:-0} ))
  fi
}

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}

__utah_qmarks() {
  # Why: POSIX sh has no ${s:i:n}; a pattern of N `?` strips N characters with
  # ${s#$pattern}.  Built by doubling, not one character per loop turn.
  # Usage: __utah_qmarks N -> __r (N question marks).
  __uqm_n=$1 __uqm_q='?' __r=
  while [ "$__uqm_n" -gt 0 ]; do
    if [ $(( __uqm_n % 2 )) -eq 1 ]; then __r=$__r$__uqm_q; fi
    __uqm_n=$(( __uqm_n / 2 )) __uqm_q=$__uqm_q$__uqm_q
  done
}

__utah_cut() {
  # Why: POSIX sh has no ${s:start:len}; this strips START characters and keeps
  # LEN with patterns of `?` (no process, no loop per character).
  # Usage: __utah_cut S START [LEN] -> __r (START, LEN >= 0).
  if [ "$2" -ge ${#1} ]; then __r=; return 0; fi
  __utah_qmarks "$2"
  __uct_t=${1#$__r}
  if [ $# -gt 2 ] && [ "$3" -lt ${#__uct_t} ]; then
    __utah_qmarks "$3"
    __r=${__uct_t#$__r}
    __r=${__uct_t%"$__r"}
  else
    __r=$__uct_t
  fi
}

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in "$2"*) return 0 ;; esac
  return 1
}

__utah_elapsed
t=$__r
if __utah_str_starts_with "$t" 00:00:0; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2 $((${#t}))"
