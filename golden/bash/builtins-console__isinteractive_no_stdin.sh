#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
if ! [[ -t 0 ]]; then
  printf '%s\n' 'batch mode'
fi
