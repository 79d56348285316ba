#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

more() {
  printf '%s\n' "check $n"
  if [ "$((n < 3))" -ne 0 ]; then
    __r=true
  else
    __r=false
  fi
  return 0
}

n=0
while :; do
  n=$((n + 1))
  more
  __t2=$__r
  if [ "$__t2" != true ]; then
    break
  fi
done
printf '%s\n' "n $n"
