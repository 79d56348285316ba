#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

greet() {
  local who=$1
  __r="$greeting, $who!"
  return 0
}

setGreeting() {
  local g=$1
  greeting=$g
}

printf '%s\n' 'before import'
greeting='Hello'
printf '%s\n' 'library loaded'
printf '%s\n' 'after import'
greet 'a b *'
__t1=$__r
printf '%s\n' "$__t1"
setGreeting Hi
greet you
__t2=$__r
printf '%s\n' "$__t2"
printf '%s\n' "$greeting"
