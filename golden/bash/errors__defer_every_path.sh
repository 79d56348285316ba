#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

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

inner() {
  local -a __defers=()
  __defers+=(__defer_inner_1)
  __defers+=(__defer_inner_2)
  __err='inner threw'
  __utah_run_defers
  return 1
}

outer() {
  local i
  local -a __defers=()
  __defers+=(__defer_outer_1)
  for ((i = 0; i < 5; i++)); do
    if ((i == 1)); then
      __r='outer returned'
      __utah_run_defers
      return 0
    fi
  done
  __r='unreached'
  __utah_run_defers
  return 0
}

middle() {
  local -a __defers=()
  __defers+=(__defer_middle_1)
  inner || { __utah_run_defers; return 1; }
  printf '%s\n' 'not reached'
  __utah_run_defers
  return 0
}

plain() {
  local -a __defers=()
  __defers+=(__defer_plain_1)
  printf '%s\n' 'plain body'
  __utah_run_defers
}

__defer_inner_1() {
  printf '%s\n' 'inner d1'
}

__defer_inner_2() {
  printf '%s\n' 'inner d2'
}

__defer_outer_1() {
  printf '%s\n' 'outer d'
}

__defer_middle_1() {
  printf '%s\n' 'middle d'
}

__defer_plain_1() {
  printf '%s\n' 'plain d'
}

outer
__t1=$__r
printf '%s\n' "$__t1"
__t2=0
while :; do
  middle || { __t2=1; break; }
  break
done
if ((__t2 == 1)); then
  __t2=0
  e=$__err
  printf '%s\n' "caught $e"
fi
plain
