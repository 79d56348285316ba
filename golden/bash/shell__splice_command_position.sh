#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
cmd="printf '[%s]\\n' 'a b' c"
printf '%s\n' "$(eval "$cmd")"
pipeline='echo hello | tr a-z A-Z'
printf '%s\n' "$(eval "$pipeline")"
seq='echo one; echo two'
printf '%s\n' "$(eval "$seq")"
redirect='echo to-file > out.txt'
eval "$redirect" >/dev/null
printf '%s\n' "$(cat out.txt)"
withArg='echo'
printf '%s\n' "$(eval "$withArg" x   y)"
