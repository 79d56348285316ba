#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_aclear() {
  # Why: `NAME=()`: the elements are unset, so reading past the end gives "".
  # Usage: __utah_aclear NAME -> NAME is the empty array.
  eval "__uac_i=\${${1}__n:-0}"
  while [ "$__uac_i" -gt 0 ]; do
    __uac_i=$((__uac_i - 1))
    unset "${1}__$__uac_i"
  done
  eval "${1}__n=0"
}

__utah_acopy() {
  # Why: `DST+=("${SRC[@]:START}")`; the length of SRC is read first, so SRC may be DST.
  # Usage: __utah_acopy DST SRC START.
  __uap_i=$3
  eval "__uap_c=\${${2}__n:-0} __uap_n=\${${1}__n:-0}"
  while [ "$__uap_i" -lt "$__uap_c" ]; do
    eval "${1}__$__uap_n=\${${2}__$__uap_i}"
    __uap_n=$((__uap_n + 1))
    __uap_i=$((__uap_i + 1))
  done
  eval "${1}__n=\$__uap_n"
}

__utah_ra_len() {
  # Why: the POSIX target's array result __ra ends at __ra__n; elements past the
  # length are unset (the posix array convention).
  # Usage: __utah_ra_len N -> __ra__n=N, with __ra__N... unset.
  __url_i=$1
  while [ "$__url_i" -lt "${__ra__n:-0}" ]; do
    unset "__ra__$__url_i"
    __url_i=$(( __url_i + 1 ))
  done
  __ra__n=$1
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

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).  With mksh's
  # 32-bit arithmetic a limit of 2^31 or more becomes 2^31-1 (as good as no limit).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  if [ "$__uw" -gt 9 ]; then
    __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
  elif [ "$__r" -lt 0 ]; then
    __r=$__um
  fi
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra (__ra__n, __ra__0...).
  __usp_s=$1 __usp_n=-1 __usp_k=0
  if [ $# -gt 2 ]; then __utah_to_uint32 "$3"; __usp_n=$__r; fi
  if [ -z "$2" ]; then
    while [ -n "$__usp_s" ] && [ "$__usp_k" -ne "$__usp_n" ]; do
      __usp_t=${__usp_s#?}
      __usp_t=${__usp_s%"$__usp_t"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_s=${__usp_s#?} __usp_k=$(( __usp_k + 1 ))
    done
  elif [ "$__usp_n" -ne 0 ]; then
    while :; do
      __usp_a=${__usp_s#*"$2"}
      if [ "$__usp_a" = "$__usp_s" ]; then break; fi
      __usp_t=${__usp_s%"$2$__usp_a"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_k=$(( __usp_k + 1 ))
      if [ "$__usp_k" -eq "$__usp_n" ]; then break; fi
      __usp_s=$__usp_a
    done
    if [ "$__usp_k" -ne "$__usp_n" ]; then eval "__ra__$__usp_k=\$__usp_s"; __usp_k=$(( __usp_k + 1 )); fi
  fi
  __utah_ra_len "$__usp_k"
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

text='a b	c
d e	f'
__utah_split "$text" '
'
__utah_aclear lines
__utah_acopy lines __ra 0
printf '%s\n' "$((lines__n)) [${lines__0-undefined}] [${lines__1-undefined}]"
__t1="${lines__1-undefined}"
if [ "$__t1" = 'undefined' ] || [ "$__t1" = 'null' ]; then
  __err="Cannot read properties of ${__t1#} (reading 'split')"
  __utah_uncaught
fi
__utah_split "$__t1" '	'
__utah_aclear cells
__utah_acopy cells __ra 0
printf '%s\n' "$((cells__n)) [${cells__0-undefined}] [${cells__1-undefined}]"
