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

__utah_extension() {
  # Why: fs.extension as path.extname without the dot; a leading dot
  # (".bashrc") starts a name, not an extension.
  # Usage: __utah_extension P -> __r.
  local __ue_b
  __utah_basename "$1"
  __ue_b=$__r
  while [[ $__ue_b == .* ]]; do __ue_b=${__ue_b#.}; done
  if [[ $__ue_b == *.* ]]; then __r=${__ue_b##*.}; else __r=; fi
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

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra.
  local __s=$1 __t __n=4294967295 __i
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if [[ -z $2 ]]; then
    for (( __i = 0; __i < ${#__s} && __i < __n; __i++ )); do __uo+=("${__s:__i:1}"); done
  elif (( __n > 0 )); then
    while [[ $__s == *"$2"* ]]; do
      __t=${__s%%"$2"*}
      __uo+=("$__t")
      if (( ${#__uo[@]} >= __n )); then break; fi
      __s=${__s:${#__t}+${#2}}
    done
    if (( ${#__uo[@]} < __n )); then __uo+=("$__s"); fi
  fi
  __ra=("${__uo[@]}")
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
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

__utah_read_file input.txt || __utah_uncaught
input=$__r
__utah_split "$input" '
'
lines=("${__ra[@]}")
printf '%s\n' "${lines[0]-undefined} $((${#lines[@]}))"
__utah_upper "$input"
__t2=$__r
__utah_write_file write out.txt "upper: $__t2" || __utah_uncaught
__utah_write_file append out.txt '
appended
' || __utah_uncaught
if [[ -e out.txt ]]; then
  __t3=true
else
  __t3=false
fi
__t4=$__t3
if [[ -e nope.txt ]]; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t4 $__t5"
__utah_mkdir sub/dir || __utah_uncaught
__utah_write_file write sub/dir/x.json '{}' || __utah_uncaught
if [[ -e sub/dir/x.json ]]; then
  __t6=true
else
  __t6=false
fi
printf '%s\n' "$__t6"
__utah_basename /a/b/report.tar.gz
__t7=$__r
__t8=$__t7
__utah_extension notes.md
__t9=$__r
__t10=$__t9
__utah_dirname /a/b/c.txt
__t11=$__r
printf '%s\n' "$__t8 $__t10 $__t11"
