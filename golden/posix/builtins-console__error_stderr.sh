#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' 'bad * $x -n 42' >&2
printf '%s\n' '' >&2
printf '%s\n' 'stdout only'
