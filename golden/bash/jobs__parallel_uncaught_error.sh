#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

thrower() {
  __err='from the job'
  return 1
}

{ thrower || __utah_uncaught; } &
p=$!
wait "$p"
__t2=$?
printf '%s\n' "$__t2"
printf '%s\n' 'script continues'
