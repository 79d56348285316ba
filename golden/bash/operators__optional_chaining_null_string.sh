#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  [[ $1 == null || $1 == undefined ]]
}

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace ([:space:]).
  # Usage: __utah_trim_end S -> __r.
  __r=${1%"${1##*[![:space:]]}"}
}

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace ([:space:]).
  # Usage: __utah_trim_start S -> __r.
  __r=${1#"${1%%[![:space:]]*}"}
}

__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
}

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}

n=null
u='undefined'
__utah_upper "$u"
__t1=$__r
__utah_trim "$n"
__t3=$__r
__t2=$__t3
if __utah_is_nullish "$__t2"; then
  __t2='was null'
fi
printf '%s\n' "$((${#n})) $__t1 $__t2"
s='set'
__utah_upper "$s"
__t4=$__r
printf '%s\n' "$((${#s})) $__t4"
