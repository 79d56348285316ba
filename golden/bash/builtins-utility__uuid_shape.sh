#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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
__t1=$__r
printf '%s\n' "$__t1"
