#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_reverse() {
  # Why: JS a.reverse(); bash has no array reversal.
  # Usage: __utah_array_reverse NAME -> __ra (the caller writes it back).
  local -n __ua_in=$1
  local -a __ua_out=()
  local __ua_i
  for (( __ua_i = ${#__ua_in[@]} - 1; __ua_i >= 0; __ua_i-- )); do
    __ua_out+=("${__ua_in[__ua_i]}")
  done
  __ra=("${__ua_out[@]}")
}

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

items=(b c)
items+=(d)
printf '%s\n' "${#items[@]}"
items=(a "${items[@]}")
printf '%s\n' "${#items[@]}"
__utah_join items ','
__t1=$__r
printf '%s\n' "$__t1 $((${#items[@]}))"
__t2='undefined'
if ((${#items[@]} > 0)); then
  __t2=${items[${#items[@]} - 1]}
  unset 'items[${#items[@]}-1]'
fi
__t3="${__t2#}"
__t4="${items[0]-undefined}"
items=("${items[@]:1}")
printf '%s\n' "$__t3 ${__t4#}"
__utah_join items ','
__t5=$__r
printf '%s\n' "$__t5"
nums=(3 1 2)
__utah_array_reverse nums
nums=("${__ra[@]}")
__utah_join nums ','
__t6=$__r
printf '%s\n' "$__t6"
nums+=(9)
printf '%s\n' "$((${#nums[@]})) ${nums[3]-undefined}"
holder=('x y' '*')
holder+=('  z  ')
printf '%s\n' "$((${#holder[@]})):${holder[0]-undefined}:${holder[1]-undefined}:${holder[2]-undefined}:"
