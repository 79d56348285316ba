#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

__utah_aclear() {
  # Why: `NAME=()`: the elements are unset, so reading past the end gives "".
  # Usage: __utah_aclear NAME -> NAME is the empty array.
  eval "__uac_i=\${${1}__n:-0}"
  while [ "$__uac_i" -gt 0 ]; do
    __uac_i=$((__uac_i - 1))
    unset "${1}__$__uac_i"
  done
  eval "${1}__n=0"
}

__utah_apush() {
  # Why: `NAME+=(VALUE…)` on an array held as NAME__n and NAME__0 ….
  # Usage: __utah_apush NAME VALUE... -> appends the values.
  __uap_name=$1
  shift
  eval "__uap_n=\${${__uap_name}__n:-0}"
  for __uap_v in "$@"; do
    eval "${__uap_name}__$__uap_n=\$__uap_v"
    __uap_n=$((__uap_n + 1))
  done
  eval "${__uap_name}__n=\$__uap_n"
}

__utah_join() {
  # Why: JS a.join(sep) of an array held as NAME__n, NAME__0... (no arrays in sh);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  __uaj_n='' __uaj_e=''  # set by eval below
  eval "__uaj_n=\${$1__n:-0}"
  __uaj_i=0 __r=
  while [ "$__uaj_i" -lt "$__uaj_n" ]; do
    if [ "$__uaj_i" -gt 0 ]; then __r=$__r$2; fi
    eval "__uaj_e=\${$1__$__uaj_i}"
    case $__uaj_e in ''null | ''undefined) ;; *) __r=$__r$__uaj_e ;; esac
    __uaj_i=$(( __uaj_i + 1 ))
  done
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_aclear trace
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
    if [ "$((__t3 == 1))" -ne 0 ]; then
      __t3=0
      e=$__err
      __utah_apush trace "c3:$e"
    fi
    __utah_apush trace 'after inner'
    __err='middle'
    __t2=1
    break
  done
  if [ "$((__t2 == 1))" -ne 0 ]; then
    __t2=0
    e_2=$__err
    __utah_apush trace "c2:$e_2"
    __t4=0
    while :; do
      __err='from catch'
      __t4=1
      break
    done
    __t5=$__r
    __t6=$__err
    __utah_apush trace f-in-catch
    __r=$__t5
    __err=$__t6
    if [ "$((__t4 == 1))" -ne 0 ]; then
      __t1=1
      break
    fi
  fi
  break
done
if [ "$((__t1 == 1))" -ne 0 ]; then
  __t1=0
  e_3=$__err
  while :; do
    __utah_apush trace "c1:$e_3"
    break
  done
fi
__t7=$__r
__t8=$__err
__utah_apush trace f1
__r=$__t7
__err=$__t8
if [ "$((__t1 == 1))" -ne 0 ]; then
  __utah_uncaught
fi
__utah_join trace ' | '
__t9=$__r
printf '%s\n' "$__t9"
