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

__utah_aclear xs
__t1='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t1=$__e1
  __utah_apop xs
fi
__t2="${__t1#}"
__t3="${xs__0-undefined}"
__utah_aclear __uy
__utah_acopy __uy xs 1
__utah_aclear xs
__utah_acopy xs __uy 0
printf '%s\n' "$__t2 ${__t3#} $((xs__n))"
