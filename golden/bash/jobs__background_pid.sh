#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
command='sleep 5'
eval "$command" &
pid=$!
printf '%s\n' "$(ps -o comm= -p "$pid")"
kill "$pid" >/dev/null
wait "$pid"
__t2=$?
printf '%s\n' "$__t2"
