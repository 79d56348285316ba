#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  local -n __ua_in=$1
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ $__ua_e == "$2" ]]; then return 0; fi
  done
  return 1
}

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
o=$__r
__t2=(linux mac windows unknown)
if __utah_array_includes __t2 "$o"; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t3"
