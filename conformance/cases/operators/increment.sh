#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
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
k=$((0))
while [ "$((k < 3))" -ne 0 ]; do
  n=$((n + k))
  k=$((k + 1))
done
printf '%s\n' "$n"
