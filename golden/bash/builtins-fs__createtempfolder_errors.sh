#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_fs_fail() {
  # Why: fs.* errors name the path and say why, as Node's messages do.
  # Usage: __utah_fs_fail VERB P [REASON] -> __err set, status 1. REASON is what the
  # tool said; when the path tells more (empty, missing, a directory) that is used.
  local __uf_reason=${3:-permission denied} __uf_parent=${2%/*}
  [[ $2 == */* ]] || __uf_parent=.
  if [[ -z $2 ]]; then
    __uf_reason='empty path'
  elif [[ $1 == change* && ! -e $2 ]]; then
    __uf_reason='no such file or directory'
  elif [[ $1 == read* && ! -e $2 ]]; then
    __uf_reason='no such file or directory'
  elif [[ $1 == read* && -d $2 ]]; then
    __uf_reason='is a directory'
  elif [[ $1 == write* && -d $2 ]]; then
    __uf_reason='is a directory'
  elif [[ $1 == create* && -e $2 && ! -d $2 ]]; then
    __uf_reason='a file of that name exists'
  elif [[ $1 != read* && -n $__uf_parent && ! -d $__uf_parent ]]; then
    __uf_reason='no such directory'
  fi
  __err="cannot $1 '$2': $__uf_reason"
  return 1
}

__utah_temp_folder() {
  # Why: fs.createTempFolder makes a fresh private directory (mktemp -d).
  # Usage: __utah_temp_folder [PREFIX [BASE]] -> __r; failure: __err, status 1.
  local __ut_base=${2:-${TMPDIR:-/tmp}}
  __ut_base=${__ut_base%/}
  [[ $__ut_base == -* ]] && __ut_base=./$__ut_base
  if __r=$(mktemp -d "${__ut_base:-/}/${1:-utah}.XXXXXX" 2>/dev/null); then
    return 0
  fi
  __utah_fs_fail 'create a temporary folder in' "${__ut_base:-/}"
}

__t1=0
while :; do
  __utah_temp_folder p no/such || { __t1=1; break; }
  __t2=$__r
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
