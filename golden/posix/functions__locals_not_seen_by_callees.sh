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

report() {
  __r="$name/$count"
  return 0
}

__fn_outer() {
  name_2=$1
  unset count_2 __t1 __t2 __t3
  count_2=99
  __t1=$name_2
  __t2=$count_2
  report
  __t3=$__r
  __r="$__t1:$__t2 -> $__t3"
  return 0
}

outer() {
  __utah_save name_2 count_2 __t1 __t2 __t3
  __fn_outer "$@"
  set -- "$?"
  __utah_restore __t3 __t2 __t1 count_2 name_2
  return "$1"
}

setter() {
  count=2
}

__fn_localCount() {
  unset count_2 __t4 __t5
  count_2=50
  setter
  __t4=$count_2
  report
  __t5=$__r
  __r="local $__t4, global $__t5"
  return 0
}

localCount() {
  __utah_save count_2 __t4 __t5
  __fn_localCount "$@"
  set -- "$?"
  __utah_restore __t5 __t4 count_2
  return "$1"
}

name='global name'
count=1
outer 'param name'
__t6=$__r
printf '%s\n' "$__t6"
localCount
__t7=$__r
printf '%s\n' "$__t7"
printf '%s\n' "$count"
