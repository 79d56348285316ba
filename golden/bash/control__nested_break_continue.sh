#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

out=()
for ((i = 0; i < 3; i++)); do
  j=0
  while true; do
    j=$((j + 1))
    if ((j == 2)); then
      continue
    fi
    if ((j > 3)); then
      break
    fi
    out+=("$i$j")
  done
  if ((i == 1)); then
    continue
  fi
  out+=("end$i")
done
__utah_join out ' '
__t1=$__r
printf '%s\n' "$__t1"
pairs=0
for a in x y; do
  for b in 1 2 3; do
    if [[ $b == 2 ]]; then
      continue
    fi
    while :; do
      pairs=$((pairs + 1))
      break
      if ! true; then
        break
      fi
    done
  done
done
printf '%s\n' "pairs $pairs"
