#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
if ((EUID == 0)); then
  __t1='root'
else
  __t1='user'
fi
a=$__t1
if ! ((EUID == 0)); then
  __t2='user'
else
  __t2='root'
fi
b=$__t2
if [[ $a == "$b" ]]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
