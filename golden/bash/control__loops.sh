#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
out=''
for ((i = 0; i < 6; i++)); do
  if ((i == 2)); then
    continue
  fi
  if ((i == 5)); then
    break
  fi
  out+="$i"
done
printf '%s\n' "$out"
j=0
while ((j < 3)); do
  j=$((j + 1))
done
printf '%s\n' "$j"
k=10
while :; do
  k=$((k + 1))
  if ! ((k < 5)); then
    break
  fi
done
printf '%s\n' "$k"
found=-1
for ((a = 0; a < 3; a++)); do
  for ((b = 0; b < 3; b++)); do
    if ((a * b == 2)); then
      found=$(((a * 10) + b))
      break
    fi
  done
  if ((found >= 0)); then
    break
  fi
done
printf '%s\n' "$found"
