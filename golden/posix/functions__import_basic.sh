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

__fn_greet() {
  who=$1
  __r="$greeting, $who!"
  return 0
}

greet() {
  __utah_save who
  __fn_greet "$@"
  set -- "$?"
  __utah_restore who
  return "$1"
}

__fn_setGreeting() {
  g=$1
  greeting=$g
}

setGreeting() {
  __utah_save g
  __fn_setGreeting "$@"
  set -- "$?"
  __utah_restore g
  return "$1"
}

printf '%s\n' 'before import'
greeting='Hello'
printf '%s\n' 'library loaded'
printf '%s\n' 'after import'
greet 'a b *'
__t1=$__r
printf '%s\n' "$__t1"
setGreeting Hi
greet you
__t2=$__r
printf '%s\n' "$__t2"
printf '%s\n' "$greeting"
