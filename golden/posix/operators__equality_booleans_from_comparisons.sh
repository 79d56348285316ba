#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
big=true
if [ "$big" = true ]; then
  __t1=true
else
  __t1=false
fi
if true; then
  __t2=true
else
  __t2=false
fi
if [ "$big" = true ]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 boolean"
