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

__utah_dirname() {
  # Why: fs.dirname as path.dirname / POSIX dirname, without a process.
  # Usage: __utah_dirname P -> __r.
  __udn_p=$1
  while [ "$__udn_p" != / ]; do
    case $__udn_p in
      */) __udn_p=${__udn_p%/} ;;
      *) break ;;
    esac
  done
  case $__udn_p in
    */*) __udn_p=${__udn_p%/*} ;;
    *) __r=.; return 0 ;;
  esac
  __utah_strip_slashes "$__udn_p"
  __r=${__r:-/}
}

__utah_dirname /srv/logs/app.log
__t1=$__r
__utah_basename "$__t1"
__t2=$__r
printf '%s\n' "$__t2"
__utah_dirname 'a b/* c/file'
__t3=$__r
__utah_basename "$__t3"
__t4=$__r
printf '%s\n' "$__t4"
__utah_dirname 'x/$HOME/f'
__t5=$__r
__utah_basename "$__t5"
__t6=$__r
printf '%s\n' "$__t6"
