#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

trace=()
__t1=0
while :; do
  __t2=0
  while :; do
    __t3=0
    while :; do
      __err='deep'
      __t3=1
      break
    done
    if ((__t3 == 1)); then
      __t3=0
      e=$__err
      trace+=("c3:$e")
    fi
    trace+=('after inner')
    __err='middle'
    __t2=1
    break
  done
  if ((__t2 == 1)); then
    __t2=0
    e_2=$__err
    trace+=("c2:$e_2")
    __t4=0
    while :; do
      __err='from catch'
      __t4=1
      break
    done
    __t5=$__r
    __t6=$__err
    trace+=(f-in-catch)
    __r=$__t5
    __err=$__t6
    if ((__t4 == 1)); then
      __t1=1
      break
    fi
  fi
  break
done
if ((__t1 == 1)); then
  __t1=0
  e_3=$__err
  while :; do
    trace+=("c1:$e_3")
    break
  done
fi
__t7=$__r
__t8=$__err
trace+=(f1)
__r=$__t7
__err=$__t8
if ((__t1 == 1)); then
  __utah_uncaught
fi
__utah_join trace ' | '
__t9=$__r
printf '%s\n' "$__t9"
