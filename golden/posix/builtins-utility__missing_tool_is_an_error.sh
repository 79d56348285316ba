#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

__utah_base64_encode() {
  # Why: utility.base64Encode runs one base64 over the exact bytes; its line
  # breaks (GNU wraps at 76 columns, and -w is not portable) are removed here.
  # Usage: __utah_base64_encode TEXT -> __r; no base64 tool -> __err, status 1.
  if ! __ube_s=$(printf '%s' "$1" | base64 2>/dev/null); then
    __err="utility.base64Encode: base64 failed (is it installed?)"
    return 1
  fi
  __ube_nl='
'
  __r=
  while :; do
    __ube_a=${__ube_s#*"$__ube_nl"}
    if [ "$__ube_a" = "$__ube_s" ]; then break; fi
    __r=$__r${__ube_s%"$__ube_nl$__ube_a"} __ube_s=$__ube_a
  done
  __r=$__r$__ube_s
}

__utah_env_name() {
  # Why: env.* take variable names at run time; only an identifier may reach
  # eval, export or unset, so no text of the name can act as code.
  # Usage: __utah_env_name FN NAME -> status 0 when NAME is an identifier, else
  # __err (naming env.FN) and status 1.  The letters are listed, not ranged, so
  # that no locale widens them.
  case $2 in
    '' | [0123456789]* | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_]*) ;;
    *) return 0 ;;
  esac
  __err="env.$1: invalid variable name '$2'"
  return 1
}

__utah_env_write() {
  # Why: env.set exports, env.delete unsets, a variable named by a value (checked
  # first); `command` keeps a read-only NAME from ending the script (and __err is
  # set first: posh returns from this function when export or unset fails).
  # Usage: __utah_env_write set NAME VALUE | __utah_env_write delete NAME; a bad or
  # read-only NAME -> __err, status 1.
  __utah_env_name "$1" "$2" || return 1
  __err="env.$1: cannot $1 '$2'"
  if [ "$1" = set ]; then
    command export "$2=$3" 2>/dev/null && return 0
  else
    command unset "$2" 2>/dev/null && return 0
  fi
  return 1
}

__utah_hash() {
  # Why: utility.hash runs one md5sum, sha1sum, sha256sum or sha512sum over the
  # exact text (printf '%s' adds no newline).
  # Usage: __utah_hash TEXT ALGO -> __r (lower-case hex); ALGO is case-insensitive;
  # an unknown ALGO or a missing tool -> __err, status 1.
  case $2 in
    [Mm][Dd]5) __uh_tool=md5sum ;;
    [Ss][Hh][Aa]1) __uh_tool=sha1sum ;;
    [Ss][Hh][Aa]256) __uh_tool=sha256sum ;;
    [Ss][Hh][Aa]512) __uh_tool=sha512sum ;;
    *)
      __err="utility.hash: unknown algorithm '$2' (md5, sha1, sha256, sha512)"
      return 1
      ;;
  esac
  if ! __r=$(printf '%s' "$1" | "$__uh_tool" 2>/dev/null) || [ -z "$__r" ]; then
    __err="utility.hash: $__uh_tool failed (is it installed?)"
    return 1
  fi
  __r=${__r%% *}
}

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

__utah_mkdir() {
  # Why: fs.createDirectory makes the parents too and fails as a catchable error.
  # Usage: __utah_mkdir P; failure: __err, status 1.
  [ -d "$1" ] && return 0
  [ -n "$1" ] && mkdir -p -- "$1" 2>/dev/null && return 0
  __utah_fs_fail 'create directory' "$1"
}

__utah_strip_slashes() {
  # Why: trailing slashes of a path are cut in several fs.* helpers (POSIX sh has no
  # extglob, so one at a time).
  # Usage: __utah_strip_slashes P -> __r (P without its trailing slashes; "/" gives "").
  __r=$1
  while :; do
    case $__r in
      */) __r=${__r%/} ;;
      *) return 0 ;;
    esac
  done
}

__utah_path() {
  # Why: fs.path joins parts with one slash between them; empty parts are skipped.
  # Usage: __utah_path PART... -> __r.
  __upj_out=
  for __upj_x in "$@"; do
    [ -n "$__upj_x" ] || continue
    if [ -z "$__upj_out" ]; then
      __upj_out=$__upj_x
      continue
    fi
    __utah_strip_slashes "$__upj_out"
    __upj_out=$__r
    while :; do
      case $__upj_x in
        /*) __upj_x=${__upj_x#/} ;;
        *) break ;;
      esac
    done
    __upj_out=$__upj_out/$__upj_x
  done
  __r=$__upj_out
}

__utah_random_bits() {
  # Why: POSIX sh has no $RANDOM; one `od` reads 8 bytes of /dev/urandom as four
  # 16-bit numbers, 15 bits of each used (so mksh's 32-bit arithmetic holds them).
  # Usage: __utah_random_bits -> __r, __r2: two random integers of 30 bits each.
  __urb_s=$(od -An -N8 -tu2 /dev/urandom 2>/dev/null)
  __urb_w=
  for __urb_k in 1 2 3 4; do
    __urb_s=${__urb_s#"${__urb_s%%[0123456789]*}"}
    __urb_x=${__urb_s%%[!0123456789]*}
    __urb_s=${__urb_s#"$__urb_x"}
    __urb_w="$__urb_w $(( ${__urb_x:-0} & 32767 ))"
  done
  __urb_w=${__urb_w# }
  __urb_a=${__urb_w%% *}
  __urb_w=${__urb_w#* }
  __urb_b=${__urb_w%% *}
  __urb_w=${__urb_w#* }
  __r=$(( __urb_a << 15 | __urb_b ))
  __r2=$(( ${__urb_w%% *} << 15 | ${__urb_w#* } ))
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

__utah_random() {
  # Why: utility.random(min, max): 30 or 60 bits from /dev/urandom (one `od` a
  # draw), redrawn when above the largest multiple of the range, so every value is
  # equally likely.
  # Usage: __utah_random MIN MAX -> __r; MIN and MAX are cut to integers and
  # swapped when MIN > MAX.
  __utah_to_int "$1"
  __urn_lo=$__r
  __utah_to_int "$2"
  if [ "$__r" -lt "$__urn_lo" ]; then
    __urn_n=$__urn_lo __urn_lo=$__r __r=$__urn_n
  fi
  __urn_n=$((__r - __urn_lo + 1))
  __urn_b=30
  [ "$__urn_n" -le 1073741824 ] || __urn_b=60
  __urn_lim=$(( (1 << __urn_b) - (1 << __urn_b) % __urn_n ))
  while :; do
    __utah_random_bits
    if [ "$__urn_b" -gt 30 ]; then
      __r=$(( __r << 30 | __r2 ))
    fi
    if [ "$__r" -lt "$__urn_lim" ]; then
      break
    fi
  done
  __r=$(( __urn_lo + __r % __urn_n ))
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_uuid() {
  # Why: utility.uuid: the kernel's random UUID, read without a process; where
  # /proc has none, a version-4 UUID from 16 bytes of /dev/urandom (one `od`).
  # Usage: __utah_uuid -> __r (lower-case, 8-4-4-4-12 hex digits).
  if [ -r /proc/sys/kernel/random/uuid ] && read -r __r </proc/sys/kernel/random/uuid; then
    return 0
  fi
  __uuu_s=$(od -An -N16 -tx1 /dev/urandom)
  __uuu_i=0
  __r=
  while [ "$__uuu_i" -lt 16 ]; do
    __uuu_s=${__uuu_s#"${__uuu_s%%[0123456789abcdef]*}"}
    __uuu_b=${__uuu_s%"${__uuu_s#??}"}
    __uuu_s=${__uuu_s#??}
    case $__uuu_i in 4 | 6 | 8 | 10) __r=$__r- ;; esac
    case $__uuu_i:$__uuu_b in
      6:*) __uuu_b=4${__uuu_b#?} ;;
      8:[0123]*) __uuu_b=8${__uuu_b#?} ;;
      8:[4567]*) __uuu_b=9${__uuu_b#?} ;;
      8:[89ab]*) __uuu_b=a${__uuu_b#?} ;;
      8:*) __uuu_b=b${__uuu_b#?} ;;
    esac
    __r=$__r$__uuu_b
    __uuu_i=$((__uuu_i + 1))
  done
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
if [ "$((__t2 == 1))" -ne 0 ]; then
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
if [ "$((__t4 == 1))" -ne 0 ]; then
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
