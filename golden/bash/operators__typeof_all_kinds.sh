#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
n=1.5
s='s'
b=false
a=(1)
o='{"k":1}'
printf '%s\n' 'number string boolean object object'
printf '%s\n' 'number number string string'
