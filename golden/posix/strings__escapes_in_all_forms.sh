#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' 'a	b c	d e	f'
printf '%s\n' 'HI ☺ \'
printf '%s\n' "it's say \"x\" back\`tick"
