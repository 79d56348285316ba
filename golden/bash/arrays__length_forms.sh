#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=(a 'b c' '')
none=()
printf '%s\n' "$((${#xs[@]})) ${#xs[@]} $((${#none[@]})) ${#none[@]}"
