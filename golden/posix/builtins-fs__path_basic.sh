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

__utah_path() {
  # Why: fs.path joins parts with one slash between them; empty parts are skipped.
  # Usage: __utah_path PART... -> __r.
  __upj_out=
  for __upj_x in "$@"; do
    [ -n "$__upj_x" ] || continue
    if [ -z "$__upj_out" ]; then
      __upj_out=$__upj_x
      continue
    fi
    __utah_strip_slashes "$__upj_out"
    __upj_out=$__r
    while :; do
      case $__upj_x in
        /*) __upj_x=${__upj_x#/} ;;
        *) break ;;
      esac
    done
    __upj_out=$__upj_out/$__upj_x
  done
  __r=$__upj_out
}

__utah_path a/ /b 'c d.txt'
__t1=$__r
printf '%s\n' "$__t1"
__utah_path /root x
__t2=$__r
printf '%s\n' "$__t2"
__utah_path '* dir' '$HOME' -n
__t3=$__r
printf '%s\n' "$__t3"
__utah_path one
__t4=$__r
printf '%s\n' "$__t4"
