#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_uuid
__t1=$__r
printf '%s\n' "$__t1"
