#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
if [ "$(($(id -u) == 0))" -ne 0 ]; then
  a='root'
else
  a='user'
fi
if ! [ "$(($(id -u) == 0))" -ne 0 ]; then
  b='user'
else
  b='root'
fi
if [ "$a" = "$b" ]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
