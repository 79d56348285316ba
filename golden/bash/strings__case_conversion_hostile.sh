#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

__utah_lower() {
  # Why: JS s.toLowerCase() without tr (case mapping of the current locale).
  # Usage: __utah_lower S -> __r.
  __r=${1,,}
}

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}

s='*?[a]$home\x`b`'
__utah_upper "$s"
__t1=$__r
printf '%s\n' "$__t1"
__utah_lower '-N %S'
__t2=$__r
printf '%s\n' "$__t2"
