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

__utah_array_concat() {
  # Why: JS a.concat(b, ...) / Utah's array.merge(a, b) of arrays held by name;
  # collected in __uac first, since a NAME may be __ra.
  # Usage: __utah_array_concat NAME... -> __ra.
  __uac_n=''  # set by eval below
  __uac_k=0
  for __uac_t in "$@"; do
    eval "__uac_n=\${${__uac_t}__n:-0}"
    __uac_i=0
    while [ "$__uac_i" -lt "$__uac_n" ]; do
      eval "__uac__$__uac_k=\${${__uac_t}__$__uac_i}"
      __uac_i=$(( __uac_i + 1 )) __uac_k=$(( __uac_k + 1 ))
    done
  done
  __uac_i=0
  while [ "$__uac_i" -lt "$__uac_k" ]; do
    eval "__ra__$__uac_i=\$__uac__$__uac_i"
    __uac_i=$(( __uac_i + 1 ))
  done
  __utah_ra_len "$__uac_k"
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

__utah_aclear a
__utah_apush a a b
__utah_aclear b
__utah_apush b b 'c d'
__utah_array_concat a b
__utah_aclear m
__utah_acopy m __ra 0
__utah_join m '|'
__t1=$__r
__utah_aclear __t2
__utah_apush __t2 z
__utah_array_concat a __t2
__utah_aclear __t3
__utah_acopy __t3 __ra 0
__utah_join __t3 '|'
__t4=$__r
printf '%s\n' "$((m__n)) $__t1 $__t4"
