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

__utah_fs_change() {
  # Why: fs.chmod/chown/delete run COMMAND… P; a failure is a catchable error naming
  # the path and giving the tool's reason (the first line it wrote, less "TOOL: ").
  # Usage: __utah_fs_change VERB P COMMAND ARG...; failure: __err, status 1.
  __ufc_verb=$1 __ufc_p=$2 __ufc_nl='
'
  shift 2
  __ufc_said=$("$@" "$__ufc_p" 2>&1 >/dev/null) && return 0
  __ufc_rest=${__ufc_said#*"$__ufc_nl"}
  __ufc_said=${__ufc_said%"$__ufc_nl$__ufc_rest"}
  __utah_fs_fail "$__ufc_verb" "$__ufc_p" "${__ufc_said#"$1: "}"
}

__utah_delete() {
  # Why: fs.delete removes a file or a whole tree; a missing path is not an error.
  # Usage: __utah_delete P; failure: __err, status 1.
  [ -n "$1" ] || { __utah_fs_fail delete "$1"; return; }
  __utah_fs_change delete "$1" rm -rf -- || return 1
  [ ! -e "$1" ] && [ ! -L "$1" ] && return 0
  __utah_fs_fail delete "$1"
}

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [ -d "$1" ] && return 0
  [ -n "$1" ] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
}

__utah_read_file() {
  # Why: fs.readFile reads the whole text in the script's shell (no cat), line by
  # line (POSIX read has no -d), keeping trailing newlines and a last line without one.
  # Usage: __utah_read_file P -> __r; missing/unreadable: __err, status 1.
  if [ -d "$1" ] || [ ! -r "$1" ] || ! { true <"$1"; } 2>/dev/null; then
    __utah_fs_fail 'read file' "$1"
    return 1
  fi
  __r=
  __urf_line=
  __urf_nl='
'
  while IFS= read -r __urf_line; do __r=$__r$__urf_line$__urf_nl; done <"$1"
  __r=$__r$__urf_line
}

__utah_int_width() {
  # Why: mksh does shell arithmetic in 32 bits, the other shells in 64; integer fast
  # paths must know how many digits stay exact.  Pure arithmetic, set once.
  # Usage: __utah_int_width -> globals __uw (digits an integer comparison may hold:
  # 18 or 9) and __um (largest exact integer: 2^53-1 or 2^31-1).
  if [ $(( 2147483647 + 1 )) -gt 0 ]; then
    __uw=18 __um=9007199254740991
  else
    __uw=9 __um=2147483647
  fi
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1) (+-(2^31-1)
  # on mksh, whose arithmetic is 32-bit).
  __uti_x=$1 __uti_g=
  [ -n "${__uw-}" ] || __utah_int_width
  case $__uti_x in -*) __uti_g=- __uti_x=${__uti_x#-} ;; +*) __uti_x=${__uti_x#+} ;; esac
  case $__uti_x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=$__uti_g$__um; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __uti_x=${__uti_x%%.*}
  __uti_x=${__uti_x#"${__uti_x%%[!0]*}"}
  case $__uti_x in *[!0-9]*) __r=0; return 0 ;; esac
  if [ ${#__uti_x} -gt $(( __uw > 9 ? 15 : 9 )) ]; then
    __r=$__uti_g$__um
  else
    __r=$(( $__uti_g${__uti_x:-0} ))
  fi
}

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}

__utah_qmarks() {
  # Why: POSIX sh has no ${s:i:n}; a pattern of N `?` strips N characters with
  # ${s#$pattern}.  Built by doubling, not one character per loop turn.
  # Usage: __utah_qmarks N -> __r (N question marks).
  __uqm_n=$1 __uqm_q='?' __r=
  while [ "$__uqm_n" -gt 0 ]; do
    if [ $(( __uqm_n % 2 )) -eq 1 ]; then __r=$__r$__uqm_q; fi
    __uqm_n=$(( __uqm_n / 2 )) __uqm_q=$__uqm_q$__uqm_q
  done
}

__utah_cut() {
  # Why: POSIX sh has no ${s:start:len}; this strips START characters and keeps
  # LEN with patterns of `?` (no process, no loop per character).
  # Usage: __utah_cut S START [LEN] -> __r (START, LEN >= 0).
  if [ "$2" -ge ${#1} ]; then __r=; return 0; fi
  __utah_qmarks "$2"
  __uct_t=${1#$__r}
  if [ $# -gt 2 ] && [ "$3" -lt ${#__uct_t} ]; then
    __utah_qmarks "$3"
    __r=${__uct_t#$__r}
    __r=${__uct_t%"$__r"}
  else
    __r=$__uct_t
  fi
}

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in "$2"*) return 0 ;; esac
  return 1
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
  if [ "$1" = append ]; then
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
if [ "$((__t1 == 1))" -ne 0 ]; then
  __t1=0
  e=$__err
  printf '%s\n' "$e"
fi
__t3=0
while :; do
  __utah_write_file write '' x || { __t3=1; break; }
  break
done
if [ "$((__t3 == 1))" -ne 0 ]; then
  __t3=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
__t4=0
while :; do
  __utah_write_file append '' x || { __t4=1; break; }
  break
done
if [ "$((__t4 == 1))" -ne 0 ]; then
  __t4=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
__t5=0
while :; do
  __utah_mkdir '' || { __t5=1; break; }
  break
done
if [ "$((__t5 == 1))" -ne 0 ]; then
  __t5=0
  e_4=$__err
  printf '%s\n' "$e_4"
fi
__t6=0
while :; do
  __utah_delete '' || { __t6=1; break; }
  break
done
if [ "$((__t6 == 1))" -ne 0 ]; then
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
if [ "$((__t7 == 1))" -ne 0 ]; then
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
