#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_strip_slashes() {
  # Why: trailing slashes of a path are cut in several fs.* helpers (POSIX sh has no
  # extglob, so one at a time).
  # Usage: __utah_strip_slashes P -> __r (P without its trailing slashes; "/" gives "").
  __r=$1
  while :; do
    case $__r in
      */) __r=${__r%/} ;;
      *) return 0 ;;
    esac
  done
}

__utah_basename() {
  # Why: fs.filename as path.basename: the last component, trailing slashes ignored.
  # Usage: __utah_basename P -> __r.
  __utah_strip_slashes "$1"
  __r=${__r##*/}
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
