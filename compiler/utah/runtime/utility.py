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
  # Usage: __utah_base64_decode TEXT -> __r; invalid base64 -> __err, status 1.
  # NUL bytes cannot live in a shell string: they are dropped.
  { __r=$(printf '%s' "$1" | base64 -d 2>/dev/null; printf '/%d' "$?"); } 2>/dev/null
  if [[ ${__r##*/} != 0 ]]; then
    __err="utility.base64Decode: invalid base64 text"
    return 1
  fi
  __r=${__r%/*}
}
"""

DEFINITIONS = [RANDOM_INT, UUID, HASH, BASE64_ENCODE, BASE64_DECODE]
