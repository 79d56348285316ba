#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  case $1 in
    null | undefined) return 0 ;;
  esac
  return 1
}

fallback() {
  hits=$((hits + 1))
  __r='fb'
  return 0
}

hits=0
set_2='v'
unset_2=null
__t1=$set_2
if __utah_is_nullish "$__t1"; then
  fallback
  __t2=$__r
  __t1=$__t2
fi
__t3=$__t1
__t4=$unset_2
if __utah_is_nullish "$__t4"; then
  fallback
  __t5=$__r
  __t4=$__t5
fi
printf '%s\n' "$__t3 $__t4 $hits"
