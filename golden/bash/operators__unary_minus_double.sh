#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
x=3
printf '%s\n' "$((-(-x))) $((-(-x))) $x 3"
