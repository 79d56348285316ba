#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  [[ $1 == null || $1 == undefined ]]
}

ws=(a b)
__t1=''
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
if __utah_is_nullish "$__t4"; then
  __t4='none'
fi
printf '%s\n' "$f $__t4"
