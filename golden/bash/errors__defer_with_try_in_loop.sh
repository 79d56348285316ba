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

process_all() {
  local -a items=("${@:2:$1}")
  shift "$(($1 + 1))"
  local ok it __t1 e
  local -a __defers=()
  __defers+=(__defer_process_all_1)
  ok=0
  for it in "${items[@]}"; do
    __t1=0
    while :; do
      if [[ -z $it ]]; then
        __err='empty item'
        __t1=1
        break
      fi
      ok=$((ok + 1))
      break
    done
    if ((__t1 == 1)); then
      __t1=0
      e=$__err
      printf '%s\n' "skip: $e"
    fi
  done
  __r=$ok
  __utah_run_defers
  return 0
}

__defer_process_all_1() {
  printf '%s\n' 'defer once'
}

__t2=(a '' 'b *' '')
process_all "${#__t2[@]}" "${__t2[@]}"
__t3=$__r
printf '%s\n' "$__t3"
