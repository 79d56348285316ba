#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac

__utah_text_is() {
  # Why: validate.isEmail, isURL, isUUID and isAlphaNumeric: one [[ =~ ]] each.
  # Usage: __utah_text_is KIND S (KIND: email url uuid alnum) -> status 0 when S
  # has that shape.  url compares its scheme in lower case.
  local __uti_s=$2 __uti_re
  case $1 in
    email) __uti_re='^[A-Za-z0-9_%+-]+(\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$' ;;
    url)
      __uti_re='^(https?|ftps?)://([^[:space:]/?#@]+@)?([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?([/?#][^[:space:]]*)?$'
      __uti_s=${2%%://*}
      __uti_s=${__uti_s,,}${2:${#__uti_s}}
      ;;
    uuid) __uti_re='^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$' ;;
    *) __uti_re='^[A-Za-z0-9]+$' ;;
  esac
  [[ $__uti_s =~ $__uti_re ]]
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

__utah_uuid
a=$__r
__utah_uuid
b=$__r
if [[ $a != "$b" ]]; then
  __t3=true
else
  __t3=false
fi
if __utah_text_is uuid "$a"; then
  __t4=true
else
  __t4=false
fi
printf '%s\n' "$__t3 $((${#a})) $__t4"
