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

__fn_worker() {
  me=$1
  other=$2
  unset met
  touch "${me}"
  met=$(i=0; while [ ! -e "${other}" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; [ -e "${other}" ] && echo met || echo timeout)
  printf '%s\n' "$me: $met"
}

worker() {
  __utah_save me other met
  __fn_worker "$@"
  set -- "$?"
  __utah_restore met other me
  return "$1"
}

worker one.mark two.mark &
p1=$!
worker two.mark one.mark &
p2=$!
wait "$p1" >/dev/null
wait "$p2" >/dev/null
printf '%s\n' 'both finished'
