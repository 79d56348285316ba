#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  case $1 in
    null | undefined) return 0 ;;
  esac
  return 1
}

n=0
__t1=$n
if __utah_is_nullish "$__t1"; then
  __t1=7
fi
n=$__t1
m=0
__t2=$m
if ! { [ "$__t2" != 0 ] && [ "$__t2" != NaN ]; }; then
  __t2=7
fi
m=$__t2
s=''
__t3=$s
if __utah_is_nullish "$__t3"; then
  __t3='x'
fi
s=$__t3
t=''
__t4=$t
if [ -z "$__t4" ]; then
  __t4='x'
fi
t=$__t4
printf '%s\n' "$n $m [$s] $t"
