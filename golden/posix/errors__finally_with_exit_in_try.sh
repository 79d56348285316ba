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

__fn_run() {
  unset __t1 e __t2 __t3
  __t1=0
  while :; do
    __err='exit 2'
    __t1=1
    break
  done
  if [ "$((__t1 == 1))" -ne 0 ]; then
    __t1=0
    e=$__err
    while :; do
      printf '%s\n' "caught $e"
      break
    done
  fi
  __t2=$__r
  __t3=$__err
  printf '%s\n' 'finally, now exiting'
  __r=$__t2
  __err=$__t3
  if [ "$((__t1 == 1))" -ne 0 ]; then
    return 1
  fi
  exit 8
}

run() {
  __utah_save __t1 e __t2 __t3
  __fn_run "$@"
  set -- "$?"
  __utah_restore __t3 __t2 e __t1
  return "$1"
}

run
printf '%s\n' 'not reached'
