#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
if command -v -- sh >/dev/null 2>&1; then
  __t1=true
else
  __t1=false
fi
__t2=$__t1
if command -v -- ls >/dev/null 2>&1; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t2 $__t3"
if command -v -- definitely-not-installed-xyz >/dev/null 2>&1; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t4"
