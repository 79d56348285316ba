#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_date_now() {
  # Why: date.now in seconds from $EPOCHSECONDS (bash 5); bash 4 asks printf %(%s)T.
  # Usage: __utah_date_now -> __r.  No process either way.
  __r=${EPOCHSECONDS-}
  if [[ -z $__r ]]; then
    printf -v __r '%(%s)T' -1
  fi
}

__utah_date_ts() {
  # Why: printf %(…)T takes whole seconds; a timestamp is checked and cut to an
  # integer first (toward negative infinity: -1.5 is -2).  bash reads -1 and -2
  # as now and the shell's start, so those two instants of 1969 cannot be formatted.
  # Usage: __utah_date_ts FN TS -> __r (TS '' means now); a TS that is not a
  # finite decimal number -> __err (naming date.FN), status 1.
  if [[ -z $2 ]]; then
    __utah_date_now
  elif [[ $2 =~ ^(-?)([0-9]{1,15})(\.([0-9]*))?$ ]]; then
    __r=$(( 10#${BASH_REMATCH[2]} ))
    if [[ -n ${BASH_REMATCH[1]} ]]; then
      __r=$(( -__r ))
      if [[ ${BASH_REMATCH[4]} == *[1-9]* ]]; then
        __r=$(( __r - 1 ))
      fi
    fi
  else
    __err="date.$1: invalid timestamp '$2'"
    return 1
  fi
}

__utah_day_of_week() {
  # Why: date.dayOfWeek in English whatever the locale: printf %(%w)T gives the
  # day's number without a process.
  # Usage: __utah_day_of_week TS -> __r (TS '' = today); bad TS -> __err, status 1.
  local __udw_n __udw_names=(Sunday Monday Tuesday Wednesday Thursday Friday Saturday)
  __utah_date_ts dayOfWeek "$1" || return 1
  printf -v __udw_n '%(%w)T' "$__r"
  __r=${__udw_names[__udw_n]}
}

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

__utah_env_write set TZ UTC || __utah_uncaught
__utah_day_of_week 0 || __utah_uncaught
__t1=$__r
__t2=$__t1
__utah_day_of_week 1700000000 || __utah_uncaught
__t3=$__r
__t4=$__t3
__utah_day_of_week 259200 || __utah_uncaught
__t5=$__r
printf '%s\n' "$__t2 $__t4 $__t5"
