#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' 'bad * $x -n 42' >&2
printf '%s\n' '' >&2
printf '%s\n' 'stdout only'
