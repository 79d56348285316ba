#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

level3() {
  __err='L3'
  return 1
}

level2() {
  local __t1
  __t1=0
  while :; do
    level3 || { __t1=1; break; }
    __r='no'
    return 0
  done
  if ((__t1 == 1)); then
    __t1=0
    __r='level2 handled'
    return 0
  fi
}

level1() {
  local r
  level2
  r=$__r
  __r="level1 got $r"
  return 0
}

level1
__t2=$__r
printf '%s\n' "$__t2"
__t3=0
while :; do
  __t4=0
  while :; do
    __err='a'
    __t4=1
    break
  done
  if ((__t4 == 1)); then
    __t4=0
    __err='b'
    __t3=1
    break
  fi
  break
done
if ((__t3 == 1)); then
  __t3=0
  e=$__err
  printf '%s\n' "outer $e"
fi
