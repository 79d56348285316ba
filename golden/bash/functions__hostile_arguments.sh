#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

wrap() {
  local s=$1
  __r="<$s>"
  return 0
}

values=('' ' lead' 'trail ' 'a  b' '*' '?' '[a]' '$HOME' '`x`' "'" '"' 'back\slash' -n -e %s%d 'tab	in' 'new
line' '日本 é')
for v in "${values[@]}"; do
  wrap "$v"
  __t1=$__r
  printf '%s\n' "$__t1"
done
wrap 'nested *'
__t2=$__r
wrap "$__t2"
__t3=$__r
printf '%s\n' "$__t3"
