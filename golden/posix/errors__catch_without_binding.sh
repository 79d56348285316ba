#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

level3() {
  __err='L3'
  return 1
}

__fn_level2() {
  unset __t1
  __t1=0
  while :; do
    level3 || { __t1=1; break; }
    __r='no'
    return 0
  done
  if [ "$((__t1 == 1))" -ne 0 ]; then
    __t1=0
    __r='level2 handled'
    return 0
  fi
}

level2() {
  __utah_save __t1
  __fn_level2 "$@"
  set -- "$?"
  __utah_restore __t1
  return "$1"
}

__fn_level1() {
  unset r
  level2
  r=$__r
  __r="level1 got $r"
  return 0
}

level1() {
  __utah_save r
  __fn_level1 "$@"
  set -- "$?"
  __utah_restore r
  return "$1"
}

level1
__t2=$__r
printf '%s\n' "$__t2"
__t3=0
while :; do
  __t4=0
  while :; do
    __err='a'
    __t4=1
    break
  done
  if [ "$((__t4 == 1))" -ne 0 ]; then
    __t4=0
    __err='b'
    __t3=1
    break
  fi
  break
done
if [ "$((__t3 == 1))" -ne 0 ]; then
  __t3=0
  e=$__err
  printf '%s\n' "outer $e"
fi
