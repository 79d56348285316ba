#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
if true; then
  __t1=true
else
  __t1=false
fi
if false; then
  __t2=true
else
  __t2=false
fi
if false; then
  __t3=true
else
  __t3=false
fi
if false; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
