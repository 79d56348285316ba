#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
printf '%s\n' 'false true true true true'
printf '%s\n' 'true true true true true'
printf '%s\n' 'true true true'
