#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=('one
two' ' three ' '
')
n=0
for x in "${xs[@]}"; do
  n=$((n + 1))
  printf '%s\n' "$n<$x>"
done
