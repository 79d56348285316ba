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

__utah_apop() {
  # Why: removes the last element of an array (if any).
  # Usage: __utah_apop NAME.
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$__uap_n" -gt 0 ]; then
    __uap_n=$((__uap_n - 1))
    unset "${1}__$__uap_n"
    eval "${1}__n=\$__uap_n"
  fi
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

__utah_array_reverse() {
  # Why: JS a.reverse(); sh has no arrays, let alone a reversal.  Swaps from both
  # ends, so NAME may be __ra.
  # Usage: __utah_array_reverse NAME -> __ra (the caller writes it back).
  __uar_n='' __uar_x=''  # set by eval below
  eval "__uar_n=\${$1__n:-0}"
  __uar_i=0 __uar_j=$(( __uar_n - 1 ))
  while [ "$__uar_i" -le "$__uar_j" ]; do
    eval "__uar_x=\${$1__$__uar_i} __uar_y=\${$1__$__uar_j}"
    eval "__ra__$__uar_i=\$__uar_y __ra__$__uar_j=\$__uar_x"
    __uar_i=$(( __uar_i + 1 )) __uar_j=$(( __uar_j - 1 ))
  done
  __utah_ra_len "$__uar_n"
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

__utah_aclear items
__utah_apush items b c
__utah_apush items d
printf '%s\n' "$items__n"
__utah_aclear __uy
__utah_apush __uy a
__utah_acopy __uy items 0
__utah_aclear items
__utah_acopy items __uy 0
printf '%s\n' "$items__n"
__utah_join items ','
__t1=$__r
printf '%s\n' "$__t1 $((items__n))"
__t2='undefined'
if [ "$((items__n > 0))" -ne 0 ]; then
  eval "__e1=\${items__$((items__n - 1))}"
  __t2=$__e1
  __utah_apop items
fi
__t3="${__t2#}"
__t4="${items__0-undefined}"
__utah_aclear __uy
__utah_acopy __uy items 1
__utah_aclear items
__utah_acopy items __uy 0
printf '%s\n' "$__t3 ${__t4#}"
__utah_join items ','
__t5=$__r
printf '%s\n' "$__t5"
__utah_aclear nums
__utah_apush nums 3 1 2
__utah_array_reverse nums
__utah_aclear nums
__utah_acopy nums __ra 0
__utah_join nums ','
__t6=$__r
printf '%s\n' "$__t6"
__utah_apush nums 9
printf '%s\n' "$((nums__n)) ${nums__3-undefined}"
__utah_aclear holder
__utah_apush holder 'x y' '*'
__utah_apush holder '  z  '
printf '%s\n' "$((holder__n)):${holder__0-undefined}:${holder__1-undefined}:${holder__2-undefined}:"
