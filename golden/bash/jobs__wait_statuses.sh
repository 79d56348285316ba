#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
sh -c 'exit 0' &
p0=$!
sh -c 'exit 1' &
p1=$!
sh -c 'exit 42' &
p42=$!
sh -c 'exit 255' &
p255=$!
wait "$p42"
__t5=$?
printf '%s\n' "$__t5"
wait "$p0"
__t6=$?
printf '%s\n' "$__t6"
wait "$p255"
__t7=$?
printf '%s\n' "$__t7"
wait "$p1"
__t8=$?
printf '%s\n' "$__t8"
