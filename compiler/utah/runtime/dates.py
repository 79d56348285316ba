"""Helpers of `date.*`: timestamps are seconds since the epoch (numbers).

* ``__utah_date_now``               -> ``__r``: seconds ($EPOCHSECONDS).
* ``__utah_date_ts FN TS``          -> ``__r``: TS as whole seconds ('' = now); error if not a number.
* ``__utah_date_format TS FMT``     -> ``__r``: strftime text, by bash's printf %(…)T.
* ``__utah_date_parse TEXT``        -> ``__r``: seconds, by one GNU ``date -d``.
* ``__utah_date_unit FN UNIT``      -> ``__r``: seconds in UNIT.
* ``__utah_date_add FN TS N UNIT``  -> ``__r``: TS plus (FN add) or minus (subtract) N UNITs.
* ``__utah_date_diff A B UNIT``     -> ``__r``: (A - B) in UNITs, cut toward zero.
* ``__utah_day_of_week TS``         -> ``__r``: Sunday … Saturday (English, any locale).

Errors set ``__err`` and return status 1.
"""

from .charsets import spelled

DATE_NOW = r"""
__utah_date_now() {
  # Why: date.now in seconds from $EPOCHSECONDS (bash 5); bash 4 asks printf %(%s)T.
  # Usage: __utah_date_now -> __r.  No process either way.
  __r=${EPOCHSECONDS-}
  if [[ -z $__r ]]; then
    printf -v __r '%(%s)T' -1
  fi
}
"""

DATE_TS = r"""
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
"""

DATE_FORMAT = r"""
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
"""

DATE_PARSE = r"""
__utah_date_parse() {
  # Why: date.parse needs a date parser; GNU `date -d` is the one process.
  # Usage: __utah_date_parse TEXT -> __r (seconds); blank or unparseable TEXT, or a
  # date without -d (BSD) -> __err, status 1.
  if [[ ! $1 =~ [^[:space:]] ]] || ! __r=$(date -d "$1" +%s 2>/dev/null) \
      || [[ ! $__r =~ ^-?[0-9]+$ ]]; then
    __err="date.parse: cannot parse '$1'"
    return 1
  fi
}
"""

DATE_UNIT = r"""
__utah_date_unit() {
  # Why: date.add/subtract/diff take the unit as text; a unit known only at run
  # time is looked up here (a literal one is checked by the compiler).
  # Usage: __utah_date_unit FN UNIT -> __r (seconds per UNIT: seconds minutes hours
  # days, singular or plural); another UNIT -> __err, status 1.
  case $2 in
    second | seconds) __r=1 ;;
    minute | minutes) __r=60 ;;
    hour | hours) __r=3600 ;;
    day | days) __r=86400 ;;
    *)
      __err="date.$1: unknown unit '$2' (seconds, minutes, hours, days)"
      return 1
      ;;
  esac
}
"""

DATE_ADD = r"""
__utah_date_add() {
  # Why: date.add/subtract are arithmetic on seconds (JS numbers, fractions allowed).
  # Usage: __utah_date_add FN TS N UNIT -> __r = TS + N*UNIT (FN add) or TS - N*UNIT
  # (FN subtract); unknown UNIT -> __err, status 1.
  __utah_date_unit "$1" "$4" || return 1
  __utah_arith '*' "$3" "$__r"
  if [[ $1 == add ]]; then
    __utah_arith + "$2" "$__r"
  else
    __utah_arith - "$2" "$__r"
  fi
}
"""

DATE_DIFF = r"""
__utah_date_diff() {
  # Why: date.diff(a, b, unit) is (a - b) in whole units, cut toward zero as
  # moment's diff does; integers stay in $(( )).
  # Usage: __utah_date_diff A B UNIT -> __r; unknown UNIT -> __err, status 1.
  local __udd_i='^-?[0-9]{1,15}$' __udd_u
  __utah_date_unit diff "$3" || return 1
  if [[ $1 =~ $__udd_i && $2 =~ $__udd_i ]]; then
    __r=$(( ($1 - $2) / __r ))
    return 0
  fi
  __udd_u=$__r
  __utah_arith - "$1" "$2"
  __utah_arith / "$__r" "$__udd_u"
  __utah_math trunc "$__r"
}
"""

DAY_OF_WEEK = r"""
__utah_day_of_week() {
  # Why: date.dayOfWeek in English whatever the locale: printf %(%w)T gives the
  # day's number without a process.
  # Usage: __utah_day_of_week TS -> __r (TS '' = today); bad TS -> __err, status 1.
  local __udw_n __udw_names=(Sunday Monday Tuesday Wednesday Thursday Friday Saturday)
  __utah_date_ts dayOfWeek "$1" || return 1
  printf -v __udw_n '%(%w)T' "$__r"
  __r=${__udw_names[__udw_n]}
}
"""

# --------------------------------------------------------------- POSIX sh versions
# POSIX sh has no $EPOCHSECONDS and no printf %(…)T, and POSIX date formats only the
# current time: the clock and formatting take one `date` each (`date -d @TS`, GNU
# and busybox; `date -r TS`, BSD).

DATE_NOW_POSIX = r"""
__utah_date_now() {
  # Why: date.now in seconds: POSIX sh has no clock, so one `date +%s`.
  # Usage: __utah_date_now -> __r.
  __r=$(date +%s)
}
"""

DATE_TS_POSIX = r"""
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
"""

DATE_FORMAT_POSIX = r"""
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
"""

DATE_PARSE_POSIX = spelled(r"""
__utah_date_parse() {
  # Why: date.parse needs a date parser; GNU `date -d` is the one process.
  # Usage: __utah_date_parse TEXT -> __r (seconds); blank or unparseable TEXT, or a
  # date without -d (BSD) -> __err, status 1.
  __udp_w=@SPACE@
  case $1 in
    *[!$__udp_w]*)
      if __r=$(date -d "$1" +%s 2>/dev/null); then
        case ${__r#-} in
          '' | *[!0123456789]*) ;;
          *) return 0 ;;
        esac
      fi
      ;;
  esac
  __err="date.parse: cannot parse '$1'"
  return 1
}
""")

DATE_ADD_POSIX = r"""
__utah_date_add() {
  # Why: date.add/subtract are arithmetic on seconds (JS numbers, fractions allowed).
  # Usage: __utah_date_add FN TS N UNIT -> __r = TS + N*UNIT (FN add) or TS - N*UNIT
  # (FN subtract); unknown UNIT -> __err, status 1.
  __utah_date_unit "$1" "$4" || return 1
  __utah_arith '*' "$3" "$__r"
  if [ "$1" = add ]; then
    __utah_arith + "$2" "$__r"
  else
    __utah_arith - "$2" "$__r"
  fi
}
"""

DATE_DIFF_POSIX = r"""
__utah_date_diff() {
  # Why: date.diff(a, b, unit) is (a - b) in whole units, cut toward zero as
  # moment's diff does (through the number helpers: no =~ to spot integers).
  # Usage: __utah_date_diff A B UNIT -> __r; unknown UNIT -> __err, status 1.
  __utah_date_unit diff "$3" || return 1
  __udd_u=$__r
  __utah_arith - "$1" "$2"
  __utah_arith / "$__r" "$__udd_u"
  __utah_math trunc "$__r"
}
"""

DAY_OF_WEEK_POSIX = r"""
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
"""

DEFINITIONS = [(DATE_NOW, DATE_NOW_POSIX), (DATE_TS, DATE_TS_POSIX), (DATE_FORMAT, DATE_FORMAT_POSIX),
               (DATE_PARSE, DATE_PARSE_POSIX), (DATE_UNIT, DATE_UNIT), (DATE_ADD, DATE_ADD_POSIX),
               (DATE_DIFF, DATE_DIFF_POSIX), (DAY_OF_WEEK, DAY_OF_WEEK_POSIX)]
