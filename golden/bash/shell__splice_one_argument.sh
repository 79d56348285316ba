#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
touch a.txt b.txt
values=('a b' '*' '*.txt' '?.txt' '[ab].txt' '$HOME' '$(echo no)' '`echo no`' "it's" '"dq"' 'back\slash' 'tab	here' -n '' 'new
line' '日本')
for v in "${values[@]}"; do
  got=$(printf '<%s>' "$v")
  printf '%s\n' "$got"
done
