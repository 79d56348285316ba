#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
s='abc'
__t1=''
__t2='a b	c'
printf '%s\n' "$((${#s})) $((${#__t1})) ${#__t2}"
spaced='  '
__t3=''
printf '%s\n' "$((${#spaced})) ${#__t3}"
