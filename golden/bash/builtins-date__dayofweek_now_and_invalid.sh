#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  local -n __ua_in=$1
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ $__ua_e == "$2" ]]; then return 0; fi
  done
  return 1
}

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

days=(Sunday Monday Tuesday Wednesday Thursday Friday Saturday)
__utah_day_of_week '' || __utah_uncaught
__t1=$__r
if __utah_array_includes days "$__t1"; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
__t3=0
while :; do
  __utah_day_of_week 1e+300 || { __t3=1; break; }
  __t4=$__r
  break
done
if ((__t3 == 1)); then
  __t3=0
  e=$__err
  printf '%s\n' "$e"
fi
