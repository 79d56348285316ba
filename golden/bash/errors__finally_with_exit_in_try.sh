#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

run() {
  local __t1 e __t2 __t3
  __t1=0
  while :; do
    __err='exit 2'
    __t1=1
    break
  done
  if ((__t1 == 1)); then
    __t1=0
    e=$__err
    while :; do
      printf '%s\n' "caught $e"
      break
    done
  fi
  __t2=$__r
  __t3=$__err
  printf '%s\n' 'finally, now exiting'
  __r=$__t2
  __err=$__t3
  if ((__t1 == 1)); then
    return 1
  fi
  exit 8
}

run
printf '%s\n' 'not reached'
