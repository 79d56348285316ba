#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

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
  if [[ -n ${__exit_on_error-} ]]; then
    __err="command failed with status $1: $2"
    __utah_uncaught
  fi
  return "$1"
}

ls /no/such/path 2>/dev/null || __utah_command_failed "$?" 'ls /no/such/path 2>/dev/null'
printf '%s\n' 'shell rules first'
__exit_on_error=1
__t1=0
while :; do
  ls /no/such/path 2>/dev/null || { __status=$?; __err="command failed with status $__status: ls /no/such/path 2>/dev/null"; __t1=1; break; }
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' 'caught in try'
fi
ls /no/such/path 2>/dev/null || __utah_command_failed "$?" 'ls /no/such/path 2>/dev/null'
printf '%s\n' 'not reached'
