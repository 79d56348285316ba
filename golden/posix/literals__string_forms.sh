#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
name='world'
n=2
printf '%s\n' 'single ${name} stays'
printf '%s\n' "double $name and $((n + 1))"
printf '%s\n' "template $name and $((n * 10))"
printf '%s\n' 'price: $5'
printf '%s\n' 'cost $5 and $name stay literal'
printf '%s\n' 'multi
line'
nested="outer inner $name"
printf '%s\n' "$nested"
