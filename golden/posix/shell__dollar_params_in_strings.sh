#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' "one=[$1] two=[$2] count=$#"
sh -c 'exit 3'
printf '%s\n' "status=$?"
home=$HOME
if [ "$((${#home} > 0))" -ne 0 ]; then
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
