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

__utah_extension() {
  # Why: fs.extension as path.extname without the dot; a leading dot
  # (".bashrc") starts a name, not an extension.
  # Usage: __utah_extension P -> __r.
  __utah_basename "$1"
  __uex_b=$__r
  while :; do
    case $__uex_b in
      .*) __uex_b=${__uex_b#.} ;;
      *) break ;;
    esac
  done
  case $__uex_b in
    *.*) __r=${__uex_b##*.} ;;
    *) __r= ;;
  esac
}

__utah_extension notes.md
__t1=$__r
printf '%s\n' "$__t1"
__utah_extension /a/b.tar.gz
__t2=$__r
printf '%s\n' "$__t2"
__utah_extension 'x y/* z.TXT'
__t3=$__r
printf '%s\n' "$__t3"
__utah_extension 'a.$x'
__t4=$__r
printf '%s\n' "$__t4"
