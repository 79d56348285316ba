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

a=null
b='undefined'
__t2=$a
if __utah_is_nullish "$__t2"; then
  __t2=$b
fi
__t1=$__t2
if __utah_is_nullish "$__t1"; then
  __t1='third'
fi
__t4=$a
if __utah_is_nullish "$__t4"; then
  __t4='second'
fi
__t3=$__t4
if __utah_is_nullish "$__t3"; then
  __t3='third'
fi
printf '%s\n' "$__t1 $__t3"
f=false
__t5=$f
if __utah_is_nullish "$__t5"; then
  __t5=true
fi
printf '%s\n' "$__t5"
