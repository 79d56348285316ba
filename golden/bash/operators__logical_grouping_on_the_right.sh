#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
yes=true
n=7
m=5
__t1=$yes
if [[ $__t1 != true ]]; then
  if ((n > 100)); then
    __t3=true
  else
    __t3=false
  fi
  __t2=$__t3
  if [[ $__t2 == true ]]; then
    if ((m > 100)); then
      __t4=true
    else
      __t4=false
    fi
    __t2=$__t4
  fi
  __t1=$__t2
fi
if [[ $yes != true ]]; then
  __t6=true
else
  __t6=false
fi
__t5=$__t6
if [[ $__t5 == true ]]; then
  if ((n > 1)); then
    __t8=true
  else
    __t8=false
  fi
  __t7=$__t8
  if [[ $__t7 != true ]]; then
    if ((m > 1)); then
      __t9=true
    else
      __t9=false
    fi
    __t7=$__t9
  fi
  __t5=$__t7
fi
printf '%s\n' "$__t1 $__t5"
if ! { [[ $yes == true ]] || { ((n > 1)) && [[ $m == NaN ]]; }; }; then
  __t10=true
else
  __t10=false
fi
__t12=$yes
if [[ $__t12 != true ]]; then
  if ((n > 1)); then
    __t13=true
  else
    __t13=false
  fi
  __t12=$__t13
fi
__t11=$__t12
if [[ $__t11 == true ]]; then
  if [[ $m == NaN ]]; then
    __t14=true
  else
    __t14=false
  fi
  __t11=$__t14
fi
printf '%s\n' "$__t10 $__t11"
if [[ $yes == true ]] || { ((n > 100)) && ((m > 100)); }; then
  printf '%s\n' 'if: taken'
else
  printf '%s\n' 'if: not taken'
fi
if [[ $yes != true ]] && { ((n > 1)) || ((m > 1)); }; then
  printf '%s\n' 'else if: taken'
else
  printf '%s\n' 'else if: not taken'
fi
i=0
while ((i < 3)) && { [[ $yes == true ]] || ((n > 100)); }; do
  i=$((i + 1))
done
if ((n > 1)); then
  __t16=true
else
  __t16=false
fi
__t15=$__t16
if [[ $__t15 != true ]]; then
  if ((m > 1)); then
    __t18=true
  else
    __t18=false
  fi
  __t17=$__t18
  if [[ $__t17 == true ]]; then
    if [[ $yes != true ]]; then
      __t19=true
    else
      __t19=false
    fi
    __t17=$__t19
  fi
  __t15=$__t17
fi
if ((n > 100)); then
  __t22=true
else
  __t22=false
fi
__t21=$__t22
if [[ $__t21 != true ]]; then
  if ((m > 1)); then
    __t23=true
  else
    __t23=false
  fi
  __t21=$__t23
fi
__t20=$__t21
if [[ $__t20 == true ]]; then
  if [[ $yes != true ]]; then
    __t24=true
  else
    __t24=false
  fi
  __t20=$__t24
fi
printf '%s\n' "$i $__t15 $__t20"
