#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
names=('' 'ls; touch pwned' -v '$(touch pwned)' '*' 'a b')
for n in "${names[@]}"; do
  __t1=$n
  if command -v -- "$n" >/dev/null 2>&1; then
    __t2=true
  else
    __t2=false
  fi
  printf '%s\n' "[$__t1] $__t2"
done
if [[ -e pwned ]]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
