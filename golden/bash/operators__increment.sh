#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
i=5
__t1=$i
i=$((i + 1))
a=$__t1
i=$((i + 1))
b=$i
__t2=$i
i=$((i - 1))
c=$__t2
i=$((i - 1))
d=$i
printf '%s\n' "$a $b $c $d $i"
n=0
for ((k = 0; k < 3; k++)); do
  n=$((n + k))
done
printf '%s\n' "$n"
