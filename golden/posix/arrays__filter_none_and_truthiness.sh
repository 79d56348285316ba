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

__utah_aclear ws
__utah_apush ws a '' b ''
__utah_aclear __t1
__t3=-1
__utah_aclear __f1
__utah_acopy __f1 ws 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "__t2=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __t3=$((__t3 + 1))
  w=$__t2
  if [ "$w" = zz ]; then
    __utah_apush __t1 "$__t2"
  fi
done
__t4=$((__t1__n))
__utah_aclear __t5
__t7=-1
__utah_aclear __f3
__utah_acopy __f3 ws 0
__i4=0
while [ "$__i4" -lt "$__f3__n" ]; do
  eval "__t6=\${__f3__$__i4}"
  __i4=$((__i4 + 1))
  __t7=$((__t7 + 1))
  w_2=$__t6
  if [ -n "$w_2" ]; then
    __utah_apush __t5 "$__t6"
  fi
done
__utah_join __t5 ','
__t8=$__r
printf '%s\n' "$__t4 $__t8"
