#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
smile='a😀b'
printf '%s\n' "$((${#smile}))"
