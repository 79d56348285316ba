"""Predicates of `validate.*`: each is one bash `[[ =~ ]]` (or a number comparison), no
process.  Status 0 means true.  Ranges like [A-Za-z] are ASCII (bash's C/UTF-8 regex).

* ``__utah_text_is KIND S`` with KIND:

  - ``email``: local@domain.tld: dot-separated atoms of letters, digits and
  ``_ % + -``; domain labels of letters, digits and inner ``-``; a TLD of 2+ letters.
  - ``url``: http, https, ftp or ftps (any case) ``://``, optional user@,
  a host name (or [IPv6]), optional :port, then a path/query/fragment without spaces.
  - ``uuid``: 8-4-4-4-12 hex digits, any version, either case.
* ``__utah_is_numeric S [json]`` a finite decimal number as JS writes one: sign,
  digits, fraction, exponent (``-1.5``, ``.5``, ``1e3``); no spaces, hex, Infinity or
  NaN; with ``json`` a JSON string's quotes are removed first.
  - ``alnum``: one or more ASCII letters or digits.
* ``__utah_is_blank S [json]`` empty or only whitespace; with ``json`` also ``null``,
  ``[]``, ``{}`` and a JSON string of only whitespace.
"""

from .charsets import spelled

TEXT_IS = r"""
__utah_text_is() {
  # Why: validate.isEmail, isURL, isUUID and isAlphaNumeric: one [[ =~ ]] each.
  # Usage: __utah_text_is KIND S (KIND: email url uuid alnum) -> status 0 when S
  # has that shape.  url compares its scheme in lower case.
  local __uti_s=$2 __uti_re
  case $1 in
    email) __uti_re='^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$' ;;
    url)
      __uti_re='^(https?|ftps?)://([^[:space:]/?#@]+@)?([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?([/?#][^[:space:]]*)?$'
      __uti_s=${2%%://*}
      __uti_s=${__uti_s,,}${2:${#__uti_s}}
      ;;
    uuid) __uti_re='^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$' ;;
    *) __uti_re='^[A-Za-z0-9]+$' ;;
  esac
  [[ $__uti_s =~ $__uti_re ]]
}
"""

IS_NUMERIC = r"""
__utah_is_numeric() {
  # Why: validate.isNumeric: text that is a finite JS decimal number literal.
  # Usage: __utah_is_numeric S [json] -> status 0 when numeric; with json, S is
  # JSON text and a JSON string is tested without its quotes.
  local __uin_s=$1 __uin_re='^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$'
  if [[ ${2-} == json && $__uin_s == '"'*'"' ]]; then
    __uin_s=${__uin_s:1:${#__uin_s}-2}
  fi
  [[ $__uin_s =~ $__uin_re ]]
}
"""

IS_BLANK = r"""
__utah_is_blank() {
  # Why: validate.isEmpty: "" or only whitespace is empty (as a form validator
  # sees it); JSON null, [], {} and strings of only whitespace are empty too.
  # Usage: __utah_is_blank S [json] -> status 0 when empty.
  local __uib_s=$1
  if [[ ${2-} == json ]]; then
    case $1 in
      null | '[]' | '{}') return 0 ;;
      '"'*'"') __uib_s=${1:1:${#1}-2} ;;
    esac
  fi
  [[ ! $__uib_s =~ [^[:space:]] ]]
}
"""

# --------------------------------------------------------------- POSIX sh versions
# POSIX sh has no =~: the same shapes are checked with case patterns, part by part,
# still without a process.  Letters and digits are listed, not ranged, so that no
# locale widens them (the bash versions' ranges are ASCII too).

TEXT_IS_POSIX = spelled(r"""
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
      __uti_s=${2#*://} __uti_w=@SPACE@
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
""")

IS_NUMERIC_POSIX = r"""
__utah_is_numeric() {
  # Why: validate.isNumeric: text that is a finite JS decimal number literal,
  # checked with case patterns (no =~ in POSIX sh).
  # Usage: __utah_is_numeric S [json] -> status 0 when numeric; with json, S is
  # JSON text and a JSON string is tested without its quotes.
  __uin_s=$1
  if [ "${2-}" = json ]; then
    case $__uin_s in \"*\")
        __uin_s=${__uin_s#?}
        __uin_s=${__uin_s%?}
        ;; esac
  fi
  case $__uin_s in [+-]*) __uin_s=${__uin_s#?} ;; esac
  case $__uin_s in
    *[eE]*)
      __uin_e=${__uin_s#*[eE]}
      __uin_s=${__uin_s%%[eE]*}
      case $__uin_e in [+-]*) __uin_e=${__uin_e#?} ;; esac
      case $__uin_e in '' | *[!0123456789]*) return 1 ;; esac
      ;;
  esac
  case $__uin_s in '' | . | *.*.* | *[!0123456789.]*) return 1 ;; esac
  return 0
}
"""

IS_BLANK_POSIX = spelled(r"""
__utah_is_blank() {
  # Why: validate.isEmpty: "" or only whitespace is empty (as a form validator
  # sees it); JSON null, [], {} and strings of only whitespace are empty too.
  # Usage: __utah_is_blank S [json] -> status 0 when empty.
  __uib_s=$1 __uib_w=@SPACE@
  if [ "${2-}" = json ]; then
    case $1 in
      null | '[]' | '{}') return 0 ;;
      \"*\")
        __uib_s=${1#?}
        __uib_s=${__uib_s%?}
        ;;
    esac
  fi
  case $__uib_s in *[!$__uib_w]*) return 1 ;; esac
  return 0
}
""")

DEFINITIONS = [(TEXT_IS, TEXT_IS_POSIX), (IS_NUMERIC, IS_NUMERIC_POSIX), (IS_BLANK, IS_BLANK_POSIX)]
