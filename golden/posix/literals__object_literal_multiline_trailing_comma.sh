#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
o='{"quoted key":1,"bare":"two","nested":{"x":[1,2]}}'
printf '%s\n' "$o"
