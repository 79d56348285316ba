#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
x=3
printf '%s\n' "$((-(-x))) $((-(-x))) $x 3"
