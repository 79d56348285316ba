#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
sh -c 'sleep 1; exit 3' &
failing=$!
sh -c 'echo from the job' &
talker=$!
wait "$talker" >/dev/null
alive=$(kill -0 "$failing" 2>/dev/null && echo alive || echo gone)
printf '%s\n' "while running: $alive"
wait "$failing"
status_2=$?
printf '%s\n' "exit code $status_2"
printf '%s\n' 'all done'
