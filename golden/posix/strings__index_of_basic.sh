#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  __usi_p=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; __usi_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usi_p; return 0; fi
  __utah_cut "$1" "$__usi_p"
  __usi_t=${__r#*"$2"}
  if [ "$__usi_t" = "$__r" ]; then __r=-1; else __r=$(( __usi_p + ${#__r} - ${#__usi_t} - ${#2} )); fi
}

__utah_str_last_index_of() {
  # Why: JS s.lastIndexOf(sub, from) by parameter expansion.
  # Usage: __utah_str_last_index_of S SUB [FROM] -> __r (index, or -1).
  __usl_p=${#1}
  if [ $# -gt 2 ] && [ "$3" != NaN ]; then __utah_clamp_pos "$3" ${#1}; __usl_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usl_p; return 0; fi
  __utah_cut "$1" 0 $(( __usl_p + ${#2} ))
  __usl_t=${__r##*"$2"}
  if [ "$__usl_t" = "$__r" ]; then __r=-1; else __r=$(( ${#__r} - ${#__usl_t} - ${#2} )); fi
}

s='banana'
__utah_str_index_of "$s" an
__t1=$__r
__utah_str_last_index_of "$s" an
__t2=$__r
__utah_str_index_of "$s" x
__t3=$__r
__utah_str_index_of "$s" na
__t4=$__r
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
__utah_str_last_index_of "$s" a
__t5=$__r
printf '%s\n' "$__t5"
