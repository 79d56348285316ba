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

__utah_case_map() {
  # Why: JS toUpperCase / toLowerCase on the POSIX target without tr (GNU tr maps
  # no multibyte letter) and without a process: each ASCII and Latin-1 letter is
  # replaced as literal text, so byte-counting shells map UTF-8 text too.  Other
  # letters (ß, ÿ, µ, Greek, Cyrillic...) are left as they are.
  # Usage: __utah_case_map S upper|lower -> __r.
  __ucm_s=$1
  for __ucm_p in \
    a:A b:B c:C d:D e:E f:F g:G h:H i:I j:J k:K l:L m:M n:N o:O p:P q:Q r:R s:S \
    t:T u:U v:V w:W x:X y:Y z:Z à:À á:Á â:Â ã:Ã ä:Ä å:Å æ:Æ ç:Ç è:È é:É ê:Ê ë:Ë \
    ì:Ì í:Í î:Î ï:Ï ð:Ð ñ:Ñ ò:Ò ó:Ó ô:Ô õ:Õ ö:Ö ø:Ø ù:Ù ú:Ú û:Û ü:Ü ý:Ý þ:Þ; do
    if [ "$2" = upper ]; then __ucm_f=${__ucm_p%:*} __ucm_t=${__ucm_p#*:}; else __ucm_f=${__ucm_p#*:} __ucm_t=${__ucm_p%:*}; fi
    case $__ucm_s in *"$__ucm_f"*) ;; *) continue ;; esac
    __r=
    while :; do
      __ucm_a=${__ucm_s#*"$__ucm_f"}
      if [ "$__ucm_a" = "$__ucm_s" ]; then break; fi
      __r=$__r${__ucm_s%"$__ucm_f$__ucm_a"}$__ucm_t __ucm_s=$__ucm_a
    done
    __ucm_s=$__r$__ucm_s
  done
  __r=$__ucm_s
}

__utah_upper() {
  # Why: JS s.toUpperCase() (POSIX sh has no ${s^^}).
  # Usage: __utah_upper S -> __r.
  __utah_case_map "$1" upper
}

n=4
s='abc'
__utah_upper "$s"
__t1=$__r
if [ "$((n > 3))" -ne 0 ]; then
  __t2='big'
else
  __t2='small'
fi
__utah_str_repeat q 2 || __utah_uncaught
__t3=$__r
printf '%s\n' "$(((n * 2) + 1)) $__t1 $__t2 $((${#s} + n)) $__t3"
