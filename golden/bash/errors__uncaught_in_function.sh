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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

work() {
  local -a __defers=()
  __defers+=(__defer_work_1)
  printf '%s\n' working
  __err='it failed: * $x'
  __utah_run_defers
  return 1
}

__defer_work_1() {
  printf '%s\n' 'work cleanup'
}

printf '%s\n' start
work || __utah_uncaught
printf '%s\n' 'not reached'
