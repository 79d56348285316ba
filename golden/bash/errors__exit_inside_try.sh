#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

quit() {
  exit 6
}

__t1=0
while :; do
  printf '%s\n' 'in try'
  __err='exit 9'
  __t1=1
  break
  printf '%s\n' 'not reached'
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  while :; do
    printf '%s\n' "caught [$e]"
    break
  done
fi
__t2=$__r
__t3=$__err
printf '%s\n' finally
__r=$__t2
__err=$__t3
if ((__t1 == 1)); then
  __utah_uncaught
fi
printf '%s\n' 'calling quit'
quit
printf '%s\n' 'not reached'
