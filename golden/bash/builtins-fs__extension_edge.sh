#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  local __ub_p=$1
  while [[ $__ub_p == */ ]]; do __ub_p=${__ub_p%/}; done
  __r=${__ub_p##*/}
}

__utah_extension() {
  # Why: fs.extension as path.extname without the dot; a leading dot
  # (".bashrc") starts a name, not an extension.
  # Usage: __utah_extension P -> __r.
  local __ue_b
  __utah_basename "$1"
  __ue_b=$__r
  while [[ $__ue_b == .* ]]; do __ue_b=${__ue_b#.}; done
  if [[ $__ue_b == *.* ]]; then __r=${__ue_b##*.}; else __r=; fi
}

__utah_extension Makefile
__t1=$__r
printf '%s\n' "[$__t1]"
__utah_extension .bashrc
__t2=$__r
printf '%s\n' "[$__t2]"
__utah_extension dir.d/file
__t3=$__r
printf '%s\n' "[$__t3]"
__utah_extension x.
__t4=$__r
printf '%s\n' "[$__t4]"
__utah_extension ''
__t5=$__r
printf '%s\n' "[$__t5]"
