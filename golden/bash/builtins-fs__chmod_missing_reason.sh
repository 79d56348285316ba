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

__utah_fs_change() {
  # Why: fs.chmod/chown/delete run COMMAND… P; a failure is a catchable error naming
  # the path and giving the tool's reason (the first line it wrote, less "TOOL: ").
  # Usage: __utah_fs_change VERB P COMMAND ARG...; failure: __err, status 1.
  local __ufc_said
  __ufc_said=$("${@:3}" "$2" 2>&1 >/dev/null) && return 0
  __ufc_said=${__ufc_said%%$'\n'*}
  __utah_fs_fail "$1" "$2" "${__ufc_said#"$3: "}"
}

__t1=0
while :; do
  __utah_fs_change 'change the mode of' gone.txt chmod -- 644 || { __t1=1; break; }
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
__t2=0
while :; do
  __utah_fs_change 'change the owner of' gone.txt chown -- root || { __t2=1; break; }
  break
done
if ((__t2 == 1)); then
  __t2=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
