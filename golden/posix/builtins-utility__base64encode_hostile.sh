#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_base64_encode() {
  # Why: utility.base64Encode runs one base64 over the exact bytes; its line
  # breaks (GNU wraps at 76 columns, and -w is not portable) are removed here.
  # Usage: __utah_base64_encode TEXT -> __r; no base64 tool -> __err, status 1.
  if ! __ube_s=$(printf '%s' "$1" | base64 2>/dev/null); then
    __err="utility.base64Encode: base64 failed (is it installed?)"
    return 1
  fi
  __ube_nl='
'
  __r=
  while :; do
    __ube_a=${__ube_s#*"$__ube_nl"}
    if [ "$__ube_a" = "$__ube_s" ]; then break; fi
    __r=$__r${__ube_s%"$__ube_nl$__ube_a"} __ube_s=$__ube_a
  done
  __r=$__r$__ube_s
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

__utah_str_repeat() {
  # Why: JS s.repeat(n) by doubling (no printf/seq loop per copy).
  # Usage: __utah_str_repeat S N -> __r; N < 0 or Infinity sets __err, status 1.
  __urp_s=$1
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$2" = Infinity ]; then
    __err="Invalid count value: $2"
    return 1
  fi
  __urp_n=$__r __r=
  while [ "$__urp_n" -gt 0 ]; do
    if [ $(( __urp_n % 2 )) -eq 1 ]; then __r=$__r$__urp_s; fi
    __urp_n=$(( __urp_n / 2 ))
    if [ "$__urp_n" -gt 0 ]; then __urp_s=$__urp_s$__urp_s; fi
  done
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_base64_encode "a b * \$HOME \`x\` 'q' \"dq\" \\ é
	end
" || __utah_uncaught
__t1=$__r
printf '%s\n' "$__t1"
__utah_base64_encode '' || __utah_uncaught
__t2=$__r
printf '%s\n' "[$__t2]"
__utah_base64_encode a || __utah_uncaught
__t3=$__r
__t4=$__t3
__utah_base64_encode '

' || __utah_uncaught
__t5=$__r
printf '%s\n' "$__t4 $__t5"
__utah_base64_encode '-n é ✓ 日本' || __utah_uncaught
__t6=$__r
printf '%s\n' "$__t6"
__utah_str_repeat x 100 || __utah_uncaught
__t7=$__r
__utah_base64_encode "$__t7" || __utah_uncaught
__t8=$__r
printf '%s\n' "$__t8"
