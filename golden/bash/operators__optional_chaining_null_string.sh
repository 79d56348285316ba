#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

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

n='null'
u='undefined'
__t1=$n
if [[ $__t1 == 'undefined' ]] || [[ $__t1 == 'null' ]]; then
  __t2='undefined'
else
  __t2=$((${#__t1}))
fi
__t3=$u
if [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  __t4='undefined'
else
  __utah_upper "$__t3"
  __t4=$__r
fi
__t7=$n
if [[ $__t7 == 'undefined' ]] || [[ $__t7 == 'null' ]]; then
  __t8='undefined'
else
  __utah_trim "$__t7"
  __t8=$__r
fi
__t6=$__t8
if [[ $__t6 == 'undefined' ]] || [[ $__t6 == 'null' ]]; then
  __t6='was null'
fi
printf '%s\n' "${__t2#} ${__t4#} $__t6"
s='set'
__utah_upper "$s"
__t10=$__r
printf '%s\n' "$((${#s})) $__t10"
