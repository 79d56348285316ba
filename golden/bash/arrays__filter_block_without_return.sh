#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_json_truthy() {
  # Why: a value of type any (JSON text) is falsy when it is null, false, 0, -0, NaN,
  # the empty string or undefined.
  # Usage: __utah_json_truthy J -> status 0 when truthy.
  [[ -n $1 && $1 != null && $1 != false && $1 != 0 && $1 != -0 && $1 != NaN && $1 != '""'
     && $1 != undefined ]]
}

a=(1 2)
__t1=()
__t3=-1
for __t2 in "${a[@]}"; do
  __t3=$((__t3 + 1))
  x=$__t2
  __t4=''
  while :; do
    printf '%s\n' "$x"
    break
  done
  if __utah_json_truthy "$__t4"; then
    __t1+=("$__t2")
  fi
done
b=("${__t1[@]}")
printf '%s\n' "$((${#b[@]}))"
