#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
out=''
i=$((0))
while [ "$((i < 6))" -ne 0 ]; do
  if [ "$((i == 2))" -ne 0 ]; then
    {
      i=$((i + 1))
      continue
    }
  fi
  if [ "$((i == 5))" -ne 0 ]; then
    break
  fi
  out="$out$i"
  i=$((i + 1))
done
printf '%s\n' "$out"
j=0
while [ "$((j < 3))" -ne 0 ]; do
  j=$((j + 1))
done
printf '%s\n' "$j"
k=10
while :; do
  k=$((k + 1))
  if ! [ "$((k < 5))" -ne 0 ]; then
    break
  fi
done
printf '%s\n' "$k"
found=-1
a=$((0))
while [ "$((a < 3))" -ne 0 ]; do
  b=$((0))
  while [ "$((b < 3))" -ne 0 ]; do
    if [ "$((a * b == 2))" -ne 0 ]; then
      found=$(((a * 10) + b))
      break
    fi
    b=$((b + 1))
  done
  if [ "$((found >= 0))" -ne 0 ]; then
    break
  fi
  a=$((a + 1))
done
printf '%s\n' "$found"
