#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
if [ "$(id -u)" = 0 ]; then
  root=true
else
  root=false
fi
if [ "$(($(id -u) == 0))" -ne 0 ]; then
  __t2=true
else
  __t2=false
fi
if [ "$__t2" = "$root" ]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
printf '%s\n' boolean
