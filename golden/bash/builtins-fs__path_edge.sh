#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_path() {
  # Why: fs.path joins parts with one slash between them; empty parts are skipped.
  # Usage: __utah_path PART... -> __r.
  local __up_out='' __up_x
  for __up_x in "$@"; do
    [[ -n $__up_x ]] || continue
    if [[ -z $__up_out ]]; then
      __up_out=$__up_x
    else
      while [[ $__up_out == */ ]]; do __up_out=${__up_out%/}; done
      while [[ $__up_x == /* ]]; do __up_x=${__up_x#/}; done
      __up_out+=/$__up_x
    fi
  done
  __r=$__up_out
}

__utah_path a '' b
__t1=$__r
printf '%s\n' "[$__t1]"
__utah_path '' ''
__t2=$__r
printf '%s\n' "[$__t2]"
__utah_path /
__t3=$__r
printf '%s\n' "[$__t3]"
__utah_path / etc
__t4=$__r
printf '%s\n' "[$__t4]"
