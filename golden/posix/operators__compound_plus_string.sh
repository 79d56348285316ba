#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
s='n='
s="${s}4"
s="${s}0.5"
s="$s!"
printf '%s\n' "$s"
