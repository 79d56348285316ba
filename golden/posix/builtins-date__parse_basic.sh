#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_date_parse() {
  # Why: date.parse needs a date parser; GNU `date -d` is the one process.
  # Usage: __utah_date_parse TEXT -> __r (seconds); blank or unparseable TEXT, or a
  # date without -d (BSD) -> __err, status 1.
  __udp_w=' 	
'
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
__utah_date_parse '2024-01-02 03:04:05 UTC' || __utah_uncaught
__t1=$__r
printf '%s\n' "$__t1"
__utah_date_parse @86400 || __utah_uncaught
__t2=$__r
printf '%s\n' "$__t2"
__utah_date_parse 1970-01-02 || __utah_uncaught
__t3=$__r
printf '%s\n' "$__t3"
