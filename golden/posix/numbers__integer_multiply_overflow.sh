#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
a=99999999999
printf '%s\n' "$((a * a)) $((4294967296 * 4294967296))"
