#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

xs=(1 2 3 4)
__t1='undefined'
if ((${#xs[@]} > 0)); then
  __t1=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
last=$__t1
__t2="${xs[0]-undefined}"
xs=("${xs[@]:1}")
first=$__t2
__t3="${last#}"
__t4="${first#}"
__utah_join xs ','
__t5=$__r
__t6=$__t5
__t7='undefined'
if ((${#xs[@]} > 0)); then
  __t7=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
__t8="${__t7#}"
__t9="${xs[0]-undefined}"
xs=("${xs[@]:1}")
printf '%s\n' "$__t3 $__t4 $__t6 $__t8 ${__t9#} $((${#xs[@]}))"
