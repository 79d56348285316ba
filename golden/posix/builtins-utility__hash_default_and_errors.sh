#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_hash abc sha256 || __utah_uncaught
__t1=$__r
printf '%s\n' "$__t1"
__utah_hash '' md5 || __utah_uncaught
__t2=$__r
printf '%s\n' "$__t2"
a='SHA1'
__utah_hash 'trailing

' "$a" || __utah_uncaught
__t3=$__r
printf '%s\n' "$__t3"
bad='sha3'
__t4=0
while :; do
  __utah_hash x "$bad" || { __t4=1; break; }
  __t5=$__r
  break
done
if [ "$((__t4 == 1))" -ne 0 ]; then
  __t4=0
  e=$__err
  printf '%s\n' "$e"
fi
