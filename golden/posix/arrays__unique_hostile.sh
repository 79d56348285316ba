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

__utah_array_unique() {
  # Why: Utah's array.unique(a): drops repeated elements, keeping the first of
  # each (no sort | uniq; sh has no associative array, so each element is looked
  # up among those kept).
  # Usage: __utah_array_unique NAME -> __ra.
  __uau_n='' __uau_e='' __uau_x=''  # set by eval below
  eval "__uau_n=\${$1__n:-0}"
  __uau_i=0 __uau_k=0
  while [ "$__uau_i" -lt "$__uau_n" ]; do
    eval "__uau_e=\${$1__$__uau_i}"
    __uau_j=0
    while [ "$__uau_j" -lt "$__uau_k" ]; do
      eval "__uau_x=\$__ra__$__uau_j"
      if [ "$__uau_x" = "$__uau_e" ]; then break; fi
      __uau_j=$(( __uau_j + 1 ))
    done
    if [ "$__uau_j" -eq "$__uau_k" ]; then
      eval "__ra__$__uau_k=\$__uau_e"
      __uau_k=$(( __uau_k + 1 ))
    fi
    __uau_i=$(( __uau_i + 1 ))
  done
  __utah_ra_len "$__uau_k"
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
__utah_apush xs a 'a ' '*' a '*' '' ''
__utah_array_unique xs
__utah_aclear u
__utah_acopy u __ra 0
__utah_join u '|'
__t1=$__r
printf '%s\n' "$((u__n)) [$__t1]"
