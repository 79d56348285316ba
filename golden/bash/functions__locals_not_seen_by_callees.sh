#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

report() {
  __r="$name/$count"
  return 0
}

outer() {
  local name_2=$1
  local count_2 __t1 __t2 __t3
  count_2=99
  __t1=$name_2
  __t2=$count_2
  report
  __t3=$__r
  __r="$__t1:$__t2 -> $__t3"
  return 0
}

setter() {
  count=2
}

localCount() {
  local count_2 __t4 __t5
  count_2=50
  setter
  __t4=$count_2
  report
  __t5=$__r
  __r="local $__t4, global $__t5"
  return 0
}

name='global name'
count=1
outer 'param name'
__t6=$__r
printf '%s\n' "$__t6"
localCount
__t7=$__r
printf '%s\n' "$__t7"
printf '%s\n' "$count"
