#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

report() {
  __r="$name/$count"
  return 0
}

outer() {
  local name_2=$1
  local count_2 __t1
  count_2=99
  report
  __t1=$__r
  __r="$name_2:$count_2 -> $__t1"
  return 0
}

setter() {
  count=2
}

localCount() {
  local count_2 __t2
  count_2=50
  setter
  report
  __t2=$__r
  __r="local $count_2, global $__t2"
  return 0
}

name='global name'
count=1
outer 'param name'
__t3=$__r
printf '%s\n' "$__t3"
localCount
__t4=$__r
printf '%s\n' "$__t4"
printf '%s\n' "$count"
