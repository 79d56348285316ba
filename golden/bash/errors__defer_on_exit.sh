#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_run_defers() {
  # Why: `defer` runs at every exit of a function, last registered first.
  # Usage: __utah_run_defers (the function's local array __defers) -> runs and clears it.
  local __ud_r=$__r __ud_err=$__err __ud_i
  for (( __ud_i = ${#__defers[@]} - 1; __ud_i >= 0; __ud_i-- )); do
    "${__defers[__ud_i]}"
  done
  __defers=()
  __r=$__ud_r __err=$__ud_err
}

cleanup() {
  local -a __defers=()
  __defers+=(__defer_cleanup_1)
  __defers+=(__defer_cleanup_2)
  printf '%s\n' 'exiting with 7'
  __utah_run_defers
  exit 7
}

__defer_cleanup_1() {
  printf '%s\n' d1
}

__defer_cleanup_2() {
  printf '%s\n' d2
}

cleanup
printf '%s\n' 'not reached'
