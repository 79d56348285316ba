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

job() {
  local early=$1
  local -a __defers=()
  __defers+=(__defer_job_1)
  __defers+=(__defer_job_2)
  if [[ $early == true ]]; then
    printf '%s\n' 'returning early'
    __r='early'
    __utah_run_defers
    return 0
  fi
  __defers+=(__defer_job_3)
  printf '%s\n' 'end of body'
  __r='late'
  __utah_run_defers
  return 0
}

failing() {
  local -a __defers=()
  __defers+=(__defer_failing_1)
  __err='bad'
  __utah_run_defers
  return 1
}

__defer_job_1() {
  printf '%s\n' 'deferred 1'
}

__defer_job_2() {
  printf '%s\n' 'deferred 2'
}

__defer_job_3() {
  printf '%s\n' 'deferred 3'
}

__defer_failing_1() {
  printf '%s\n' 'cleanup on error'
}

job true
__t1=$__r
printf '%s\n' "$__t1"
job false
__t2=$__r
printf '%s\n' "$__t2"
__t3=0
while :; do
  failing || { __t3=1; break; }
  break
done
if ((__t3 == 1)); then
  __t3=0
  e=$__err
  printf '%s\n' "caught $e"
fi
