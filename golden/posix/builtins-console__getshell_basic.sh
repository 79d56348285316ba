#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_get_shell() {
  # Why: console.getShell: the user's shell by name ($SHELL), else sh.
  # Usage: __utah_get_shell -> __r.
  __r=${SHELL##*/}
  [ -n "$__r" ] || __r='sh'
}

__utah_get_shell
__t1=$__r
printf '%s\n' "$__t1"
