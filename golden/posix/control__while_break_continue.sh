#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
i=0
out=''
while [ "$((i < 10))" -ne 0 ]; do
  i=$((i + 1))
  if [ "$((i % 3 == 0))" -ne 0 ]; then
    continue
  fi
  if [ "$((i > 8))" -ne 0 ]; then
    break
  fi
  out="$out$i "
done
printf '%s\n' "[$out] i=$i"
n=0
while false; do
  n=$((n + 1))
done
printf '%s\n' "never ran: $n"
guard=0
while true; do
  guard=$((guard + 1))
  if [ "$((guard == 4))" -ne 0 ]; then
    break
  fi
done
printf '%s\n' "guard $guard"
