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

__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1.
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$__r" -ge ${#1} ]; then __r=; else __utah_cut "$1" "$__r" 1; fi
}

s='ab'
__utah_char_at "$s" 1
__t1=$__r
if [ -z "$__t1" ]; then
  __t1='undefined'
fi
__utah_char_at "$s" 2
__t2=$__r
if [ -z "$__t2" ]; then
  __t2='undefined'
fi
__utah_char_at "$s" 5
__t4=$__r
if [ -z "$__t4" ]; then
  __t4='undefined'
fi
__t3=$__t4
if [ "$__t3" = 'undefined' ] || [ "$__t3" = 'null' ]; then
  __t3='none'
fi
__utah_char_at "$s" 0
__t6=$__r
if [ -z "$__t6" ]; then
  __t6='undefined'
fi
__t5=$__t6
if [ -z "$__t5" ] || [ "$__t5" = 'undefined' ] || [ "$__t5" = 'null' ]; then
  __t5='empty'
fi
__utah_char_at "$s" 9
__t8=$__r
if [ -z "$__t8" ]; then
  __t8='undefined'
fi
case "$__t8" in
  'undefined')
    __t7='undefined'
    ;;
  'null')
    __t7='object'
    ;;
  *)
    __t7='string'
    ;;
esac
printf '%s\n' "${__t1#} ${__t2#} $__t3 $__t5 $__t7"
word=''
__utah_char_at "$word" 0
__t9=$__r
if [ -z "$__t9" ]; then
  __t9='undefined'
fi
if [ "$__t9" = 'undefined' ]; then
  __t10=true
else
  __t10=false
fi
__utah_char_at "$s" 7
__t11=$__r
if [ -z "$__t11" ]; then
  __t12=true
else
  __t12=false
fi
printf '%s\n' "$__t10 $__t12"
i=$((0))
while [ "$((i < 3))" -ne 0 ]; do
  __utah_char_at "$s" "$i"
  __t13=$__r
  if [ -z "$__t13" ]; then
    __t13='undefined'
  fi
  if [ -n "$__t13" ] && [ "$__t13" != 'undefined' ] && [ "$__t13" != 'null' ]; then
    __utah_char_at "$s" "$i"
    __t14=$__r
    if [ -z "$__t14" ]; then
      __t14='undefined'
    fi
    printf '%s\n' "$i ${__t14#}"
  fi
  i=$((i + 1))
done
