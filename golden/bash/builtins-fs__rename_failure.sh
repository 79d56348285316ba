#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
if mv -f -- missing.txt other.txt 2>/dev/null; then
  __t1=true
else
  __t1=false
fi
printf '%s\n' "$__t1"
if [[ -e other.txt ]]; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
