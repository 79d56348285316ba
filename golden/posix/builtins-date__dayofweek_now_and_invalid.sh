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

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  __uan_n='' __uan_e=''  # set by eval below
  eval "__uan_n=\${$1__n:-0}"
  __uan_i=0
  while [ "$__uan_i" -lt "$__uan_n" ]; do
    eval "__uan_e=\${$1__$__uan_i}"
    if [ "$__uan_e" = "$2" ]; then return 0; fi
    __uan_i=$(( __uan_i + 1 ))
  done
  return 1
}

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_aclear days
__utah_apush days Sunday Monday Tuesday Wednesday Thursday Friday Saturday
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
if [ "$((__t3 == 1))" -ne 0 ]; then
  __t3=0
  e=$__err
  printf '%s\n' "$e"
fi
