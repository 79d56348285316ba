#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_save() {
  # Why: POSIX sh has no `local`; a function saves the variables it uses as locals.
  # Usage: __utah_save NAME... -> pushes each variable's value (or that it is unset).
  for __us_name in "$@"; do
    __us_n=$((${__us_n:-0} + 1))
    eval "__us_$__us_n=\${$__us_name+s}\${$__us_name-}"
  done
}

__utah_restore() {
  # Why: undoes __utah_save when the function returns.
  # Usage: __utah_restore NAME... (the saved names in reverse order) -> pops each.
  for __us_name in "$@"; do
    eval "__us_v=\$__us_$__us_n"
    unset "__us_$__us_n"
    __us_n=$((__us_n - 1))
    case $__us_v in
      s*) eval "$__us_name=\${__us_v#s}" ;;
      *) unset "$__us_name" ;;
    esac
  done
}

__fn_more() {
  unset __t1
  printf '%s\n' "check $n"
  if [ "$((n < 3))" -ne 0 ]; then
    __t1=true
  else
    __t1=false
  fi
  __r=$__t1
  return 0
}

more() {
  __utah_save __t1
  __fn_more "$@"
  set -- "$?"
  __utah_restore __t1
  return "$1"
}

n=0
while :; do
  n=$((n + 1))
  more
  __t2=$__r
  if [ "$__t2" != true ]; then
    break
  fi
done
printf '%s\n' "n $n"
