#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
v='outer'
i=$((0))
while [ "$((i < 2))" -ne 0 ]; do
  v_2="inner$i"
  printf '%s\n' "$v_2"
  i=$((i + 1))
done
printf '%s\n' "$v"
total=0
i_2=$((0))
while [ "$((i_2 < 3))" -ne 0 ]; do
  acc=10
  acc=$((acc + i_2))
  total=$((total + acc))
  i_2=$((i_2 + 1))
done
printf '%s\n' "$total"
if true; then
  v_3=42
  printf '%s\n' "$((v_3 + 1))"
fi
printf '%s\n' "$v"
