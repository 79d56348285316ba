#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

fails() {
  local code=$1
  exit "$code"
}

blocks() {
  i=0 >/dev/null
  { while [ ! -e never ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; } >/dev/null
}

fails 3 &
f=$!
wait "$f"
__t2=$?
printf '%s\n' "$__t2"
blocks &
b=$!
kill "$b" >/dev/null
wait "$b"
__t4=$?
printf '%s\n' "$__t4"
