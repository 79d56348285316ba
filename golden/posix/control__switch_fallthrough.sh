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

__fn_classify() {
  v=$1
  unset __t1
  case "$v" in
    a)
      __t1=0
      ;;
    b)
      __t1=1
      ;;
    c)
      __t1=3
      ;;
    *)
      __t1=2
      ;;
  esac
  while :; do
    if [ "$((__t1 <= 0))" -ne 0 ]; then
      printf '%s\n' A
    fi
    if [ "$((__t1 <= 1))" -ne 0 ]; then
      printf '%s\n' 'A or B'
      break
    fi
    if [ "$((__t1 <= 2))" -ne 0 ]; then
      printf '%s\n' other
    fi
    if [ "$((__t1 <= 3))" -ne 0 ]; then
      printf '%s\n' 'C (or fell from default)'
      break
    fi
    break
  done
}

classify() {
  __utah_save v __t1
  __fn_classify "$@"
  set -- "$?"
  __utah_restore __t1 v
  return "$1"
}

classify a
classify b
classify c
classify z
n=2
case "$n" in
  1)
    __t2=0
    ;;
  2)
    __t2=1
    ;;
  3)
    __t2=2
    ;;
  *)
    __t2=3
    ;;
esac
while :; do
  if [ "$((__t2 <= 0))" -ne 0 ]; then
    printf '%s\n' one
    break
  fi
  if [ "$((__t2 <= 2))" -ne 0 ]; then
    printf '%s\n' 'two or three'
    break
  fi
  break
done
