#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  [[ $1 == null || $1 == undefined ]]
}

xs=(a)
__t1=${xs[5]}
if __utah_is_nullish "$__t1"; then
  __t1='dflt'
fi
printf '%s\n' "${xs[0]} ${xs[1]} $__t1"
