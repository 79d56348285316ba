#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=(-n -e -E '\n' '\t' %s %d%% '*' '?' '[a]' '$HOME' '`id`' "'" '"' '' '  spaced  .' 'tab	in' 'new
line' 'é ✓ 日本' '\' --)
for x in "${xs[@]}"; do
  printf '%s\n' "$x"
done
