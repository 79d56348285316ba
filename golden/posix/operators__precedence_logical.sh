#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__t1=true
if [ "$__t1" != true ]; then
  __t2=false
  if [ "$__t2" = true ]; then
    __t2=false
  fi
  __t1=$__t2
fi
__t4=true
if [ "$__t4" != true ]; then
  __t4=false
fi
__t3=$__t4
if [ "$__t3" = true ]; then
  __t3=false
fi
__t6=true
if [ "$__t6" = true ]; then
  __t6=false
fi
__t5=$__t6
if [ "$__t5" != true ]; then
  __t5=true
fi
printf '%s\n' "$__t1 $__t3 $__t5"
x=4
if [ "$((x > 3))" -ne 0 ]; then
  __t8=true
else
  __t8=false
fi
__t7=$__t8
if [ "$__t7" = true ]; then
  if [ "$((x < 5))" -ne 0 ]; then
    __t9=true
  else
    __t9=false
  fi
  __t7=$__t9
fi
if ! [ "$((x > 3))" -ne 0 ]; then
  __t11=true
else
  __t11=false
fi
__t10=$__t11
if [ "$__t10" != true ]; then
  if [ "$((x == 4))" -ne 0 ]; then
    __t12=true
  else
    __t12=false
  fi
  __t10=$__t12
fi
printf '%s\n' "$__t7 $__t10"
