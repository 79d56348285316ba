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

__utah_apush() {
  # Why: `NAME+=(VALUE…)` on an array held as NAME__n and NAME__0 ….
  # Usage: __utah_apush NAME VALUE... -> appends the values.
  __uap_name=$1
  shift
  eval "__uap_n=\${${__uap_name}__n:-0}"
  for __uap_v in "$@"; do
    eval "${__uap_name}__$__uap_n=\$__uap_v"
    __uap_n=$((__uap_n + 1))
  done
  eval "${__uap_name}__n=\$__uap_n"
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

__utah_aclear values
__utah_apush values -n -e -E -- - '-x -y'
__utah_aclear __f1
__utah_acopy __f1 values 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "v=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __utah_upper "$v"
  __t1=$__r
  __utah_pad start "$v" 4 .
  __t2=$__r
  printf '%s\n' "$((${#v})):$v:$__t1:$__t2"
done
