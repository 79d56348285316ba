#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_get_os() {
  # Why: os.getOS: POSIX sh has no $OSTYPE, so one `uname -s` names the system.
  # Usage: __utah_get_os -> __r: linux, mac, windows or unknown.
  __ugo_s=$(uname -s 2>/dev/null)
  case $__ugo_s in
    [Ll][Ii][Nn][Uu][Xx]*) __r=linux ;;
    [Dd][Aa][Rr][Ww][Ii][Nn]*) __r=mac ;;
    [Mm][Ss][Yy][Ss]* | [Cc][Yy][Gg][Ww][Ii][Nn]* | [Mm][Ii][Nn][Gg][Ww]* | [Ww][Ii][Nn]32* | [Ww][Ii][Nn][Dd][Oo][Ww][Ss]*) __r=windows ;;
    *) __r=unknown ;;
  esac
}

__utah_get_os
__t1=$__r
printf '%s\n' "$__t1"
