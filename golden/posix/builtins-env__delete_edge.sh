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

__utah_env_name() {
  # Why: env.* take variable names at run time; only an identifier may reach
  # eval, export or unset, so no text of the name can act as code.
  # Usage: __utah_env_name FN NAME -> status 0 when NAME is an identifier, else
  # __err (naming env.FN) and status 1.  The letters are listed, not ranged, so
  # that no locale widens them.
  case $2 in
    '' | [0123456789]* | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_]*) ;;
    *) return 0 ;;
  esac
  __err="env.$1: invalid variable name '$2'"
  return 1
}

__utah_env_write() {
  # Why: env.set exports, env.delete unsets, a variable named by a value (checked
  # first); `command` keeps a read-only NAME from ending the script (and __err is
  # set first: posh returns from this function when export or unset fails).
  # Usage: __utah_env_write set NAME VALUE | __utah_env_write delete NAME; a bad or
  # read-only NAME -> __err, status 1.
  __utah_env_name "$1" "$2" || return 1
  __err="env.$1: cannot $1 '$2'"
  if [ "$1" = set ]; then
    command export "$2=$3" 2>/dev/null && return 0
  else
    command unset "$2" 2>/dev/null && return 0
  fi
  return 1
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__fn_del() {
  n=$1
  __utah_env_write delete "$n" || return 1
  return 0
}

del() {
  __utah_save n
  __fn_del "$@"
  set -- "$?"
  __utah_restore n
  return "$1"
}

__utah_env_write delete UTAH_NEVER_SET || __utah_uncaught
printf '%s\n' ok
__t1=0
while :; do
  del a-b || { __t1=1; break; }
  break
done
if [ "$((__t1 == 1))" -ne 0 ]; then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
