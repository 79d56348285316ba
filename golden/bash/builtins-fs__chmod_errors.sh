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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_write_file() {
  # Why: fs.writeFile/appendFile write exactly the text: no newline added.
  # Usage: __utah_write_file write|append P TEXT; failure: __err, status 1.
  if [[ $1 == append ]]; then
    { printf '%s' "$3" >>"$2"; } 2>/dev/null && return 0
  else
    { printf '%s' "$3" >"$2"; } 2>/dev/null && return 0
  fi
  __utah_fs_fail "$1 file" "$2"
}

__t1=0
while :; do
  __utah_fs_change 'change the mode of' 'none here' chmod -- 644 || { __t1=1; break; }
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
__utah_write_file write f '' || __utah_uncaught
__t2=0
while :; do
  __utah_fs_change 'change the mode of' f chmod -- not-a-mode || { __t2=1; break; }
  printf '%s\n' 'not reached'
  break
done
if ((__t2 == 1)); then
  __t2=0
  e_2=$__err
  printf '%s\n' 'bad mode caught'
fi
