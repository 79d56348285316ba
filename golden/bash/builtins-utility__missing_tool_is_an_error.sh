#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac
__err=''

__utah_base64_encode() {
  # Why: utility.base64Encode runs one base64 over the exact bytes; its line
  # breaks (GNU wraps at 76 columns, and -w is not portable) are removed here.
  # Usage: __utah_base64_encode TEXT -> __r; no base64 tool -> __err, status 1.
  if ! __r=$(printf '%s' "$1" | base64 2>/dev/null); then
    __err="utility.base64Encode: base64 failed (is it installed?)"
    return 1
  fi
  __r=${__r//$'\n'/}
}

__utah_env_name() {
  # Why: env.* take variable names at run time; only an identifier may reach
  # ${!name}, declare or unset, so no text of the name can act as code.
  # Usage: __utah_env_name FN NAME -> status 0 when NAME is an identifier, else
  # __err (naming env.FN) and status 1.
  if [[ $2 =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    return 0
  fi
  __err="env.$1: invalid variable name '$2'"
  return 1
}

__utah_env_write() {
  # Why: env.set exports, env.delete unsets, a variable named by a value (checked
  # first), at global scope even when called from a function.
  # Usage: __utah_env_write set NAME VALUE | __utah_env_write delete NAME; a bad or
  # read-only NAME -> __err, status 1.
  __utah_env_name "$1" "$2" || return 1
  if [[ $1 == set ]]; then
    declare -gx -- "$2=$3" 2>/dev/null && return 0
  else
    unset -v -- "$2" 2>/dev/null && return 0
  fi
  __err="env.$1: cannot $1 '$2'"
  return 1
}

__utah_hash() {
  # Why: utility.hash runs one md5sum, sha1sum, sha256sum or sha512sum over the
  # exact text (printf '%s' adds no newline).
  # Usage: __utah_hash TEXT ALGO -> __r (lower-case hex); ALGO is case-insensitive;
  # an unknown ALGO or a missing tool -> __err, status 1.
  local __uh_tool
  case ${2,,} in
    md5 | sha1 | sha256 | sha512) __uh_tool=${2,,}sum ;;
    *)
      __err="utility.hash: unknown algorithm '$2' (md5, sha1, sha256, sha512)"
      return 1
      ;;
  esac
  if ! __r=$(printf '%s' "$1" | "$__uh_tool" 2>/dev/null) || [[ -z $__r ]]; then
    __err="utility.hash: $__uh_tool failed (is it installed?)"
    return 1
  fi
  __r=${__r%% *}
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

__utah_path() {
  # Why: fs.path joins parts with one slash between them; empty parts are skipped.
  # Usage: __utah_path PART... -> __r.
  local __up_out='' __up_x
  for __up_x in "$@"; do
    [[ -n $__up_x ]] || continue
    if [[ -z $__up_out ]]; then
      __up_out=$__up_x
    else
      while [[ $__up_out == */ ]]; do __up_out=${__up_out%/}; done
      while [[ $__up_x == /* ]]; do __up_x=${__up_x#/}; done
      __up_out+=/$__up_x
    fi
  done
  __r=$__up_out
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

__utah_random() {
  # Why: utility.random(min, max) without a process: 15, 30 or 60 bits from
  # $RANDOM, redrawn when above the largest multiple of the range, so every
  # value is equally likely.
  # Usage: __utah_random MIN MAX -> __r; MIN and MAX are cut to integers and
  # swapped when MIN > MAX.
  local __urd_lo __urd_n __urd_b=15 __urd_lim __urd_x
  __utah_to_int "$1"
  __urd_lo=$__r
  __utah_to_int "$2"
  if (( __r < __urd_lo )); then
    __urd_n=$__urd_lo __urd_lo=$__r __r=$__urd_n
  fi
  __urd_n=$(( __r - __urd_lo + 1 ))
  if (( __urd_n > 1073741824 )); then
    __urd_b=60
  elif (( __urd_n > 32768 )); then
    __urd_b=30
  fi
  __urd_lim=$(( (1 << __urd_b) - (1 << __urd_b) % __urd_n ))
  while :; do
    __urd_x=$RANDOM
    if (( __urd_b > 15 )); then
      __urd_x=$(( __urd_x << 15 | RANDOM ))
    fi
    if (( __urd_b > 30 )); then
      __urd_x=$(( __urd_x << 30 | RANDOM << 15 | RANDOM ))
    fi
    if (( __urd_x < __urd_lim )); then
      break
    fi
  done
  __r=$(( __urd_lo + __urd_x % __urd_n ))
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_uuid() {
  # Why: utility.uuid: the kernel's random UUID, read without a process; where
  # /proc has none, a version-4 UUID from $RANDOM.
  # Usage: __utah_uuid -> __r (lower-case, 8-4-4-4-12 hex digits).
  local __uu_w=() __uu_i
  if [[ -r /proc/sys/kernel/random/uuid ]] && read -r __r </proc/sys/kernel/random/uuid; then
    return 0
  fi
  for __uu_i in 0 1 2 3 4 5 6 7; do
    __uu_w+=($(( (RANDOM << 15 | RANDOM) & 0xffff )))
  done
  printf -v __r '%04x%04x-%04x-%04x-%04x-%04x%04x%04x' "${__uu_w[0]}" "${__uu_w[1]}" \
    "${__uu_w[2]}" $(( __uu_w[3] & 0x0fff | 0x4000 )) $(( __uu_w[4] & 0x3fff | 0x8000 )) \
    "${__uu_w[5]}" "${__uu_w[6]}" "${__uu_w[7]}"
}

__utah_path "$(pwd)" bin
bin=$__r
__utah_mkdir "$bin" || __utah_uncaught
ln -s /usr/bin/printf "$bin"/printf
__utah_env_write set PATH "$bin" || __utah_uncaught
__t2=0
while :; do
  __utah_hash abc sha256 || { __t2=1; break; }
  __t3=$__r
  printf '%s\n' "$__t3"
  break
done
if ((__t2 == 1)); then
  __t2=0
  e=$__err
  printf '%s\n' "$e"
fi
__t4=0
while :; do
  __utah_base64_encode abc || { __t4=1; break; }
  __t5=$__r
  printf '%s\n' "$__t5"
  break
done
if ((__t4 == 1)); then
  __t4=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
__utah_random 3 3
__t6=$__r
__t7=$__t6
__utah_uuid
__t8=$__r
printf '%s\n' "$__t7 $((${#__t8}))"
