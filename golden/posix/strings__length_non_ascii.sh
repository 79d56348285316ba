#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
word='héllo'
printf '%s\n' "$((${#word}))"
__t1='日本語'
__t2='ü-ö'
printf '%s\n' "$((${#__t1})) ${#__t2}"
