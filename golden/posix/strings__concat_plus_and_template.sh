#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
a='x'
n=1.5
printf '%s\n' "$a$n $a$n ${a}12 3$a"
