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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__fn_viaReturn() {
  unset __t1 __t2 __t3
  __t1=0
  while :; do
    printf '%s\n' 'try body'
    __r='returned'
    __t1=2
    break
  done
  __t2=$__r
  __t3=$__err
  printf '%s\n' 'finally before return completes'
  __r=$__t2
  __err=$__t3
  if [ "$((__t1 == 1))" -ne 0 ]; then
    return 1
  elif [ "$((__t1 == 2))" -ne 0 ]; then
    return 0
  fi
}

viaReturn() {
  __utah_save __t1 __t2 __t3
  __fn_viaReturn "$@"
  set -- "$?"
  __utah_restore __t3 __t2 __t1
  return "$1"
}

viaReturn
__t4=$__r
printf '%s\n' "$__t4"
i=$((0))
while [ "$((i < 3))" -ne 0 ]; do
  __t5=0
  while :; do
    if [ "$((i == 0))" -ne 0 ]; then
      __t5=4
      break
    fi
    if [ "$((i == 2))" -ne 0 ]; then
      __t5=3
      break
    fi
    printf '%s\n' "body $i"
    break
  done
  __t6=$__r
  __t7=$__err
  printf '%s\n' "finally $i"
  __r=$__t6
  __err=$__t7
  if [ "$((__t5 == 1))" -ne 0 ]; then
    __utah_uncaught
  elif [ "$((__t5 == 3))" -ne 0 ]; then
    break
  elif [ "$((__t5 == 4))" -ne 0 ]; then
    {
      i=$((i + 1))
      continue
    }
  fi
  i=$((i + 1))
done
__t8=0
while :; do
  printf '%s\n' plain
  break
done
if [ "$((__t8 == 1))" -ne 0 ]; then
  __t8=0
  while :; do
    printf '%s\n' 'no catch'
    break
  done
fi
__t9=$__r
__t10=$__err
printf '%s\n' 'plain finally'
__r=$__t9
__err=$__t10
if [ "$((__t8 == 1))" -ne 0 ]; then
  __utah_uncaught
fi
