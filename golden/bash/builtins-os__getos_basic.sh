#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_get_os() {
  # Why: os.getOS from $OSTYPE, which bash sets itself (uname runs only if it is empty).
  # Usage: __utah_get_os -> __r: linux, mac, windows or unknown.
  local __ugo_s=${OSTYPE-}
  if [[ -z $__ugo_s ]]; then
    __ugo_s=$(uname -s 2>/dev/null)
  fi
  case ${__ugo_s,,} in
    linux*) __r=linux ;;
    darwin*) __r=mac ;;
    msys* | cygwin* | mingw* | win32* | windows*) __r=windows ;;
    *) __r=unknown ;;
  esac
}

__utah_get_os
__t1=$__r
printf '%s\n' "$__t1"
