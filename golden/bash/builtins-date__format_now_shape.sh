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

__utah_date_format() {
  # Why: date.format through bash's printf %(…)T (strftime), no process.  bash cuts
  # a %(…)T format at its first ')' and at 128 bytes of output, so the format is
  # taken apart here: text is copied, each %-conversion is formatted on its own.
  # Usage: __utah_date_format TS FMT -> __r (TS '' = now, local time zone, TZ
  # honoured); %% is %, a lone % stays; TS not a number -> __err, status 1.
  local __udf_f=$2 __udf_out='' __udf_lit __udf_c __udf_ts
  __utah_date_ts format "$1" || return 1
  __udf_ts=$__r
  while [[ -n $__udf_f ]]; do
    __udf_lit=${__udf_f%%'%'*}
    __udf_out+=$__udf_lit
    __udf_f=${__udf_f:${#__udf_lit}}
    [[ -n $__udf_f ]] || break
    if [[ $__udf_f =~ ^%[_0^#-]*[0-9]*[EO]?[A-Za-z+%] ]]; then
      __udf_c=${BASH_REMATCH[0]}
      if [[ $__udf_c == '%%' ]]; then
        __udf_out+=%
      else
        printf -v __r "%(${__udf_c})T" "$__udf_ts"
        __udf_out+=$__r
      fi
      __udf_f=${__udf_f:${#__udf_c}}
    else
      __udf_out+=%
      __udf_f=${__udf_f:1}
    fi
  done
  __r=$__udf_out
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_date_format '' '%Y-%m-%d %H:%M:%S' || __utah_uncaught
__t1=$__r
printf '%s\n' "$__t1"
