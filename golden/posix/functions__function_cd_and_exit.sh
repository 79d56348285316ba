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

__fn_enter() {
  dir=$1
  mkdir -p "${dir}"
  cd "${dir}" || exit 1
}

enter() {
  __utah_save dir
  __fn_enter "$@"
  set -- "$?"
  __utah_restore dir
  return "$1"
}

__fn_stop() {
  code=$1
  printf '%s\n' stopping
  exit "$((code & 255))"
}

stop() {
  __utah_save code
  __fn_stop "$@"
  set -- "$?"
  __utah_restore code
  return "$1"
}

enter 'sub dir'
here=$(basename "$(pwd)")
printf '%s\n' "$here"
stop 5
printf '%s\n' 'not reached'
