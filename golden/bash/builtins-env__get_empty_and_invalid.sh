#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_env_name() {
  # Why: env.* take variable names at run time; only an identifier may reach
  # ${!name}, declare or unset, so no text of the name can act as code.
  # Usage: __utah_env_name FN NAME -> status 0 when NAME is an identifier, else
  # __err (naming env.FN) and status 1.
  if [[ $2 =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    return 0
  fi
  __err="env.$1: invalid variable name '$2'"
  return 1
}

__utah_env_get() {
  # Why: env.get reads a variable whose name is a value: ${!name}, checked first.
  # Usage: __utah_env_get NAME [DEFAULT] -> __r (DEFAULT when NAME is unset or empty).
  __utah_env_name get "$1" || return 1
  if (( $# > 1 )); then
    __r=${!1:-$2}
  else
    __r=${!1-}
  fi
}

__utah_env_write() {
  # Why: env.set exports, env.delete unsets, a variable named by a value (checked
  # first), at global scope even when called from a function.
  # Usage: __utah_env_write set NAME VALUE | __utah_env_write delete NAME; a bad or
  # read-only NAME -> __err, status 1.
  __utah_env_name "$1" "$2" || return 1
  if [[ $1 == set ]]; then
    declare -gx -- "$2=$3" 2>/dev/null && return 0
  else
    unset -v -- "$2" 2>/dev/null && return 0
  fi
  __err="env.$1: cannot $1 '$2'"
  return 1
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_env_write set UTAH_EMPTY '' || __utah_uncaught
__t1=$UTAH_EMPTY
__utah_env_get UTAH_EMPTY d
__t2=$__r
printf '%s\n' "[$__t1] [$__t2] [$UTAH_NOPE]"
bad='X; touch pwned'
__t3=0
while :; do
  __utah_env_get "$bad" || { __t3=1; break; }
  __t4=$__r
  break
done
if ((__t3 == 1)); then
  __t3=0
  e=$__err
  printf '%s\n' "$e"
fi
if [[ -e pwned ]]; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t5"
