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

__fn_step() {
  unset __t1 e_2
  __t1=0
  while :; do
    sh -c 'exit 4' || { __status=$?; __err="command failed with status $__status: sh -c 'exit 4'"; __t1=1; break; }
    __r='not reached in function'
    return 0
  done
  if [ "$((__t1 == 1))" -ne 0 ]; then
    __t1=0
    e_2=$__err
    __r="function's raw failure caught"
    return 0
  fi
}

step() {
  __utah_save __t1 e_2
  __fn_step "$@"
  set -- "$?"
  __utah_restore e_2 __t1
  return "$1"
}

__t2=0
while :; do
  test 1 = 1 || { __err='condition failed: test 1 = 1'; __t2=1; break; }
  printf '%s\n' 'a succeeding command is fine'
  sh -c 'exit 5' || { __status=$?; __err="command failed with status $__status: sh -c 'exit 5'"; __t2=1; break; }
  printf '%s\n' 'not reached'
  break
done
if [ "$((__t2 == 1))" -ne 0 ]; then
  __t2=0
  e=$__err
  printf '%s\n' "$e"
fi
step
__t3=$__r
printf '%s\n' "$__t3"
sh -c 'exit 3'
printf '%s\n' "outside try: continued with $?"
