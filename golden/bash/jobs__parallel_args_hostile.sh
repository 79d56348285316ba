#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

show() {
  local a=$1
  local b=$2
  local n=$3
  printf '%s\n' "[$a] [$b] [$n]"
}

show 'a  b *' "\$HOME \`x\` 'q'" 2.5 &
pid=$!
wait "$pid" >/dev/null
show '' -n -1 &
pid2=$!
wait "$pid2" >/dev/null
