#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=()
xs+=('*')
xs+=('')
xs+=('a  b')
xs+=('$HOME')
xs+=('line1
line2')
xs+=(-n)
printf '%s\n' "$((${#xs[@]}))"
for x in "${xs[@]}"; do
  printf '%s\n' "<$x>"
done
