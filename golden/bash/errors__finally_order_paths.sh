#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

viaReturn() {
  local __t1 __t2 __t3
  __t1=0
  while :; do
    printf '%s\n' 'try body'
    __r='returned'
    __t1=2
    break
  done
  __t2=$__r
  __t3=$__err
  printf '%s\n' 'finally before return completes'
  __r=$__t2
  __err=$__t3
  if ((__t1 == 1)); then
    return 1
  elif ((__t1 == 2)); then
    return 0
  fi
}

viaReturn
__t4=$__r
printf '%s\n' "$__t4"
for ((i = 0; i < 3; i++)); do
  __t5=0
  while :; do
    if ((i == 0)); then
      __t5=4
      break
    fi
    if ((i == 2)); then
      __t5=3
      break
    fi
    printf '%s\n' "body $i"
    break
  done
  __t6=$__r
  __t7=$__err
  printf '%s\n' "finally $i"
  __r=$__t6
  __err=$__t7
  if ((__t5 == 1)); then
    __utah_uncaught
  elif ((__t5 == 3)); then
    break
  elif ((__t5 == 4)); then
    continue
  fi
done
__t8=0
while :; do
  printf '%s\n' plain
  break
done
if ((__t8 == 1)); then
  __t8=0
  while :; do
    printf '%s\n' 'no catch'
    break
  done
fi
__t9=$__r
__t10=$__err
printf '%s\n' 'plain finally'
__r=$__t9
__err=$__t10
if ((__t8 == 1)); then
  __utah_uncaught
fi
