#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_temp_folder() {
  # Why: fs.createTempFolder makes a fresh private directory (mktemp -d).
  # Usage: __utah_temp_folder [PREFIX [BASE]] -> __r; failure: __err, status 1.
  __utf_base=${2:-${TMPDIR:-/tmp}}
  __utf_base=${__utf_base%/}
  case $__utf_base in -*) __utf_base=./$__utf_base ;; esac
  if __r=$(mktemp -d "${__utf_base:-/}/${1:-utah}.XXXXXX" 2>/dev/null); then
    return 0
  fi
  __utah_fs_fail 'create a temporary folder in' "${__utf_base:-/}"
}

__t1=0
while :; do
  __utah_temp_folder p no/such || { __t1=1; break; }
  __t2=$__r
  break
done
if [ "$((__t1 == 1))" -ne 0 ]; then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
