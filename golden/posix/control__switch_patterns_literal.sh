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

__fn_which() {
  s_2=$1
  unset __t1 __t2
  __t2=$s_2
  if [ "$__t2" = '*' ]; then
    __t1=0
  elif [ "$__t2" = '?' ]; then
    __t1=1
  elif [ "$__t2" = '[ab]' ]; then
    __t1=2
  elif [ "$__t2" = 'a|b' ]; then
    __t1=3
  elif [ "$__t2" = "$HOME" ]; then
    __t1=4
  else
    __t1=5
  fi
  while :; do
    if [ "$((__t1 <= 0))" -ne 0 ]; then
      __r='star'
      return 0
    fi
    if [ "$((__t1 <= 1))" -ne 0 ]; then
      __r='question'
      return 0
    fi
    if [ "$((__t1 <= 2))" -ne 0 ]; then
      __r='brackets'
      return 0
    fi
    if [ "$((__t1 <= 3))" -ne 0 ]; then
      __r='pipe'
      return 0
    fi
    if [ "$((__t1 <= 4))" -ne 0 ]; then
      __r='dollar'
      return 0
    fi
    if [ "$((__t1 <= 5))" -ne 0 ]; then
      __r="default($s_2)"
      return 0
    fi
    break
  done
}

which() {
  __utah_save s_2 __t1 __t2
  __fn_which "$@"
  set -- "$?"
  __utah_restore __t2 __t1 s_2
  return "$1"
}

for s in '*' '?' '[ab]' a b x 'a|b' "$HOME" '' 'a b'; do
  which "$s"
  __t3=$__r
  printf '%s\n' "$__t3"
done
