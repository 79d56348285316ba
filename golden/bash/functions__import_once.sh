#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

cycleValue() {
  __r='from cycle'
  return 0
}

onceValue() {
  __r='from once'
  return 0
}

printf '%s\n' 'cycle loaded'
loads=0
loads=$((loads + 1))
printf '%s\n' 'once loaded'
onceValue
__t1=$__r
__t2=$__t1
cycleValue
__t3=$__r
printf '%s\n' "$__t2 $__t3 $loads"
