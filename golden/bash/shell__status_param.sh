#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
sh -c 'exit 4'
s=$?
printf '%s\n' "$s"
test -d .
printf '%s\n' "$?"
