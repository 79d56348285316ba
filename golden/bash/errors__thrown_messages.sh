#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''
msgs=('a  b' '*' '$HOME' "it's \"q\"" 'two
lines' '' -n 100% 'é ✓')
for m in "${msgs[@]}"; do
  __t1=0
  while :; do
    __err=$m
    __t1=1
    break
  done
  if ((__t1 == 1)); then
    __t1=0
    e=$__err
    printf '%s\n' "[$e]"
  fi
done
__t2=0
while :; do
  __err=42
  __t2=1
  break
done
if ((__t2 == 1)); then
  __t2=0
  e_2=$__err
  printf '%s\n' "number $e_2"
fi
n=3
__t3=0
while :; do
  __err="failed after $n tries"
  __t3=1
  break
done
if ((__t3 == 1)); then
  __t3=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
