#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_uuid() {
  # Why: utility.uuid: the kernel's random UUID, read without a process; where
  # /proc has none, a version-4 UUID from 16 bytes of /dev/urandom (one `od`).
  # Usage: __utah_uuid -> __r (lower-case, 8-4-4-4-12 hex digits).
  if [ -r /proc/sys/kernel/random/uuid ] && read -r __r </proc/sys/kernel/random/uuid; then
    return 0
  fi
  __uuu_s=$(od -An -N16 -tx1 /dev/urandom)
  __uuu_i=0
  __r=
  while [ "$__uuu_i" -lt 16 ]; do
    __uuu_s=${__uuu_s#"${__uuu_s%%[0123456789abcdef]*}"}
    __uuu_b=${__uuu_s%"${__uuu_s#??}"}
    __uuu_s=${__uuu_s#??}
    case $__uuu_i in 4 | 6 | 8 | 10) __r=$__r- ;; esac
    case $__uuu_i:$__uuu_b in
      6:*) __uuu_b=4${__uuu_b#?} ;;
      8:[0123]*) __uuu_b=8${__uuu_b#?} ;;
      8:[4567]*) __uuu_b=9${__uuu_b#?} ;;
      8:[89ab]*) __uuu_b=a${__uuu_b#?} ;;
      8:*) __uuu_b=b${__uuu_b#?} ;;
    esac
    __r=$__r$__uuu_b
    __uuu_i=$((__uuu_i + 1))
  done
}

__utah_uuid
a=$__r
__utah_uuid
b=$__r
if [ "$a" != "$b" ]; then
  __t3=true
else
  __t3=false
fi
if __utah_text_is uuid "$a"; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t3 $((${#a})) $__t4"
