#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_save() {
  # Why: POSIX sh has no `local`; a function saves the variables it uses as locals.
  # Usage: __utah_save NAME... -> pushes each variable's value (or that it is unset).
  for __us_name in "$@"; do
    __us_n=$((${__us_n:-0} + 1))
    eval "__us_$__us_n=\${$__us_name+s}\${$__us_name-}"
  done
}

__utah_restore() {
  # Why: undoes __utah_save when the function returns.
  # Usage: __utah_restore NAME... (the saved names in reverse order) -> pops each.
  for __us_name in "$@"; do
    eval "__us_v=\$__us_$__us_n"
    unset "__us_$__us_n"
    __us_n=$((__us_n - 1))
    case $__us_v in
      s*) eval "$__us_name=\${__us_v#s}" ;;
      *) unset "$__us_name" ;;
    esac
  done
}

__fn_f() {
  n=$1
  unset r __t1
  r=''
  case "$n" in
    1)
      __t1=1
      ;;
    2)
      __t1=2
      ;;
    *)
      __t1=0
      ;;
  esac
  while :; do
    if [ "$((__t1 <= 0))" -ne 0 ]; then
      r="${r}d"
    fi
    if [ "$((__t1 <= 1))" -ne 0 ]; then
      r="${r}1"
      break
    fi
    if [ "$((__t1 <= 2))" -ne 0 ]; then
      r="${r}2"
    fi
    break
  done
  __r=$r
  return 0
}

f() {
  __utah_save n r __t1
  __fn_f "$@"
  set -- "$?"
  __utah_restore __t1 r n
  return "$1"
}

__fn_g() {
  s=$1
  unset r __t2
  r=''
  case "$s" in
    a)
      __t2=0
      ;;
    b)
      __t2=1
      ;;
    c)
      __t2=2
      ;;
    *)
      __t2=3
      ;;
  esac
  while :; do
    if [ "$((__t2 <= 0))" -ne 0 ]; then
      r="${r}a"
    fi
    if [ "$((__t2 <= 1))" -ne 0 ]; then
      r="${r}b"
    fi
    if [ "$((__t2 <= 2))" -ne 0 ]; then
      r="${r}c"
    fi
    break
  done
  __r="[$r]"
  return 0
}

g() {
  __utah_save s r __t2
  __fn_g "$@"
  set -- "$?"
  __utah_restore __t2 r s
  return "$1"
}

f 1
__t3=$__r
__t4=$__t3
f 2
__t5=$__r
__t6=$__t5
f 3
__t7=$__r
printf '%s\n' "$__t4 $__t6 $__t7"
g a
__t8=$__r
__t9=$__t8
g b
__t10=$__r
__t11=$__t10
g c
__t12=$__r
__t13=$__t12
g z
__t14=$__r
printf '%s\n' "$__t9 $__t11 $__t13 $__t14"
