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

__utah_read_file() {
  # Why: fs.readFile reads the whole text in the script's shell (no cat), keeping
  # trailing newlines; NUL bytes, which no shell variable can hold, are dropped.
  # Usage: __utah_read_file P -> __r; missing/unreadable: __err, status 1.
  local __ur_chunk
  if [[ -d $1 || ! -r $1 ]] || ! { : <"$1"; } 2>/dev/null; then
    __utah_fs_fail 'read file' "$1"
    return 1
  fi
  __r=
  while IFS= read -r -d '' __ur_chunk; do __r+=$__ur_chunk; done <"$1"
  __r+=$__ur_chunk
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

mkdir -p "sub dir"
r=''
__t1=0
while :; do
  cd "sub dir" || { __status=$?; __err="command failed with status $__status: cd \"sub dir\""; __t1=1; break; }
  __utah_read_file nope || { __t1=1; break; }
  r=$__r
  break
done
if ((__t1 == 1)); then
  __t1=0
  e_2=$__err
  while :; do
    r='fallback'
    break
  done
fi
__t3=$__r
__t4=$__err
r+="!"
__r=$__t3
__err=$__t4
if ((__t1 == 1)); then
  __utah_uncaught
fi
printf '%s\n' "$r"
printf '%s\n' "$(basename "$(pwd)")"
e='outer e'
__t5=0
while :; do
  __err='inner'
  __t5=1
  break
done
if ((__t5 == 1)); then
  __t5=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
printf '%s\n' "$e"
