#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac
printf '%s\n' "one=[$1] two=[$2] count=$#"
sh -c 'exit 3'
printf '%s\n' "status=$?"
home=$HOME
if ((${#home} > 0)); then
  __t1='HOME expanded'
else
  __t1='HOME empty'
fi
printf '%s\n' "$__t1"
printf '%s\n' 'literal $1 and $HOME'
printf '%s\n' 'single $1 $HOME'
printf '%s\n' 'template $1 $HOME'
who='x'
printf '%s\n' "mix $who $1"
