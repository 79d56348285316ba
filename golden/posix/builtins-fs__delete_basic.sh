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

__utah_fs_change() {
  # Why: fs.chmod/chown/delete run COMMAND… P; a failure is a catchable error naming
  # the path and giving the tool's reason (the first line it wrote, less "TOOL: ").
  # Usage: __utah_fs_change VERB P COMMAND ARG...; failure: __err, status 1.
  __ufc_verb=$1 __ufc_p=$2 __ufc_nl='
'
  shift 2
  __ufc_said=$("$@" "$__ufc_p" 2>&1 >/dev/null) && return 0
  __ufc_rest=${__ufc_said#*"$__ufc_nl"}
  __ufc_said=${__ufc_said%"$__ufc_nl$__ufc_rest"}
  __utah_fs_fail "$__ufc_verb" "$__ufc_p" "${__ufc_said#"$1: "}"
}

__utah_delete() {
  # Why: fs.delete removes a file or a whole tree; a missing path is not an error.
  # Usage: __utah_delete P; failure: __err, status 1.
  [ -n "$1" ] || { __utah_fs_fail delete "$1"; return; }
  __utah_fs_change delete "$1" rm -rf -- || return 1
  [ ! -e "$1" ] && [ ! -L "$1" ] && return 0
  __utah_fs_fail delete "$1"
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

__utah_mkdir '-d/sub dir/deep' || __utah_uncaught
__utah_write_file write '-d/sub dir/deep/f.txt' x || __utah_uncaught
__utah_write_file write '* star' x || __utah_uncaught
__utah_write_file write keep x || __utah_uncaught
__utah_delete -d || __utah_uncaught
__utah_delete '* star' || __utah_uncaught
if [ -e -d ]; then
  __t1=true
else
  __t1=false
fi
__t2=$__t1
if [ -e '* star' ]; then
  __t3=true
else
  __t3=false
fi
__t4=$__t3
if [ -e keep ]; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t2 $__t4 $__t5"
