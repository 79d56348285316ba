#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
ws=(a b)
__t1='undefined'
__t3=-1
for __t2 in "${ws[@]}"; do
  __t3=$((__t3 + 1))
  w=$__t2
  if [[ $w == z ]]; then
    __t1=$__t2
    break
  fi
done
f=$__t1
__t4=$f
if [[ $__t4 == 'undefined' ]] || [[ $__t4 == 'null' ]]; then
  __t4='none'
fi
printf '%s\n' "${f#} $__t4"
