#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_linux_version() {
  # Why: os.getLinuxVersion reads VERSION_ID from os-release as data (never sourced).
  # Usage: __utah_linux_version -> __r: e.g. 12 or 22.04; unknown without the file or key.
  local __ulv_f __ulv_line
  __r=unknown
  for __ulv_f in /etc/os-release /usr/lib/os-release; do
    [[ -r $__ulv_f ]] || continue
    while IFS= read -r __ulv_line || [[ -n $__ulv_line ]]; do
      if [[ $__ulv_line == VERSION_ID=* ]]; then
        __ulv_line=${__ulv_line#VERSION_ID=}
        __ulv_line=${__ulv_line#[\"\']}
        __r=${__ulv_line%[\"\']}
        return 0
      fi
    done <"$__ulv_f"
    return 0
  done
}

__utah_linux_version
v=$__r
expected=$(sed -n 's/^VERSION_ID=//p' /etc/os-release | tr -d '"')
if [[ -z $expected ]]; then
  expected='unknown'
fi
if [[ $v == "$expected" ]]; then
  __t2=true
else
  __t2=false
fi
printf '%s\n' "$__t2"
