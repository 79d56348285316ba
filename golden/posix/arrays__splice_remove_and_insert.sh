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

__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=$(( __r + $2 )); fi
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}

__utah_array_splice() {
  # Why: JS a.splice(start, count, ...items): a negative START counts from the end,
  # no COUNT removes the rest.  Two results: the removed elements go to the array
  # named OUT, the spliced array to __ra (the caller writes it back to NAME); it is
  # built in __uspl first, since NAME may be __ra.
  # Usage: __utah_array_splice NAME OUT START [COUNT [ITEM...]] -> OUT, __ra.
  __uspl_n=''  # set by eval below
  __uspl_a=$1 __uspl_o=$2
  eval "__uspl_n=\${$1__n:-0}"
  __utah_rel_pos "$3" "$__uspl_n"
  __uspl_s=$__r __uspl_e=$__uspl_n
  if [ $# -gt 3 ]; then
    __utah_to_int "$4"
    if [ "$__r" -lt $(( __uspl_n - __uspl_s )) ]; then
      __uspl_e=$(( __uspl_s + (__r < 0 ? 0 : __r) ))
    fi
    shift
  fi
  shift 3
  __utah_aclear "$__uspl_o"
  eval "${__uspl_o}__n=$(( __uspl_e - __uspl_s ))"
  __uspl_i=0 __uspl_k=0
  while [ "$__uspl_i" -le "$__uspl_n" ]; do
    if [ "$__uspl_i" -eq "$__uspl_s" ]; then
      for __uspl_v in "$@"; do
        eval "__uspl__$__uspl_k=\$__uspl_v"
        __uspl_k=$(( __uspl_k + 1 ))
      done
    fi
    if [ "$__uspl_i" -eq "$__uspl_n" ]; then
      break
    elif [ "$__uspl_i" -ge "$__uspl_s" ] && [ "$__uspl_i" -lt "$__uspl_e" ]; then
      eval "${__uspl_o}__$(( __uspl_i - __uspl_s ))=\${${__uspl_a}__$__uspl_i}"
    else
      eval "__uspl__$__uspl_k=\${${__uspl_a}__$__uspl_i}"
      __uspl_k=$(( __uspl_k + 1 ))
    fi
    __uspl_i=$(( __uspl_i + 1 ))
  done
  __uspl_i=0
  while [ "$__uspl_i" -lt "$__uspl_k" ]; do
    eval "__ra__$__uspl_i=\$__uspl__$__uspl_i"
    __uspl_i=$(( __uspl_i + 1 ))
  done
  __utah_ra_len "$__uspl_k"
}

__utah_join() {
  # Why: JS a.join(sep) of an array held as NAME__n, NAME__0... (no arrays in sh);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  __uaj_n='' __uaj_e=''  # set by eval below
  eval "__uaj_n=\${$1__n:-0}"
  __uaj_i=0 __r=
  while [ "$__uaj_i" -lt "$__uaj_n" ]; do
    if [ "$__uaj_i" -gt 0 ]; then __r=$__r$2; fi
    eval "__uaj_e=\${$1__$__uaj_i}"
    case $__uaj_e in ''null | ''undefined) ;; *) __r=$__r$__uaj_e ;; esac
    __uaj_i=$(( __uaj_i + 1 ))
  done
}

__utah_aclear xs
__utah_apush xs a b c d e
__utah_aclear __t1
__utah_array_splice xs __t1 1 2 X Y Z
__utah_aclear xs
__utah_acopy xs __ra 0
__utah_aclear removed
__utah_acopy removed __t1 0
__utah_join removed ','
__t2=$__r
__utah_join xs ','
__t3=$__r
printf '%s\n' "$__t2 $__t3"
