#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
xs=()
__t1='undefined'
if ((${#xs[@]} > 0)); then
  __t1=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
__t2="${__t1#}"
__t3="${xs[0]-undefined}"
xs=("${xs[@]:1}")
printf '%s\n' "$__t2 ${__t3#} $((${#xs[@]}))"
