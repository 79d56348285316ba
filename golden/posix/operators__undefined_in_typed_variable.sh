#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
u='undefined'
__t1=$u
if [ "$__t1" = 'undefined' ] || [ "$__t1" = 'null' ]; then
  __t1='d'
fi
case "$u" in
  'undefined')
    __t2='undefined'
    ;;
  'null')
    __t2='object'
    ;;
  *)
    __t2='string'
    ;;
esac
if [ "$u" = 'undefined' ]; then
  __t3=true
else
  __t3=false
fi
if [ "$u" = 'null' ]; then
  __t4=true
else
  __t4=false
fi
if [ "$u" != 'undefined' ]; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
n='null'
case "$n" in
  'undefined')
    __t6='undefined'
    ;;
  'null')
    __t6='object'
    ;;
  *)
    __t6='number'
    ;;
esac
if [ "$n" = 'null' ]; then
  __t7=true
else
  __t7=false
fi
__t8=$n
if [ "$__t8" = 'undefined' ] || [ "$__t8" = 'null' ]; then
  __t8=7
fi
printf '%s\n' "${n#} $__t6 $__t7 $__t8"
u='set'
__t9=$u
if [ "$__t9" = 'undefined' ] || [ "$__t9" = 'null' ]; then
  __t9='d'
fi
case "$u" in
  'undefined')
    __t10='undefined'
    ;;
  'null')
    __t10='object'
    ;;
  *)
    __t10='string'
    ;;
esac
if [ "$u" = 'undefined' ]; then
  __t11=true
else
  __t11=false
fi
printf '%s\n' "$__t9 $__t10 $__t11"
printf '%s\n' "xundefined t:null [${n#}]"
