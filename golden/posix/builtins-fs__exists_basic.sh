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

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [ -d "$1" ] && return 0
  [ -n "$1" ] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
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

name="-we ird *'\"\$x.txt"
__utah_write_file write "$name" x || __utah_uncaught
__utah_mkdir 'a dir' || __utah_uncaught
if [ -e "$name" ]; then
  __t1=true
else
  __t1=false
fi
__t2=$__t1
if [ -e 'a dir' ]; then
  __t3=true
else
  __t3=false
fi
__t4=$__t3
if [ -e input_file.txt ]; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t2 $__t4 $__t5"
if [ -e '*' ]; then
  __t6=true
else
  __t6=false
fi
__t7=$__t6
if [ -e '?we*' ]; then
  __t8=true
else
  __t8=false
fi
__t9=$__t8
if [ -e missing ]; then
  __t10=true
else
  __t10=false
fi
printf '%s\n' "$__t7 $__t9 $__t10"
