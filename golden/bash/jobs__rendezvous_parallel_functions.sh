#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

worker() {
  local me=$1
  local other=$2
  local met
  touch "${me}"
  met=$(i=0; while [ ! -e "${other}" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; [ -e "${other}" ] && echo met || echo timeout)
  printf '%s\n' "$me: $met"
}

worker one.mark two.mark &
p1=$!
worker two.mark one.mark &
p2=$!
wait "$p1" >/dev/null
wait "$p2" >/dev/null
printf '%s\n' 'both finished'
