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

__utah_aclear xs
__utah_aclear ys
__utah_apush ys a b
i=-1
__t2=$((xs__n - 1))
eval "__e1=\${xs__$((__t2 < 0 ? 2147483647 : __t2))-undefined}"
__t1=$__e1
if [ "$__t1" = 'undefined' ] || [ "$__t1" = 'null' ]; then
  __t1='none'
fi
__t3=$((xs__n - 1))
if eval "__e1=\${xs__$((__t3 < 0 ? 2147483647 : __t3))-undefined}"; [ "$__e1" = 'undefined' ]; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t4"
eval "__e1=\${ys__$((i < 0 ? 2147483647 : i))-undefined}"
__t5=$__e1
if [ "$__t5" = 'undefined' ] || [ "$__t5" = 'null' ]; then
  __t5='none'
fi
__t6='undefined'
if [ "$__t6" = 'undefined' ] || [ "$__t6" = 'null' ]; then
  __t6='none'
fi
if true; then
  __t7=true
else
  __t7=false
fi
__t8=$((ys__n - 1))
__t9=$((i + 1))
eval "__e1=\${ys__$((__t8 < 0 ? 2147483647 : __t8))-undefined}"
eval "__e2=\${ys__$((__t9 < 0 ? 2147483647 : __t9))-undefined}"
printf '%s\n' "$__t5 $__t6 $__t7 $__e1 $__e2"
