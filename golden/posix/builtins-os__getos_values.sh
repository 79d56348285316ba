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

__utah_get_os() {
  # Why: os.getOS: POSIX sh has no $OSTYPE, so one `uname -s` names the system.
  # Usage: __utah_get_os -> __r: linux, mac, windows or unknown.
  __ugo_s=$(uname -s 2>/dev/null)
  case $__ugo_s in
    [Ll][Ii][Nn][Uu][Xx]*) __r=linux ;;
    [Dd][Aa][Rr][Ww][Ii][Nn]*) __r=mac ;;
    [Mm][Ss][Yy][Ss]* | [Cc][Yy][Gg][Ww][Ii][Nn]* | [Mm][Ii][Nn][Gg][Ww]* | [Ww][Ii][Nn]32* | [Ww][Ii][Nn][Dd][Oo][Ww][Ss]*) __r=windows ;;
    *) __r=unknown ;;
  esac
}

__utah_get_os
o=$__r
__utah_aclear __t2
__utah_apush __t2 linux mac windows unknown
if __utah_array_includes __t2 "$o"; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
