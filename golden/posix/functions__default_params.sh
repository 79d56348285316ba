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

__fn_f() {
  a=$1
  b=$2
  n=$3
  __r="[$a] [$b] [$n]"
  return 0
}

f() {
  __utah_save a b n
  __fn_f "$@"
  set -- "$?"
  __utah_restore n b a
  return "$1"
}

__fn_h() {
  flag=$1
  if [ "$flag" = true ]; then
    __r='on'
  else
    __r='off'
  fi
  return 0
}

h() {
  __utah_save flag
  __fn_h "$@"
  set -- "$?"
  __utah_restore flag
  return "$1"
}

f x 'd*f $x "q"' 2.5
__t2=$__r
printf '%s\n' "$__t2"
f x '' 2.5
__t3=$__r
printf '%s\n' "$__t3"
f x y 0
__t4=$__r
printf '%s\n' "$__t4"
h true
__t5=$__r
__t6=$__t5
h false
__t7=$__r
printf '%s\n' "$__t6 $__t7"
