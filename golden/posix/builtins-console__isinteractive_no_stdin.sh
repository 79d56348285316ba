#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
if ! [ -t 0 ]; then
  printf '%s\n' 'batch mode'
fi
