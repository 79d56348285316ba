#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=()
xs+=(a)
__t1=${#xs[@]}
xs+=(b c)
__t2=${#xs[@]}
xs+=(d)
printf '%s\n' "$__t1 $__t2 ${#xs[@]}"
