#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
sh -c 'exit 4'
s=$?
printf '%s\n' "$s"
test -d .
printf '%s\n' "$?"
