#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' '12 34 33 123 0.51'
n=5
s=5
printf '%s\n' "$n$s $s$n $((n + n)) $((n + n))"
