#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

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

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
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

__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  local __f=${4- } __n
  __utah_to_int "$3"
  __n=$(( __r - ${#2} ))
  if (( __n <= 0 )) || [[ -z $__f ]]; then __r=$2; return 0; fi
  while (( ${#__f} < __n )); do __f+=$__f; done
  __f=${__f:0:__n}
  if [[ $1 == start ]]; then __r=$__f$2; else __r=$2$__f; fi
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

__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  local __t=$1
  __r=
  while [[ $__t == *'$'* ]]; do
    __r+=${__t%%'$'*}
    __t=${__t#*'$'}
    case $__t in
      '$'*) __r+='$' __t=${__t:1} ;;
      '&'*) __r+=$2 __t=${__t:1} ;;
      '`'*) __r+=$3 __t=${__t:1} ;;
      "'"*) __r+=$4 __t=${__t:1} ;;
      *) __r+='$' ;;
    esac
  done
  __r+=$__t
}

__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters and patsub_replacement.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  local __b=${1%%"$2"*} __m=$3 __a
  if [[ -n $2 && $__b == "$1" ]]; then __r=$1; return 0; fi
  __a=${1:${#__b}+${#2}}
  if [[ $__m == *'$'* ]]; then __utah_subst "$__m" "$2" "$__b" "$__a"; __m=$__r; fi
  __r=$__b$__m$__a
}

__utah_replace_all() {
  # Why: JS s.replaceAll(str, rep) with literal search text (an empty search
  # inserts rep around every character), JS $-patterns in rep.
  # Usage: __utah_replace_all S SEARCH REPLACEMENT -> __r.
  local __s=$1 __o='' __b __m=$3 __p=0 __n=${#2}
  if [[ -z $2 ]]; then
    while (( __p <= ${#1} )); do
      if [[ $3 == *'$'* ]]; then __utah_subst "$3" '' "${1:0:__p}" "${1:__p}"; __m=$__r; fi
      __o+=$__m${1:__p:1}
      __p=$(( __p + 1 ))
    done
    __r=$__o
    return 0
  fi
  while [[ $__s == *"$2"* ]]; do
    __b=${__s%%"$2"*}
    __s=${__s:${#__b}+__n}
    __p=$(( __p + ${#__b} ))
    if [[ $3 == *'$'* ]]; then __utah_subst "$3" "$2" "${1:0:__p}" "$__s"; __m=$__r; fi
    __o+=$__b$__m
    __p=$(( __p + __n ))
  done
  __r=$__o$__s
}

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_str_ends_with() {
  # Why: JS s.endsWith(p, end) as a status, with p matched literally.
  # Usage: __utah_str_ends_with S P [END] -> status 0 when true.
  __r=${#1}
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:0:__r} == *"$2" ]]
}

__utah_str_includes() {
  # Why: JS s.includes(sub, from) as a status, with sub matched literally.
  # Usage: __utah_str_includes S SUB [FROM] -> status 0 when found.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == *"$2"* ]]
}

__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  local __t __p=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; __p=$__r; fi
  if [[ -z $2 ]]; then __r=$__p; return 0; fi
  __t=${1:__p}
  __t=${__t%%"$2"*}
  if [[ $__t == "${1:__p}" ]]; then __r=-1; else __r=$(( __p + ${#__t} )); fi
}

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == "$2"* ]]
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

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace ([:space:]).
  # Usage: __utah_trim_end S -> __r.
  __r=${1%"${1##*[![:space:]]}"}
}

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace ([:space:]).
  # Usage: __utah_trim_start S -> __r.
  __r=${1#"${1%%[![:space:]]*}"}
}

__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
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

xs=(a)
m="${xs[3]-undefined}"
s='undefined-x'
if __utah_str_starts_with "$s" "${m#}"; then
  __t1=true
else
  __t1=false
fi
if __utah_str_includes "$s" "${xs[5]-undefined}"; then
  __t2=true
else
  __t2=false
fi
__utah_str_index_of "$s" "${m#}"
__t3=$__r
if __utah_str_ends_with "$s" "${m#}"; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
__utah_replace a-b - "${xs[4]-undefined}"
__t5=$__r
__utah_replace_all a-b - "${m#}"
__t6=$__r
if __utah_str_starts_with nullx null; then
  __t7=true
else
  __t7=false
fi
printf '%s\n' "$__t5 $__t6 $__t7"
__t8=(1 2)
__t9="${xs[7]-undefined}"
case "$__t9" in
  'undefined')
    __t10=','
    ;;
  *)
    __t10="${__t9#}"
    ;;
esac
__utah_join __t8 "$__t10"
__t11=$__r
__t12=(1 2)
__utah_join __t12 null
__t13=$__r
case "$m" in
  'undefined')
    __t14=' '
    ;;
  *)
    __t14="${m#}"
    ;;
esac
__utah_pad start ab 4 "$__t14"
__t15=$__r
__utah_pad end ab 4 null
__t16=$__r
printf '%s\n' "$__t11 $__t13 $__t15 $__t16"
__utah_trim "${m#}"
__t17=$__r
__utah_upper null
__t18=$__r
printf '%s\n' "$__t17 $__t18"
__utah_temp_folder || __utah_uncaught
dir=$__r
p="$dir/out.txt"
__utah_write_file write "$p" "${xs[9]-undefined}" || __utah_uncaught
__t20=$p
__t22='undefined'
if ((${#xs[@]} > 0)); then
  __t22=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
__t21=$__t22
if [[ $__t21 == 'undefined' ]] || [[ $__t21 == 'null' ]]; then
  __t21='!'
fi
__utah_write_file append "$__t20" "$__t21" || __utah_uncaught
__t23=$p
__t24='undefined'
if ((${#xs[@]} > 0)); then
  __t24=${xs[${#xs[@]} - 1]}
  unset 'xs[${#xs[@]}-1]'
fi
__utah_write_file append "$__t23" "${__t24#}" || __utah_uncaught
__utah_read_file "$p" || __utah_uncaught
__t25=$__r
__t26=$__t25
if [[ -e "${m#}" ]]; then
  __t27=true
else
  __t27=false
fi
printf '%s\n' "$__t26 $__t27"
__utah_delete "$dir" || __utah_uncaught
