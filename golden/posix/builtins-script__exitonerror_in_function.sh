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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_command_failed() {
  # Why: script.exitOnError() makes a failing raw command statement fatal;
  # continueOnError() (the default) keeps shell rules and the status in $?.
  # Usage: __utah_command_failed STATUS TEXT -> exits 1, or returns STATUS.
  if [ -n "${__exit_on_error-}" ]; then
    __err="command failed with status $1: $2"
    __utah_uncaught
  fi
  return "$1"
}

__fn_step() {
  unset __t1 e
  __t1=0
  while :; do
    sh -c 'exit 4' || { __status=$?; __err="command failed with status $__status: sh -c 'exit 4'"; __t1=1; break; }
    __r='no'
    return 0
  done
  if [ "$((__t1 == 1))" -ne 0 ]; then
    __t1=0
    e=$__err
    __r="caught: $e"
    return 0
  fi
}

step() {
  __utah_save __t1 e
  __fn_step "$@"
  set -- "$?"
  __utah_restore e __t1
  return "$1"
}

bad() {
  sh -c 'exit 5' || __utah_command_failed "$?" "sh -c 'exit 5'"
  printf '%s\n' 'not reached'
}

__exit_on_error=1
step
__t2=$__r
printf '%s\n' "$__t2"
bad
