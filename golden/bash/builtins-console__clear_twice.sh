#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_clear() {
  # Why: console.clear clears a terminal and does nothing to a file or pipe.
  # Usage: __utah_clear.
  if [[ -t 1 ]]; then printf '\033[H\033[2J\033[3J'; fi
}

reset() {
  __utah_clear
}

__utah_clear
reset
reset
