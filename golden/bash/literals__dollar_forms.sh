#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
v='x'
printf '%s\n' 'cost $5 ${v}'
printf '%s\n' "a \$ b \$5 $v"
printf '%s\n' '${v} $v $(echo no)'
