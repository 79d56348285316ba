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

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  __uan_n='' __uan_e=''  # set by eval below
  eval "__uan_n=\${$1__n:-0}"
  __uan_i=0
  while [ "$__uan_i" -lt "$__uan_n" ]; do
    eval "__uan_e=\${$1__$__uan_i}"
    if [ "$__uan_e" = "$2" ]; then return 0; fi
    __uan_i=$(( __uan_i + 1 ))
  done
  return 1
}

__utah_aclear xs
__utah_apush xs 'a b' '*' c
if __utah_array_includes xs a; then
  __t1=true
else
  __t1=false
fi
if __utah_array_includes xs 'a b'; then
  __t2=true
else
  __t2=false
fi
if __utah_array_includes xs '*'; then
  __t3=true
else
  __t3=false
fi
if __utah_array_includes xs '?'; then
  __t4=true
else
  __t4=false
fi
if __utah_array_includes xs c; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
if __utah_array_includes xs b; then
  __t6=true
else
  __t6=false
fi
if __utah_array_includes xs '*'; then
  __t7=true
else
  __t7=false
fi
__utah_aclear __t8
__utah_apush __t8 x
if __utah_array_includes __t8 ''; then
  __t9=true
else
  __t9=false
fi
__utah_aclear __t10
__utah_apush __t10 ''
if __utah_array_includes __t10 ''; then
  __t11=true
else
  __t11=false
fi
printf '%s\n' "$__t6 $__t7 $__t9 $__t11"
