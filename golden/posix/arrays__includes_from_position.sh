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

__utah_array_index_of() {
  # Why: JS a.indexOf(x, from): the first whole element equal to x (a loop; no
  # pattern matching on the joined text).
  # Usage: __utah_array_index_of NAME X [FROM] -> __r (index, or -1).
  __uai_n='' __uai_e=''  # set by eval below
  eval "__uai_n=\${$1__n:-0}"
  __uai_i=0
  if [ $# -gt 2 ]; then __utah_rel_pos "$3" "$__uai_n"; __uai_i=$__r; fi
  while [ "$__uai_i" -lt "$__uai_n" ]; do
    eval "__uai_e=\${$1__$__uai_i}"
    if [ "$__uai_e" = "$2" ]; then __r=$__uai_i; return 0; fi
    __uai_i=$(( __uai_i + 1 ))
  done
  __r=-1
}

__utah_aclear xs
__utah_apush xs 1 2 3 2
__utah_aclear words
__utah_apush words a b
from=3
if __utah_array_index_of xs 2 2 && [ "$((__r >= 0))" -ne 0 ]; then
  __t1=true
else
  __t1=false
fi
if __utah_array_index_of xs 1 1 && [ "$((__r >= 0))" -ne 0 ]; then
  __t2=true
else
  __t2=false
fi
if __utah_array_index_of xs 2 -1 && [ "$((__r >= 0))" -ne 0 ]; then
  __t3=true
else
  __t3=false
fi
if __utah_array_index_of xs 1 -10 && [ "$((__r >= 0))" -ne 0 ]; then
  __t4=true
else
  __t4=false
fi
if __utah_array_index_of xs 3 9 && [ "$((__r >= 0))" -ne 0 ]; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
if __utah_array_index_of words a 1 && [ "$((__r >= 0))" -ne 0 ]; then
  __t6=true
else
  __t6=false
fi
if __utah_array_index_of words b 1 && [ "$((__r >= 0))" -ne 0 ]; then
  __t7=true
else
  __t7=false
fi
if __utah_array_index_of xs 2 "$from" && [ "$((__r >= 0))" -ne 0 ]; then
  __t8=true
else
  __t8=false
fi
if __utah_array_index_of xs 3 "$from" && [ "$((__r >= 0))" -ne 0 ]; then
  __t9=true
else
  __t9=false
fi
printf '%s\n' "$__t6 $__t7 $__t8 $__t9"
__utah_aclear odd
__utah_apush odd NaN 1
if __utah_array_index_of odd NaN 0 && [ "$((__r >= 0))" -ne 0 ]; then
  __t10=true
else
  __t10=false
fi
if __utah_array_index_of odd NaN 1 && [ "$((__r >= 0))" -ne 0 ]; then
  __t11=true
else
  __t11=false
fi
if ! { __utah_array_index_of odd 1 1 && [ "$((__r >= 0))" -ne 0 ]; }; then
  __t12=true
else
  __t12=false
fi
printf '%s\n' "$__t10 $__t11 $__t12"
