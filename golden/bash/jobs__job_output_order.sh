#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
sh -c 'i=0; while [ ! -e ping ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; echo "job got ping"; touch pong' &
pid=$!
printf '%s\n' 'script first'
touch ping
i=0 >/dev/null
{ while [ ! -e pong ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; } >/dev/null
printf '%s\n' 'script after pong'
wait "$pid" >/dev/null
