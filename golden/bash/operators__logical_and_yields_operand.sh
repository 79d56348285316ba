#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__t1='a'
if [[ -n $__t1 ]]; then
  __t1='b'
fi
__t2=''
if [[ -n $__t2 ]]; then
  __t2='b'
fi
__t3=0
if [[ $__t3 != 0 ]] && [[ $__t3 != NaN ]]; then
  __t3='b'
fi
__t4=1
if [[ $__t4 != 0 ]] && [[ $__t4 != NaN ]]; then
  __t4=0
fi
__t5=true
if [[ $__t5 == true ]]; then
  __t5='yes'
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 $__t5"
