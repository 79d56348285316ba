#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

bump() {
  count=$((count + 1))
  __r=true
  return 0
}

count=0
__t2=false
if false; then
  bump
  __t1=$__r
  if [ "$__t1" = true ]; then
    __t2=true
  fi
fi
if [ "$__t2" = true ]; then
  printf '%s\n' no
fi
__t4=true
if ! true; then
  bump
  __t3=$__r
  if [ "$__t3" != true ]; then
    __t4=false
  fi
fi
if [ "$__t4" = true ]; then
  printf '%s\n' yes
fi
i=0
while :; do
  __t6=false
  if [ "$((i < 3))" -ne 0 ]; then
    bump
    __t5=$__r
    if [ "$__t5" = true ]; then
      __t6=true
    fi
  fi
  [ "$__t6" = true ] || break
  i=$((i + 1))
done
printf '%s\n' "$count $i"
