#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

overrides() {
  local __t1 __t2 __t3
  __t1=0
  while :; do
    __r='try'
    __t1=2
    break
  done
  __t2=$__r
  __t3=$__err
  __r='finally'
  return 0
  __r=$__t2
  __err=$__t3
  if ((__t1 == 1)); then
    return 1
  elif ((__t1 == 2)); then
    return 0
  fi
}

fromCatch() {
  local n __t4 e __t5 __t6
  n=1
  __t4=0
  while :; do
    __err='x'
    __t4=1
    break
  done
  if ((__t4 == 1)); then
    __t4=0
    e=$__err
    while :; do
      n=2
      __r=$n
      __t4=2
      break
    done
  fi
  __t5=$__r
  __t6=$__err
  n=3
  printf '%s\n' "finally sees n=$n"
  __r=$__t5
  __err=$__t6
  if ((__t4 == 1)); then
    return 1
  elif ((__t4 == 2)); then
    return 0
  fi
}

overrides
__t7=$__r
printf '%s\n' "$__t7"
fromCatch
__t8=$__r
printf '%s\n' "$__t8"
