#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_base64_decode YSBiICogJEhPTUUgYHhgICdxJyAiZHEiIFwgw6kKCWVuZAo= || __utah_uncaught
d=$__r
if [ "$d" = "a b * \$HOME \`x\` 'q' \"dq\" \\ é
	end
" ]; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
__utah_base64_decode LW4gw6kg4pyTIOaXpeacrA== || __utah_uncaught
__t3=$__r
printf '%s\n' "[$__t3]"
