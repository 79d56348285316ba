#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
s='n='
s+="4"
s+="0.5"
s+="!"
printf '%s\n' "$s"
