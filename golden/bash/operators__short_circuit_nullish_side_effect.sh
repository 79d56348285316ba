#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

fallback() {
  hits=$((hits + 1))
  __r='fb'
  return 0
}

hits=0
set_2='v'
unset_2='null'
__t1=$set_2
__t2=$__t1
__t3=$unset_2
if [[ $__t3 == 'undefined' ]] || [[ $__t3 == 'null' ]]; then
  fallback
  __t4=$__r
  __t3=$__t4
fi
printf '%s\n' "$__t2 $__t3 $hits"
