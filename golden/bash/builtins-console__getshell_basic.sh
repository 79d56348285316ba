#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_get_shell() {
  # Why: console.getShell: the user's shell by name ($SHELL), else this bash.
  # Usage: __utah_get_shell -> __r.
  __r=${SHELL##*/}
  [[ -n $__r ]] || __r=bash
}

__utah_get_shell
__t1=$__r
printf '%s\n' "$__t1"
