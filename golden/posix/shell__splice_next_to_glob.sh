#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
dir='d [1] *'
mkdir -p "${dir}"
touch "${dir}/x.log" "${dir}/y.log" "${dir}/z.txt"
printf '%s\n' "$(ls "$dir"/*.log)"
ext='log'
printf '%s\n' "$(cd "${dir}" && ls *."$ext")"
prefix='?'
printf '%s\n' "$(cd "${dir}" && ls "$prefix".log 2>/dev/null || echo "no literal ?.log")"
printf '%s\n' "$(cd "${dir}" && ls [xz]."$ext")"
