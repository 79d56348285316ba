#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
ws=(a b c)
acc=''
__t2=-1
for __t1 in "${ws[@]}"; do
  __t2=$((__t2 + 1))
  w=$__t1
  __t3="$w$acc"
  acc=$__t3
done
printf '%s\n' "$acc"
none=()
acc_2='init'
__t5=-1
for __t4 in "${none[@]}"; do
  __t5=$((__t5 + 1))
  w_2=$__t4
  __t6="$acc_2$w_2"
  acc_2=$__t6
done
printf '%s\n' "[$acc_2]"
