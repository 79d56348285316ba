#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

f() {
  local fail=$1
  local __t1 e_2 __t2 __t3
  __t1=0
  while :; do
    printf '%s\n' try
    if [[ $fail == true ]]; then
      __err='oops'
      __t1=1
      break
    fi
    __r='from try'
    __t1=2
    break
  done
  if ((__t1 == 1)); then
    __t1=0
    e_2=$__err
    while :; do
      printf '%s\n' "catch $e_2"
      __r='from catch'
      __t1=2
      break
    done
  fi
  __t2=$__r
  __t3=$__err
  printf '%s\n' finally
  __r=$__t2
  __err=$__t3
  if ((__t1 == 1)); then
    return 1
  elif ((__t1 == 2)); then
    return 0
  fi
}

f false
__t4=$__r
printf '%s\n' "$__t4"
f true
__t5=$__r
printf '%s\n' "$__t5"
__t6=0
while :; do
  __t7=0
  while :; do
    __err='inner'
    __t7=1
    break
  done
  __t8=$__r
  __t9=$__err
  printf '%s\n' 'inner finally'
  __r=$__t8
  __err=$__t9
  if ((__t7 == 1)); then
    __t6=1
    break
  fi
  break
done
if ((__t6 == 1)); then
  __t6=0
  e=$__err
  printf '%s\n' "outer caught $e"
fi
