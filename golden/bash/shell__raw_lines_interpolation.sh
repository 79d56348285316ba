#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
name="weird *name \$x 'q'.txt"
touch "${name}"
ls
arg='-n'
printf '[%s]\n' "$arg"
spaced='  two  spaces  '
printf '[%s]\n' "$spaced"
empty=''
printf '[%s]\n' "${empty}"
rm -- "$name"
ls | wc -l
