#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  local __ub_p=$1
  while [[ $__ub_p == */ ]]; do __ub_p=${__ub_p%/}; done
  __r=${__ub_p##*/}
}

__utah_dirname() {
  # Why: fs.dirname as path.dirname / POSIX dirname, without a process.
  # Usage: __utah_dirname P -> __r.
  local __ud_p=$1
  while [[ $__ud_p == */ && $__ud_p != / ]]; do __ud_p=${__ud_p%/}; done
  if [[ $__ud_p != */* ]]; then
    __r=.
    return 0
  fi
  __ud_p=${__ud_p%/*}
  while [[ $__ud_p == */ ]]; do __ud_p=${__ud_p%/}; done
  __r=${__ud_p:-/}
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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_temp_folder '-p *$x' . || __utah_uncaught
t=$__r
__utah_basename "$t"
__t2=$__r
if __utah_str_starts_with "$__t2" '-p *$x.'; then
  __t3=true
else
  __t3=false
fi
__t4=$__t3
if [[ -e $t ]]; then
  __t5=true
else
  __t5=false
fi
__t6=$__t5
__utah_dirname "$t"
__t7=$__r
printf '%s\n' "$__t4 $__t6 $__t7"
