#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

more() {
  local __t1
  printf '%s\n' "check $n"
  if ((n < 3)); then
    __t1=true
  else
    __t1=false
  fi
  __r=$__t1
  return 0
}

n=0
while :; do
  n=$((n + 1))
  more
  __t2=$__r
  if [[ $__t2 != true ]]; then
    break
  fi
done
printf '%s\n' "n $n"
