#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
x=1
label='none'
if [ "$((x > 5))" -ne 0 ]; then
  label='big'
elif [ "$((x > 0))" -ne 0 ]; then
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
if [ "$((x == 1))" -ne 0 ]; then
  printf '%s\n' 'one-line if'
fi
