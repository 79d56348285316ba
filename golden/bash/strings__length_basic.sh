#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac
s='abc'
__t1=''
__t2='a b	c'
printf '%s\n' "$((${#s})) $((${#__t1})) ${#__t2}"
spaced='  '
__t3=''
printf '%s\n' "$((${#spaced})) ${#__t3}"
