#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
sh -c 'i=0; while [ ! -e go ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; [ -e go ]' &
pid=$!
printf '%s\n' "$(kill -0 "$pid" 2>/dev/null && echo running || echo gone)"
touch go
wait "$pid"
__t2=$?
printf '%s\n' "status $__t2"
printf '%s\n' "$(kill -0 "$pid" 2>/dev/null && echo running || echo gone)"
