#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
names=('' 'ls; touch pwned' -v '$(touch pwned)' '*' 'a b')
for n in "${names[@]}"; do
  if command -v -- "$n" >/dev/null 2>&1; then
    __t1=true
  else
    __t1=false
  fi
  printf '%s\n' "[$n] $__t1"
done
if [[ -e pwned ]]; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
