#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
cmd='echo one   two'
printf '%s\n' "$(eval "$cmd")"
arg='a  b*'
words=$(printf '[%s]' "$arg")
printf '%s\n' "$words"
quoted=$(printf '[%s]' "x ${arg} y")
printf '%s\n' "$quoted"
single=$(printf '%s' 'lit '"${arg}"'')
printf '%s\n' "$single"
dollar='$HOME'
printf '%s\n' "$(printf '[%s]' "$dollar")"
empty=''
printf '%s\n' "$(printf '[%s]' "$empty" end)"
