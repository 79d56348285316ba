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

leave() {
  local -a __defers=()
  __defers+=(__defer_leave_1)
  __utah_run_defers
  exit 4
}

__defer_leave_1() {
  printf '%s\n' 'defer runs before exit'
}

__t1=0
while :; do
  __err='exit 3'
  __t1=1
  break
done
if ((__t1 == 1)); then
  __t1=0
  printf '%s\n' 'exit caught inside try'
fi
printf '%s\n' leaving
leave
printf '%s\n' 'not reached'
