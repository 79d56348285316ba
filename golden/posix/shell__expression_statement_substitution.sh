#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
echo discarded >/dev/null
touch made.txt >/dev/null
if [ -e made.txt ]; then
  __t1=true
else
  __t1=false
fi
printf '%s\n' "$__t1"
{ printf 'to stderr\n' >&2; } >/dev/null
printf '%s\n' end
