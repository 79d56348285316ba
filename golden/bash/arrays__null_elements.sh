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

__utah_string_of_array() {
  # Why: JS String(array) when an array is interpolated: elements joined with ",".
  # Usage: __utah_string_of_array NAME -> __r.
  __utah_join "$1" ,
}

xs=(a 'null' c)
xs+=('undefined')
__utah_join xs -
__t1=$__r
__utah_string_of_array xs
__t2=$__r
if [[ "${xs[1]-undefined}" == 'null' ]]; then
  __t3=true
else
  __t3=false
fi
__t4="${xs[3]-undefined}"
if [[ $__t4 == 'undefined' ]] || [[ $__t4 == 'null' ]]; then
  __t4='u'
fi
printf '%s\n' "$__t1 $__t2 $((${#xs[@]})) $__t3 $__t4"
ns=(1 'null')
__utah_join ns ','
__t5=$__r
__utah_string_of_array ns
__t6=$__r
printf '%s\n' "$__t5 $__t6"
