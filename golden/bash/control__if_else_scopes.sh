#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
x=1
label='none'
if ((x > 5)); then
  label='big'
elif ((x > 0)); then
  label='small'
else
  label='neg'
fi
printf '%s\n' "$label"
if true; then
  x_2='inner'
  printf '%s\n' "$x_2"
fi
printf '%s\n' "$x"
if ((x == 1)); then
  printf '%s\n' 'one-line if'
fi
