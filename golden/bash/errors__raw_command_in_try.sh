#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

step() {
  local __t1 e_2
  __t1=0
  while :; do
    sh -c 'exit 4' || { __status=$?; __err="command failed with status $__status: sh -c 'exit 4'"; __t1=1; break; }
    __r='not reached in function'
    return 0
  done
  if ((__t1 == 1)); then
    __t1=0
    e_2=$__err
    __r="function's raw failure caught"
    return 0
  fi
}

__t2=0
while :; do
  test 1 = 1 || { __err='condition failed: test 1 = 1'; __t2=1; break; }
  printf '%s\n' 'a succeeding command is fine'
  sh -c 'exit 5' || { __status=$?; __err="command failed with status $__status: sh -c 'exit 5'"; __t2=1; break; }
  printf '%s\n' 'not reached'
  break
done
if ((__t2 == 1)); then
  __t2=0
  e=$__err
  printf '%s\n' "$e"
fi
step
__t3=$__r
printf '%s\n' "$__t3"
sh -c 'exit 3'
printf '%s\n' "outside try: continued with $?"
