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

zero=0
empty=''
nothing=null
__t1=$zero
if __utah_is_nullish "$__t1"; then
  __t1=5
fi
__t2=$zero
if ! { [ "$__t2" != 0 ] && [ "$__t2" != NaN ]; }; then
  __t2=5
fi
__t3=$empty
if __utah_is_nullish "$__t3"; then
  __t3='d'
fi
__t4=$empty
if [ -z "$__t4" ]; then
  __t4='d'
fi
__t5=$nothing
if __utah_is_nullish "$__t5"; then
  __t5='d'
fi
printf '%s\n' "$__t1 $__t2 [$__t3] $__t4 $__t5"
