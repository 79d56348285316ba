#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' '14 20 5 2 5 11'
