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

__utah_base64_decode() {
  # Why: utility.base64Decode runs one `base64 -d`; its status travels after the
  # text so that trailing newlines of the decoded text survive $( ).
  # Usage: __utah_base64_decode TEXT -> __r; invalid base64 or no base64 tool (status
  # 126/127: not found or not runnable) -> __err, status 1.
  # NUL bytes cannot live in a shell string: they are dropped.
  { __r=$(printf '%s' "$1" | base64 -d 2>/dev/null; printf '/%d' "$?"); } 2>/dev/null
  case ${__r##*/} in
    0) __r=${__r%/*} ;;
    126 | 127) __err="utility.base64Decode: base64 failed (is it installed?)"; return 1 ;;
    *) __err="utility.base64Decode: invalid base64 text"; return 1 ;;
  esac
}

__utah_base64_encode() {
  # Why: utility.base64Encode runs one base64 over the exact bytes; its line
  # breaks (GNU wraps at 76 columns, and -w is not portable) are removed here.
  # Usage: __utah_base64_encode TEXT -> __r; no base64 tool -> __err, status 1.
  if ! __ube_s=$(printf '%s' "$1" | base64 2>/dev/null); then
    __err="utility.base64Encode: base64 failed (is it installed?)"
    return 1
  fi
  __ube_nl='
'
  __r=
  while :; do
    __ube_a=${__ube_s#*"$__ube_nl"}
    if [ "$__ube_a" = "$__ube_s" ]; then break; fi
    __r=$__r${__ube_s%"$__ube_nl$__ube_a"} __ube_s=$__ube_a
  done
  __r=$__r$__ube_s
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_aclear texts
__utah_apush texts '' a 'line

' "* \$HOME \`x\` 'q'" '	tab\' 'é ✓'
__utah_aclear __f1
__utah_acopy __f1 texts 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "t=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __utah_base64_encode "$t" || __utah_uncaught
  __t1=$__r
  __utah_base64_decode "$__t1" || __utah_uncaught
  __t2=$__r
  if [ "$__t2" = "$t" ]; then
    __t3=true
  else
    __t3=false
  fi
  printf '%s\n' "$__t3"
done
