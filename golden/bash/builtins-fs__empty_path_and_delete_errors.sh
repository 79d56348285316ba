#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac
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

__utah_delete() {
  # Why: fs.delete removes a file or a whole tree; a missing path is not an error.
  # Usage: __utah_delete P; failure: __err, status 1.
  [[ -n $1 ]] || { __utah_fs_fail delete "$1"; return; }
  __utah_fs_change delete "$1" rm -rf -- || return 1
  [[ ! -e $1 && ! -L $1 ]] && return 0
  __utah_fs_fail delete "$1"
}

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [[ -d $1 ]] && return 0
  [[ -n $1 ]] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
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

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1).
  local __x=$1 __g=
  case $__x in -*) __g=-; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  case $__x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=${__g}9007199254740991; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __x=${__x%%.*}
  __x=${__x#"${__x%%[!0]*}"}
  if [[ ! $__x =~ ^[0-9]*$ ]]; then
    __r=0
  elif (( ${#__x} > 15 )); then
    __r=${__g}9007199254740991
  else
    __r=$(( ${__g}10#${__x:-0} ))
  fi
}

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == "$2"* ]]
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
  __utah_read_file '' || { __t1=1; break; }
  __t2=$__r
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
__t3=0
while :; do
  __utah_write_file write '' x || { __t3=1; break; }
  break
done
if ((__t3 == 1)); then
  __t3=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
__t4=0
while :; do
  __utah_write_file append '' x || { __t4=1; break; }
  break
done
if ((__t4 == 1)); then
  __t4=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
__t5=0
while :; do
  __utah_mkdir '' || { __t5=1; break; }
  break
done
if ((__t5 == 1)); then
  __t5=0
  e_4=$__err
  printf '%s\n' "$e_4"
fi
__t6=0
while :; do
  __utah_delete '' || { __t6=1; break; }
  break
done
if ((__t6 == 1)); then
  __t6=0
  e_5=$__err
  printf '%s\n' "$e_5"
fi
__utah_write_file write keep 1 || __utah_uncaught
__t7=0
while :; do
  __utah_delete . || { __t7=1; break; }
  printf '%s\n' 'not reached'
  break
done
if ((__t7 == 1)); then
  __t7=0
  e_6=$__err
  if __utah_str_starts_with "$e_6" "cannot delete '.': "; then
    __t8='delete . failed'
  else
    __t8="other: $e_6"
  fi
  printf '%s\n' "$__t8"
fi
__utah_read_file keep || __utah_uncaught
__t9=$__r
printf '%s\n' "$__t9"
