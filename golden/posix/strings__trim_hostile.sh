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

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace (space, tab,
  # newline, VT, FF, CR: posh has no [[:space:]], so the set is spelled out).
  # Usage: __utah_trim_start S -> __r.
  __uts_w=' 	
'
  __r=${1#"${1%%[!$__uts_w]*}"}
}

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace (the set of
  # __utah_trim_start).
  # Usage: __utah_trim_end S -> __r.
  __ute_w=' 	
'
  __r=${1%"${1##*[!$__ute_w]}"}
}

__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
}

__utah_aclear values
__utah_apush values '  *  ' '	-n	' ' $HOME ' ' a\b ' " \"q\" 's' " ' [x]? ' ' `id` ' ' %s '
__utah_aclear __f1
__utah_acopy __f1 values 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "v=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __utah_trim "$v"
  __t1=$__r
  printf '%s\n' "<$__t1>"
done
