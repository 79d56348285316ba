#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  local __ub_p=$1
  while [[ $__ub_p == */ ]]; do __ub_p=${__ub_p%/}; done
  __r=${__ub_p##*/}
}

__utah_basename dir/
__t1=$__r
printf '%s\n' "[$__t1]"
__utah_basename /
__t2=$__r
printf '%s\n' "[$__t2]"
__utah_basename plain
__t3=$__r
printf '%s\n' "[$__t3]"
__utah_basename a/b//
__t4=$__r
printf '%s\n' "[$__t4]"
