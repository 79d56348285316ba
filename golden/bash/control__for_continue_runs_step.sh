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

step() {
  steps=$((steps + 1))
}

seen=()
for ((i = 0; i < 10; i += 3)); do
  if ((i == 3)); then
    continue
  fi
  seen+=("$i")
done
__utah_join seen ','
__t1=$__r
printf '%s\n' "$__t1"
steps=0
j=0
while ((j < 4)); do
  j=$((j + 1))
  if ((j < 3)); then
    step
    continue
  fi
  step
done
printf '%s\n' "steps $steps"
down=''
for ((k = 5; k > 0; k--)); do
  if ((k % 2 == 0)); then
    continue
  fi
  down+="$k"
done
printf '%s\n' "$down"
