#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=(x 'y z')
__t2=-1
for __t1 in "${xs[@]}"; do
  __t2=$((__t2 + 1))
  x=$__t1
  i=$__t2
  printf '%s\n' "$i $x"
done
__t4=-1
for __t3 in "${xs[@]}"; do
  __t4=$((__t4 + 1))
  x_2=$__t3
  printf '%s\n' "<$x_2>"
done
