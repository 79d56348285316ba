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

__fn_fails() {
  code=$1
  exit "$code"
}

fails() {
  __utah_save code
  __fn_fails "$@"
  set -- "$?"
  __utah_restore code
  return "$1"
}

blocks() {
  i=0 >/dev/null
  { while [ ! -e never ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; } >/dev/null
}

fails 3 &
f=$!
wait "$f"
__t2=$?
printf '%s\n' "$__t2"
blocks &
b=$!
kill "$b" >/dev/null
wait "$b"
__t4=$?
printf '%s\n' "$__t4"
