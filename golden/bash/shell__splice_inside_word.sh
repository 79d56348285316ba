#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
v='mid  dle *'
printf '%s\n' "$(printf '<%s>' pre"$v"post)"
cmd="printf '<%s>' 'it'\\''s' \"dq $((1+2))\""
printf '%s\n' "$(eval "$cmd")"
