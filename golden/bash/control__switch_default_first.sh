#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

f() {
  local n=$1
  local r __t1
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
    if ((__t1 <= 0)); then
      r+="d"
    fi
    if ((__t1 <= 1)); then
      r+="1"
      break
    fi
    if ((__t1 <= 2)); then
      r+="2"
    fi
    break
  done
  __r=$r
  return 0
}

g() {
  local s=$1
  local r __t2
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
    if ((__t2 <= 0)); then
      r+="a"
    fi
    if ((__t2 <= 1)); then
      r+="b"
    fi
    if ((__t2 <= 2)); then
      r+="c"
    fi
    break
  done
  __r="[$r]"
  return 0
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
