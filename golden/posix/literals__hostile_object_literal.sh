#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
o='{"*":"$HOME","k y":"a\"b","back":"c\\d","nl":"x\ny","tab":"\t"}'
printf '%s\n' "$o"
