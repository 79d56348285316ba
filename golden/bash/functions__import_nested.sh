#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

innerWord() {
  __r='inner'
  return 0
}

outerWord() {
  local __t1
  innerWord
  __t1=$__r
  __r="outer+$__t1"
  return 0
}

outerWord
__t2=$__r
printf '%s\n' "$__t2"
innerWord
__t3=$__r
printf '%s\n' "$__t3"
