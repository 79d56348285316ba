#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_fs_fail() {
  # Why: fs.* errors name the path and say why, as Node's messages do.
  # Usage: __utah_fs_fail VERB P [REASON] -> __err set, status 1. REASON is what the
  # tool said; when the path tells more (empty, missing, a directory) that is used.
  __uff_reason=${3:-permission denied}
  case $2 in
    */*) __uff_parent=${2%/*} ;;
    *) __uff_parent=. ;;
  esac
  case $1 in
    read* | write* | create*) __uff_k=${1%%[!a-z]*} ;;
    *) __uff_k= ;;
  esac
  if [ -z "$2" ]; then
    __uff_reason='empty path'
  elif [ "${1%% *}" = change ] && [ ! -e "$2" ]; then
    __uff_reason='no such file or directory'
  elif [ "$__uff_k" = read ] && [ ! -e "$2" ]; then
    __uff_reason='no such file or directory'
  elif [ "$__uff_k" != create ] && [ "$__uff_k" != '' ] && [ -d "$2" ]; then
    __uff_reason='is a directory'
  elif [ "$__uff_k" = create ] && [ -e "$2" ] && [ ! -d "$2" ]; then
    __uff_reason='a file of that name exists'
  elif [ "$__uff_k" != read ] && [ -n "$__uff_parent" ] && [ ! -d "$__uff_parent" ]; then
    __uff_reason='no such directory'
  fi
  __err="cannot $1 '$2': $__uff_reason"
  return 1
}

__utah_read_file() {
  # Why: fs.readFile reads the whole text in the script's shell (no cat), line by
  # line (POSIX read has no -d), keeping trailing newlines and a last line without one.
  # Usage: __utah_read_file P -> __r; missing/unreadable: __err, status 1.
  if [ -d "$1" ] || [ ! -r "$1" ] || ! { true <"$1"; } 2>/dev/null; then
    __utah_fs_fail 'read file' "$1"
    return 1
  fi
  __r=
  __urf_line=
  __urf_nl='
'
  while IFS= read -r __urf_line; do __r=$__r$__urf_line$__urf_nl; done <"$1"
  __r=$__r$__urf_line
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_write_file() {
  # Why: fs.writeFile/appendFile write exactly the text: no newline added.
  # Usage: __utah_write_file write|append P TEXT; failure: __err, status 1.
  if [ "$1" = append ]; then
    { printf '%s' "$3" >>"$2"; } 2>/dev/null && return 0
  else
    { printf '%s' "$3" >"$2"; } 2>/dev/null && return 0
  fi
  __utah_fs_fail "$1 file" "$2"
}

__utah_write_file write a new || __utah_uncaught
__utah_write_file write b 'old content' || __utah_uncaught
if cp -R -- a b 2>/dev/null; then
  __t1=true
else
  __t1=false
fi
__t2=$__t1
__utah_read_file b || __utah_uncaught
__t3=$__r
printf '%s\n' "$__t2 $__t3"
__utah_write_file write c x || __utah_uncaught
if mv -f -- a c 2>/dev/null; then
  __t4=true
else
  __t4=false
fi
__t5=$__t4
__utah_read_file c || __utah_uncaught
__t6=$__r
__t7=$__t6
if [ -e a ]; then
  __t8=true
else
  __t8=false
fi
printf '%s\n' "$__t5 $__t7 $__t8"
