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

__utah_str_cmp() {
  # Why: JS compares strings by code unit; POSIX test has no string order (and
  # [ < ] where it exists follows the locale).  The common prefix is skipped, then
  # the first differing characters are ranked in a table of ASCII; other characters
  # by printf's character code (one process, only for such characters): UTF-8 byte
  # order and code point order agree.
  # Usage: __utah_str_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  __usc_a=$2 __usc_b=$3 __usc_c=0
  if [ "$__usc_a" != "$__usc_b" ]; then
    while :; do
      __usc_x=${__usc_a#?} __usc_y=${__usc_b#?}
      __usc_x=${__usc_a%"$__usc_x"} __usc_y=${__usc_b%"$__usc_y"}
      if [ "$__usc_x" != "$__usc_y" ]; then break; fi
      __usc_a=${__usc_a#?} __usc_b=${__usc_b#?}
    done
    __usc_t='	
 !"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'
    __usc_i=${__usc_t#*"$__usc_x"} __usc_j=${__usc_t#*"$__usc_y"}
    if [ -z "$__usc_x" ]; then
      __usc_c=-1
    elif [ -z "$__usc_y" ]; then
      __usc_c=1
    elif [ "$__usc_i" = "$__usc_t" ] || [ "$__usc_j" = "$__usc_t" ]; then
      __usc_i=$(printf %d "'$__usc_x") __usc_j=$(printf %d "'$__usc_y")
      __usc_c=$(( __usc_i < __usc_j ? -1 : 1 ))
    else
      __usc_c=$(( ${#__usc_i} > ${#__usc_j} ? -1 : 1 ))
    fi
  fi
  case $1 in
    '<') [ "$__usc_c" -lt 0 ] ;;
    '>') [ "$__usc_c" -gt 0 ] ;;
    '<=') [ "$__usc_c" -le 0 ] ;;
    '>=') [ "$__usc_c" -ge 0 ] ;;
    '==') [ "$__usc_c" -eq 0 ] ;;
    '!=') [ "$__usc_c" -ne 0 ] ;;
    *) return 2 ;;
  esac
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

__utah_aclear values
__utah_apush values '*' -n 'a b' '' '[x]' '$HOME' 'é'
__utah_aclear __f1
__utah_acopy __f1 values 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "v=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  if [ "$v" = '*' ]; then
    printf '%s\n' "star [$v]"
  elif __utah_str_starts_with "$v" -; then
    printf '%s\n' "dash [$v]"
  elif [ -z "$v" ]; then
    printf '%s\n' empty
  elif __utah_str_cmp '>' "$v" Z; then
    printf '%s\n' "above Z [$v]"
  else
    printf '%s\n' "other [$v]"
  fi
done
if false || false || false; then
  printf '%s\n' 'glob matched: wrong'
else
  printf '%s\n' 'no glob matching'
fi
