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

__utah_prompt_line() {
  # Why: every prompt asks on stderr and reads one line of stdin in the script's
  # shell; a last line without a newline still counts.  A secret is read with
  # echo off through `stty` (POSIX read has no -s), only on a terminal.
  # Usage: __utah_prompt_line TEXT [secret] -> __r; end of input: __err, status 1.
  __upl_got=''
  printf '%s' "$1" >&2
  __r=''
  if [ -n "${2-}" ] && [ -t 0 ]; then
    stty -echo 2>/dev/null
    IFS= read -r __r && __upl_got=1
    stty echo 2>/dev/null
    printf '\n' >&2
  else
    IFS= read -r __r && __upl_got=1
    [ -t 0 ] || printf '\n' >&2
  fi
  if [ -n "$__upl_got" ] || [ -n "$__r" ]; then
    return 0
  fi
  __err="no answer to the prompt '$1' (end of input)"
  return 1
}

__utah_prompt_path() {
  # Why: console.promptFile re-asks until the answer names an existing file
  # (whose name matches the glob FILTER); promptDirectory until a directory.
  # Usage: __utah_prompt_path file|dir TEXT [FILTER|DEF] -> __r; __err, status 1.
  __upp_q=$2 __upp_def=''
  if [ "$1" = dir ] && [ -n "${3-}" ]; then
    __upp_def=$3
    __upp_q="${__upp_q}[$3] "
  fi
  while :; do
    if ! __utah_prompt_line "$__upp_q"; then
      [ -n "$__upp_def" ] || return 1
      __r=$__upp_def
      return 0
    fi
    [ -z "$__r" ] && __r=$__upp_def
    if [ "$1" = dir ]; then
      [ -d "$__r" ] && return 0
      printf 'Not a directory: %s\n' "$__r" >&2
    else
      if [ -f "$__r" ]; then
        # shellcheck disable=SC2254  # FILTER is a glob on purpose
        case ${__r##*/} in
          ${3:-*}) return 0 ;;
        esac
      fi
      printf 'Not a file%s: %s\n' "${3:+ matching $3}" "$__r" >&2
    fi
  done
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

__utah_mkdir d || __utah_uncaught
__utah_write_file write 'a b *.txt' '' || __utah_uncaught
__utah_prompt_path file 'File? ' || __utah_uncaught
f=$__r
printf '%s\n' "[$f]"
