#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

__utah_aclear() {
  # Why: `NAME=()`: the elements are unset, so reading past the end gives "".
  # Usage: __utah_aclear NAME -> NAME is the empty array.
  eval "__uac_i=\${${1}__n:-0}"
  while [ "$__uac_i" -gt 0 ]; do
    __uac_i=$((__uac_i - 1))
    unset "${1}__$__uac_i"
  done
  eval "${1}__n=0"
}

__utah_apush() {
  # Why: `NAME+=(VALUE…)` on an array held as NAME__n and NAME__0 ….
  # Usage: __utah_apush NAME VALUE... -> appends the values.
  __uap_name=$1
  shift
  eval "__uap_n=\${${__uap_name}__n:-0}"
  for __uap_v in "$@"; do
    eval "${__uap_name}__$__uap_n=\$__uap_v"
    __uap_n=$((__uap_n + 1))
  done
  eval "${__uap_name}__n=\$__uap_n"
}

__utah_acopy() {
  # Why: `DST+=("${SRC[@]:START}")`; the length of SRC is read first, so SRC may be DST.
  # Usage: __utah_acopy DST SRC START.
  __uap_i=$3
  eval "__uap_c=\${${2}__n:-0} __uap_n=\${${1}__n:-0}"
  while [ "$__uap_i" -lt "$__uap_c" ]; do
    eval "${1}__$__uap_n=\${${2}__$__uap_i}"
    __uap_n=$((__uap_n + 1))
    __uap_i=$((__uap_i + 1))
  done
  eval "${1}__n=\$__uap_n"
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

__utah_aclear names
__utah_apush names 1X a-b '' 'A B'
__utah_aclear __f1
__utah_acopy __f1 names 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "n=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __t1=0
  while :; do
    __utah_env_write set "$n" v || { __t1=1; break; }
    printf '%s\n' "set $n"
    break
  done
  if [ "$((__t1 == 1))" -ne 0 ]; then
    __t1=0
    e=$__err
    printf '%s\n' "$e"
  fi
done
__t2=0
while :; do
  __utah_env_write set EUID 1 || { __t2=1; break; }
  printf '%s\n' 'set EUID'
  break
done
if [ "$((__t2 == 1))" -ne 0 ]; then
  __t2=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
