"""Predicates of `validate.*`: each is one bash `[[ =~ ]]` (or a number comparison), no
process.  Status 0 means true.  Ranges like [A-Za-z] are ASCII (bash's C/UTF-8 regex).

* ``__utah_is_email S``  local@domain.tld: dot-separated atoms of letters, digits and
  ``_ % + -``; domain labels of letters, digits and inner ``-``; a TLD of 2+ letters.
* ``__utah_is_url S``    http, https, ftp or ftps (any case) ``://``, optional user@,
  a host name (or [IPv6]), optional :port, then a path/query/fragment without spaces.
* ``__utah_is_uuid S``   8-4-4-4-12 hex digits, any version, either case.
* ``__utah_is_numeric S [json]`` a finite decimal number as JS writes one: sign,
  digits, fraction, exponent (``-1.5``, ``.5``, ``1e3``); no spaces, hex, Infinity or
  NaN; with ``json`` a JSON string's quotes are removed first.
* ``__utah_is_alnum S``  one or more ASCII letters or digits.
* ``__utah_is_blank S [json]`` empty or only whitespace; with ``json`` also ``null``,
  ``""``, ``[]`` and ``{}``.
"""

IS_EMAIL = r"""
__utah_is_email() {
  # Why: validate.isEmail, a practical address shape (not all of RFC 5322).
  # Usage: __utah_is_email S -> status 0 when S looks like local@domain.tld.
  local __uie_re='^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$'
  [[ $1 =~ $__uie_re ]]
}
"""

IS_URL = r"""
__utah_is_url() {
  # Why: validate.isURL: a web or ftp URL with a host, no whitespace anywhere.
  # Usage: __utah_is_url S -> status 0 when S is such a URL.
  local __uiu_re='^(https?|ftps?)://([^[:space:]/?#@]+@)?([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?([/?#][^[:space:]]*)?$'
  local __uiu_s=${1%%://*}
  [[ ${__uiu_s,,}${1:${#__uiu_s}} =~ $__uiu_re ]]
}
"""

IS_UUID = r"""
__utah_is_uuid() {
  # Why: validate.isUUID: the 8-4-4-4-12 hexadecimal form.
  # Usage: __utah_is_uuid S -> status 0 when S is a UUID.
  local __uiq_re='^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$'
  [[ $1 =~ $__uiq_re ]]
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

IS_ALNUM = r"""
__utah_is_alnum() {
  # Why: validate.isAlphaNumeric: ASCII letters and digits only, at least one.
  # Usage: __utah_is_alnum S -> status 0 when S is alphanumeric.
  [[ $1 =~ ^[A-Za-z0-9]+$ ]]
}
"""

IS_BLANK = r"""
__utah_is_blank() {
  # Why: validate.isEmpty: "" or only whitespace is empty (as a form validator
  # sees it); JSON null, "", [] and {} are empty too.
  # Usage: __utah_is_blank S [json] -> status 0 when empty.
  if [[ ${2-} == json ]]; then
    case $1 in
      null | '""' | '[]' | '{}') return 0 ;;
    esac
  fi
  [[ ! $1 =~ [^[:space:]] ]]
}
"""

DEFINITIONS = [IS_EMAIL, IS_URL, IS_UUID, IS_NUMERIC, IS_ALNUM, IS_BLANK]
