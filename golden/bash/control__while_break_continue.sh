#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
i=0
out=''
while ((i < 10)); do
  i=$((i + 1))
  if ((i % 3 == 0)); then
    continue
  fi
  if ((i > 8)); then
    break
  fi
  out+="$i "
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
  if ((guard == 4)); then
    break
  fi
done
printf '%s\n' "guard $guard"
