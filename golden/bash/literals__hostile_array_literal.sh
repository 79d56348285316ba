#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=('*' '?' '[a]' '$HOME' '`id`' 'a\b' -n %s '' ' ' 'tab	here' 'é')
printf '%s\n' "$((${#xs[@]}))"
for x in "${xs[@]}"; do
  printf '%s\n' "<$x>"
done
