#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

risky() {
  __err='disk full'
  return 1
}

__t1=0
while :; do
  __t2=0
  while :; do
    risky || { __t2=1; break; }
    break
  done
  if ((__t2 == 1)); then
    __t2=0
    e=$__err
    while :; do
      printf '%s\n' "inner saw: $e"
      __err=$e
      __t2=1
      break
    done
  fi
  __t3=$__r
  __t4=$__err
  printf '%s\n' 'inner finally'
  __r=$__t3
  __err=$__t4
  if ((__t2 == 1)); then
    __t1=1
    break
  fi
  break
done
if ((__t1 == 1)); then
  __t1=0
  e_2=$__err
  printf '%s\n' "outer saw: $e_2"
fi
__t5=0
while :; do
  __t6=0
  while :; do
    __err='first'
    __t6=1
    break
  done
  if ((__t6 == 1)); then
    __t6=0
    e_3=$__err
    __err="wrapped($e_3)"
    __t5=1
    break
  fi
  break
done
if ((__t5 == 1)); then
  __t5=0
  e_4=$__err
  printf '%s\n' "$e_4"
fi
