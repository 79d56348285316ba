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

__utah_text_is() {
  # Why: validate.isEmail, isURL, isUUID and isAlphaNumeric, each the shape of the
  # bash version's ERE, checked with case patterns (no =~ in POSIX sh).
  # Usage: __utah_text_is KIND S (KIND: email url uuid alnum) -> status 0 when S
  # has that shape.  url compares its scheme in either case.
  case $1 in
    email)
      case $2 in *@*@* | @* | *@) return 1 ;; *@*) ;; *) return 1 ;; esac
      __uti_a=${2%@*} __uti_d=${2#*@}
      case $__uti_a in .* | *. | *..* | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_%+.-]*) return 1 ;; esac
      __uti_t=${__uti_d##*.}
      case $__uti_t in '' | ? | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz]*) return 1 ;; esac
      case $__uti_d in *.*) ;; *) return 1 ;; esac
      __uti_d=${__uti_d%.*}.
      case $__uti_d in .* | *..* | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-]* | -* | *-. | *.-*) return 1 ;; esac
      return 0
      ;;
    url)
      case $2 in *://*) ;; *) return 1 ;; esac
      case ${2%%://*} in
        [Hh][Tt][Tt][Pp] | [Hh][Tt][Tt][Pp][Ss] | [Ff][Tt][Pp] | [Ff][Tt][Pp][Ss]) ;;
        *) return 1 ;;
      esac
      __uti_s=${2#*://} __uti_w=' 	
'
      __uti_a=${__uti_s%%[/?#]*}
      case ${__uti_s#"$__uti_a"} in *[$__uti_w]*) return 1 ;; esac
      case $__uti_a in
        *@*@* | @*) return 1 ;;
        *@*)
          case ${__uti_a%@*} in *[$__uti_w]*) return 1 ;; esac
          __uti_a=${__uti_a#*@}
          ;;
      esac
      case $__uti_a in
        \[*)
          __uti_d=${__uti_a%%]*}
          __uti_d=${__uti_d#?}
          __uti_a=${__uti_a#*]}
          case $__uti_d in '' | *[!0123456789ABCDEFabcdef:.]*) return 1 ;; esac
          ;;
        *)
          __uti_d=${__uti_a%%:*}
          __uti_a=${__uti_a#"$__uti_d"}
          case $__uti_d in '' | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-]* | [.-]* | *[.-]) return 1 ;; esac
          ;;
      esac
      case $__uti_a in
        '') return 0 ;;
        :??????* | :*[!0123456789]* | :) return 1 ;;
        :*) return 0 ;;
      esac
      return 1
      ;;
    uuid)
      __uti_h='[0123456789ABCDEFabcdef]'
      __uti_4=$__uti_h$__uti_h$__uti_h$__uti_h
      # shellcheck disable=SC2254  # the pattern is built from the hex class above
      case $2 in
        $__uti_4$__uti_4-$__uti_4-$__uti_4-$__uti_4-$__uti_4$__uti_4$__uti_4) return 0 ;;
      esac
      return 1
      ;;
  esac
  case $2 in '' | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789]*) return 1 ;; esac
  return 0
}

__utah_aclear xs
__utah_apush xs '' 'a b' a_b 'é' 'a
' '*' a-b '[a]'
__utah_aclear __f1
__utah_acopy __f1 xs 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "x=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  if __utah_text_is alnum "$x"; then
    __t1=true
  else
    __t1=false
  fi
  printf '%s\n' "$__t1"
done
