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

__fn_overrides() {
  unset __t1 __t2 __t3
  __t1=0
  while :; do
    __r='try'
    __t1=2
    break
  done
  __t2=$__r
  __t3=$__err
  __r='finally'
  return 0
  __r=$__t2
  __err=$__t3
  if [ "$((__t1 == 1))" -ne 0 ]; then
    return 1
  elif [ "$((__t1 == 2))" -ne 0 ]; then
    return 0
  fi
}

overrides() {
  __utah_save __t1 __t2 __t3
  __fn_overrides "$@"
  set -- "$?"
  __utah_restore __t3 __t2 __t1
  return "$1"
}

__fn_fromCatch() {
  unset n __t4 e __t5 __t6
  n=1
  __t4=0
  while :; do
    __err='x'
    __t4=1
    break
  done
  if [ "$((__t4 == 1))" -ne 0 ]; then
    __t4=0
    e=$__err
    while :; do
      n=2
      __r=$n
      __t4=2
      break
    done
  fi
  __t5=$__r
  __t6=$__err
  n=3
  printf '%s\n' "finally sees n=$n"
  __r=$__t5
  __err=$__t6
  if [ "$((__t4 == 1))" -ne 0 ]; then
    return 1
  elif [ "$((__t4 == 2))" -ne 0 ]; then
    return 0
  fi
}

fromCatch() {
  __utah_save n __t4 e __t5 __t6
  __fn_fromCatch "$@"
  set -- "$?"
  __utah_restore __t6 __t5 e __t4 n
  return "$1"
}

overrides
__t7=$__r
printf '%s\n' "$__t7"
fromCatch
__t8=$__r
printf '%s\n' "$__t8"
