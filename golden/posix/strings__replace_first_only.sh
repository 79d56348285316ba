#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  __usb_t=$1 __r=
  while [ "${__usb_t#*\$}" != "$__usb_t" ]; do
    __r=$__r${__usb_t%%\$*}
    __usb_t=${__usb_t#*\$}
    case $__usb_t in
      \$*) __r=$__r\$ __usb_t=${__usb_t#?} ;;
      \&*) __r=$__r$2 __usb_t=${__usb_t#?} ;;
      \`*) __r=$__r$3 __usb_t=${__usb_t#?} ;;
      \'*) __r=$__r$4 __usb_t=${__usb_t#?} ;;
      *) __r=$__r\$ ;;
    esac
  done
  __r=$__r$__usb_t
}

__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  __urr_s=$1 __urr_m=$3
  __urr_a=${__urr_s#*"$2"}
  if [ -n "$2" ] && [ "$__urr_a" = "$1" ]; then __r=$1; return 0; fi
  __urr_b=${__urr_s%"$2$__urr_a"}
  case $__urr_m in *\$*) __utah_subst "$__urr_m" "$2" "$__urr_b" "$__urr_a"; __urr_m=$__r ;; esac
  __r=$__urr_b$__urr_m$__urr_a
}

__utah_replace_all() {
  # Why: JS s.replaceAll(str, rep) with literal search text (an empty search
  # inserts rep around every character), JS $-patterns in rep.
  # Usage: __utah_replace_all S SEARCH REPLACEMENT -> __r.
  __ura_s=$1 __ura_o='' __ura_m=$3 __ura_d=
  if [ -z "$2" ]; then
    while :; do
      case $3 in *\$*) __utah_subst "$3" '' "$__ura_d" "$__ura_s"; __ura_m=$__r ;; esac
      if [ -z "$__ura_s" ]; then break; fi
      __ura_b=${__ura_s#?}
      __ura_b=${__ura_s%"$__ura_b"}
      __ura_o=$__ura_o$__ura_m$__ura_b __ura_d=$__ura_d$__ura_b __ura_s=${__ura_s#?}
    done
    __r=$__ura_o$__ura_m
    return 0
  fi
  while :; do
    __ura_a=${__ura_s#*"$2"}
    if [ "$__ura_a" = "$__ura_s" ]; then break; fi
    __ura_b=${__ura_s%"$2$__ura_a"}
    __ura_s=$__ura_a __ura_d=$__ura_d$__ura_b
    case $3 in *\$*) __utah_subst "$3" "$2" "$__ura_d" "$__ura_s"; __ura_m=$__r ;; esac
    __ura_o=$__ura_o$__ura_b$__ura_m __ura_d=$__ura_d$2
  done
  __r=$__ura_o$__ura_s
}

s='a-b-c'
__utah_replace "$s" - +
__t1=$__r
__utah_replace_all "$s" - +
__t2=$__r
__utah_replace "$s" b B
__t3=$__r
__utah_replace_all "$s" - ''
__t4=$__r
printf '%s\n' "$__t1 $__t2 $__t3 $__t4"
