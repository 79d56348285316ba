#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

__utah_save() {
  # Why: POSIX sh has no `local`; a function saves the variables it uses as locals.
  # Usage: __utah_save NAME... -> pushes each variable's value (or that it is unset).
  for __us_name in "$@"; do
    __us_n=$((${__us_n:-0} + 1))
    eval "__us_$__us_n=\${$__us_name+s}\${$__us_name-}"
  done
}

__utah_restore() {
  # Why: undoes __utah_save when the function returns.
  # Usage: __utah_restore NAME... (the saved names in reverse order) -> pops each.
  for __us_name in "$@"; do
    eval "__us_v=\$__us_$__us_n"
    unset "__us_$__us_n"
    __us_n=$((__us_n - 1))
    case $__us_v in
      s*) eval "$__us_name=\${__us_v#s}" ;;
      *) unset "$__us_name" ;;
    esac
  done
}

__fn_f() {
  fail=$1
  unset __t1 e_2 __t2 __t3
  __t1=0
  while :; do
    printf '%s\n' try
    if [ "$fail" = true ]; then
      __err='oops'
      __t1=1
      break
    fi
    __r='from try'
    __t1=2
    break
  done
  if [ "$((__t1 == 1))" -ne 0 ]; then
    __t1=0
    e_2=$__err
    while :; do
      printf '%s\n' "catch $e_2"
      __r='from catch'
      __t1=2
      break
    done
  fi
  __t2=$__r
  __t3=$__err
  printf '%s\n' finally
  __r=$__t2
  __err=$__t3
  if [ "$((__t1 == 1))" -ne 0 ]; then
    return 1
  elif [ "$((__t1 == 2))" -ne 0 ]; then
    return 0
  fi
}

f() {
  __utah_save fail __t1 e_2 __t2 __t3
  __fn_f "$@"
  set -- "$?"
  __utah_restore __t3 __t2 e_2 __t1 fail
  return "$1"
}

f false
__t4=$__r
printf '%s\n' "$__t4"
f true
__t5=$__r
printf '%s\n' "$__t5"
__t6=0
while :; do
  __t7=0
  while :; do
    __err='inner'
    __t7=1
    break
  done
  __t8=$__r
  __t9=$__err
  printf '%s\n' 'inner finally'
  __r=$__t8
  __err=$__t9
  if [ "$((__t7 == 1))" -ne 0 ]; then
    __t6=1
    break
  fi
  break
done
if [ "$((__t6 == 1))" -ne 0 ]; then
  __t6=0
  e=$__err
  printf '%s\n' "outer caught $e"
fi
