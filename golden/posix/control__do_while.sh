#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
n=100
while :; do
  printf '%s\n' "body with n=$n"
  n=$((n + 1))
  if ! [ "$((n < 50))" -ne 0 ]; then
    break
  fi
done
i=0
odd=''
while :; do
  i=$((i + 1))
  if [ "$((i % 2 == 0))" -ne 0 ]; then
    if ! [ "$((i < 7))" -ne 0 ]; then
      break
    fi
    continue
  fi
  odd="$odd$i"
  if ! [ "$((i < 7))" -ne 0 ]; then
    break
  fi
done
printf '%s\n' "$odd"
k=0
while :; do
  k=$((k + 1))
  if [ "$((k == 3))" -ne 0 ]; then
    break
  fi
  if ! true; then
    break
  fi
done
printf '%s\n' "k $k"
