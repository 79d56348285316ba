"""Helpers of `utility.*`.

* ``__utah_random MIN MAX``     -> ``__r``: an integer in [MIN, MAX], uniform, from $RANDOM.
* ``__utah_uuid``               -> ``__r``: a random (version 4) UUID.
* ``__utah_hash TEXT ALGO``     -> ``__r``: hex digest (md5 sha1 sha256 sha512).
* ``__utah_base64_encode TEXT`` -> ``__r``: base64 of the bytes of TEXT, one line.
* ``__utah_base64_decode TEXT`` -> ``__r``: the decoded text.

Errors set ``__err`` and return status 1.
"""

RANDOM_INT = r"""
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
"""

UUID = r"""
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
"""

HASH = r"""
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
"""

BASE64_ENCODE = r"""
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
"""

BASE64_DECODE = r"""
__utah_base64_decode() {
  # Why: utility.base64Decode runs one `base64 -d`; its status travels after the
  # text so that trailing newlines of the decoded text survive $( ).
  # Usage: __utah_base64_decode TEXT -> __r; invalid base64 or no base64 tool (status
  # 126/127: not found or not runnable) -> __err, status 1.
  # NUL bytes cannot live in a shell string: they are dropped.
  { __r=$(printf '%s' "$1" | base64 -d 2>/dev/null; printf '/%d' "$?"); } 2>/dev/null
  case ${__r##*/} in
    0) __r=${__r%/*} ;;
    126 | 127) __err="utility.base64Decode: base64 failed (is it installed?)"; return 1 ;;
    *) __err="utility.base64Decode: invalid base64 text"; return 1 ;;
  esac
}
"""

# --------------------------------------------------------------- POSIX sh versions
# POSIX sh has no $RANDOM: random bits come from /dev/urandom through one `od`
# (awk's rand() is seeded by the second, so two scripts in one second would agree).

RANDOM_BITS = r"""
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
"""

RANDOM_INT_POSIX = r"""
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
"""

UUID_POSIX = r"""
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
"""

HASH_POSIX = r"""
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
"""

BASE64_ENCODE_POSIX = r"""
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
"""


DEFINITIONS = [(RANDOM_INT, RANDOM_INT_POSIX), (RANDOM_BITS, RANDOM_BITS), (UUID, UUID_POSIX),
               (HASH, HASH_POSIX), (BASE64_ENCODE, BASE64_ENCODE_POSIX),
               (BASE64_DECODE, BASE64_DECODE)]
