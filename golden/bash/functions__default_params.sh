#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

f() {
  local a=$1
  local b=$2
  local n=$3
  __r="[$a] [$b] [$n]"
  return 0
}

h() {
  local flag=$1
  if [[ $flag == true ]]; then
    __r='on'
  else
    __r='off'
  fi
  return 0
}

f x 'd*f $x "q"' 2.5
__t2=$__r
printf '%s\n' "$__t2"
f x '' 2.5
__t3=$__r
printf '%s\n' "$__t3"
f x y 0
__t4=$__r
printf '%s\n' "$__t4"
h true
__t5=$__r
__t6=$__t5
h false
__t7=$__r
printf '%s\n' "$__t6 $__t7"
