#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
a=1
b=2
printf '%s\n' "$((a + b))"
printf '%s\n' '// not a comment /* nor this */'
