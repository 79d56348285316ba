#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' 42
printf '%s\n' 3.5
printf '%s\n' 1000
printf '%s\n' 31
printf '%s\n' 2.5
printf '%s\n' -7
printf '%s\n' true
printf '%s\n' false
printf '%s\n' null
printf '%s\n' undefined
printf '%s\n' double
printf '%s\n' single
printf '%s\n' template
printf '%s\n' 'tab:	here'
printf '%s\n' 'A is A, quote " and backslash \'
printf '%s\n' 'two words 3'
printf '%s\n' ''
