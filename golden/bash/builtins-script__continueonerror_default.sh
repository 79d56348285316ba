#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''
__exit_on_error=''
sh -c 'exit 2'
__t1=0
while :; do
  sh -c 'exit 7' || { __status=$?; __err="command failed with status $__status: sh -c 'exit 7'"; __t1=1; break; }
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
printf '%s\n' end
