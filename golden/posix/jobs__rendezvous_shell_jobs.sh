#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
waitFor='i=0; while [ ! -e "$1" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; [ -e "$1" ]'
sh -c "touch a.mark; ${waitFor}" _ b.mark &
a=$!
sh -c "touch b.mark; ${waitFor}" _ a.mark &
b=$!
wait "$a"
sa=$?
wait "$b"
sb=$?
printf '%s\n' "a=$sa b=$sb"
