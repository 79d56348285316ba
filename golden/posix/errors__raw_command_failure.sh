#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
test 1 = 2
printf '%s\n' 'continued after a failing test'
__t1=0
while :; do
  ls /definitely/not/here 2>/dev/null || { __status=$?; __err="command failed with status $__status: ls /definitely/not/here 2>/dev/null"; __t1=1; break; }
  printf '%s\n' 'not reached'
  break
done
if [ "$((__t1 == 1))" -ne 0 ]; then
  __t1=0
  printf '%s\n' 'raw failure caught'
fi
