#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

texts=('' a 'line

' "* \$HOME \`x\` 'q'" '	tab\' 'é ✓')
for t in "${texts[@]}"; do
  __utah_base64_encode "$t" || __utah_uncaught
  __t1=$__r
  __utah_base64_decode "$__t1" || __utah_uncaught
  __t2=$__r
  if [[ $__t2 == "$t" ]]; then
    __t3=true
  else
    __t3=false
  fi
  printf '%s\n' "$__t3"
done
