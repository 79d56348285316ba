#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
printf '%s\n' one >&2
printf '%s\n' two >&2
printf '%s\n' 'three ' >&2
