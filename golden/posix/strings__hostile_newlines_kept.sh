#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  __upd_f=${4- }
  __utah_to_int "$3"
  __upd_n=$(( __r - ${#2} ))
  if [ "$__upd_n" -le 0 ] || [ -z "$__upd_f" ]; then __r=$2; return 0; fi
  while [ ${#__upd_f} -lt "$__upd_n" ]; do __upd_f=$__upd_f$__upd_f; done
  __utah_cut "$__upd_f" 0 "$__upd_n"
  if [ "$1" = start ]; then __r=$__r$2; else __r=$2$__r; fi
}

__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  __usb_t=$1 __r=
  while [ "${__usb_t#*\$}" != "$__usb_t" ]; do
    __r=$__r${__usb_t%%\$*}
    __usb_t=${__usb_t#*\$}
    case $__usb_t in
      \$*) __r=$__r\$ __usb_t=${__usb_t#?} ;;
      \&*) __r=$__r$2 __usb_t=${__usb_t#?} ;;
      \`*) __r=$__r$3 __usb_t=${__usb_t#?} ;;
      \'*) __r=$__r$4 __usb_t=${__usb_t#?} ;;
      *) __r=$__r\$ ;;
    esac
  done
  __r=$__r$__usb_t
}

__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  __urr_s=$1 __urr_m=$3
  __urr_a=${__urr_s#*"$2"}
  if [ -n "$2" ] && [ "$__urr_a" = "$1" ]; then __r=$1; return 0; fi
  __urr_b=${__urr_s%"$2$__urr_a"}
  case $__urr_m in *\$*) __utah_subst "$__urr_m" "$2" "$__urr_b" "$__urr_a"; __urr_m=$__r ;; esac
  __r=$__urr_b$__urr_m$__urr_a
}

s='

mid

'
printf '%s\n' "$((${#s}))"
__utah_replace "$s" mid MID
t=$__r
printf '%s\n' "$((${#t})) [$t]"
__utah_pad end "$s" 7 '
'
u=$__r
printf '%s\n' "$((${#u}))"
