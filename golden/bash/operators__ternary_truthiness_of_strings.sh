#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
values=(0 ' ' '' false)
for v in "${values[@]}"; do
  if [[ -n $v ]]; then
    __t1='truthy'
  else
    __t1='falsy'
  fi
  printf '%s\n' "[$v] $__t1"
done
