#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_date_now() {
  # Why: date.now in seconds: POSIX sh has no clock, so one `date +%s`.
  # Usage: __utah_date_now -> __r.
  __r=$(date +%s)
}

__utah_date_ts() {
  # Why: a timestamp is checked and cut to whole seconds (toward negative
  # infinity: -1.5 is -2) before it reaches `date`.
  # Usage: __utah_date_ts FN TS -> __r (TS '' means now); a TS that is not a
  # finite decimal number (at most 15 integer digits) -> __err, status 1.
  if [ -z "$2" ]; then
    __utah_date_now
    return 0
  fi
  __udt_i=${2#-}
  __udt_f=
  case $__udt_i in *.*) __udt_f=${__udt_i#*.} __udt_i=${__udt_i%%.*} ;; esac
  case $__udt_i in
    '' | *[!0123456789]* | ????????????????*) ;;
    *)
      case $__udt_f in
        *[!0123456789]*) ;;
        *)
          __udt_i=${__udt_i#"${__udt_i%%[!0]*}"}
          __r=${__udt_i:-0}
          case $2 in
            -*)
              __r=$((-__r))
              case $__udt_f in *[123456789]*) __r=$((__r - 1)) ;; esac
              ;;
          esac
          return 0
          ;;
      esac
      ;;
  esac
  __err="date.$1: invalid timestamp '$2'"
  return 1
}

__utah_date_format() {
  # Why: date.format: POSIX sh cannot format a time, so one `date -d @TS +FMT`
  # (GNU, busybox) or `date -r TS +FMT` (BSD).  A % that starts no conversion is
  # doubled first, so it stays a %, as in the bash build (so are %N and %q, GNU
  # date's own, which strftime does not know); a final x keeps the
  # trailing newlines of the text from $( ).
  # Usage: __utah_date_format TS FMT -> __r (TS '' = now, local time zone, TZ
  # honoured); %% is %, a lone % stays; TS not a number -> __err, status 1.
  __utah_date_ts format "$1" || return 1
  __udf_ts=$__r
  __udf_f=$2
  __udf_out=
  while :; do
    case $__udf_f in
      *%*) ;;
      *) break ;;
    esac
    __udf_out=$__udf_out${__udf_f%%%*}%
    __udf_f=${__udf_f#*%}
    __udf_c=$__udf_f
    while :; do
      case $__udf_c in
        [_0^#-]*) __udf_c=${__udf_c#?} ;;
        *) break ;;
      esac
    done
    while :; do
      case $__udf_c in
        [0123456789]*) __udf_c=${__udf_c#?} ;;
        *) break ;;
      esac
    done
    case $__udf_c in [EO]*) __udf_c=${__udf_c#?} ;; esac
    case $__udf_c in
      [ABCDEFGHIJKLMOPQRSTUVWXYZabcdefghijklmnoprstuvwxyz+%]*)
        __udf_c=${__udf_c#?}
        __udf_out=$__udf_out${__udf_f%"$__udf_c"}
        __udf_f=$__udf_c
        ;;
      *) __udf_out=$__udf_out% ;;
    esac
  done
  __udf_out=$__udf_out$__udf_f
  __r=$(date -d "@$__udf_ts" "+${__udf_out}x" 2>/dev/null || date -r "$__udf_ts" "+${__udf_out}x")
  __r=${__r%x}
}

__utah_day_of_week() {
  # Why: date.dayOfWeek in English whatever the locale: the day's number (%w) from
  # __utah_date_format, the name from a list.
  # Usage: __utah_day_of_week TS -> __r (TS '' = today); bad TS -> __err, status 1.
  __utah_date_ts dayOfWeek "$1" || return 1
  __utah_date_format "$__r" %w
  case $__r in
    0) __r=Sunday ;;
    1) __r=Monday ;;
    2) __r=Tuesday ;;
    3) __r=Wednesday ;;
    4) __r=Thursday ;;
    5) __r=Friday ;;
    *) __r=Saturday ;;
  esac
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
