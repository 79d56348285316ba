#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
v='outer'
for ((i = 0; i < 2; i++)); do
  v_2="inner$i"
  printf '%s\n' "$v_2"
done
printf '%s\n' "$v"
total=0
for ((i_2 = 0; i_2 < 3; i_2++)); do
  acc=10
  acc=$((acc + i_2))
  total=$((total + acc))
done
printf '%s\n' "$total"
if true; then
  v_3=42
  printf '%s\n' "$((v_3 + 1))"
fi
printf '%s\n' "$v"
