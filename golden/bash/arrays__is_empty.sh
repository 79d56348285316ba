#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
none=()
blank=('')
if ((${#none[@]} == 0)); then
  __t1=true
else
  __t1=false
fi
if ((${#none[@]} == 0)); then
  __t2=true
else
  __t2=false
fi
if ((${#blank[@]} == 0)); then
  __t3=true
else
  __t3=false
fi
if ((${#blank[@]} == 0)); then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
