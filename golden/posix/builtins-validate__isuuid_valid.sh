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

if __utah_text_is uuid 123e4567-e89b-12d3-a456-426614174000; then
  __t1=true
else
  __t1=false
fi
printf '%s\n' "$__t1"
if __utah_text_is uuid 123E4567-E89B-12D3-A456-426614174000; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
