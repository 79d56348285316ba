#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

s() {
  local v=$1
  local __t1
  case "$v" in
    1)
      __t1=0
      ;;
    '')
      __t1=1
      ;;
    ' 1')
      __t1=2
      ;;
    *)
      __t1=3
      ;;
  esac
  while :; do
    if ((__t1 <= 0)); then
      __r='one'
      return 0
    fi
    if ((__t1 <= 1)); then
      __r='empty'
      return 0
    fi
    if ((__t1 <= 2)); then
      __r='space one'
      return 0
    fi
    if ((__t1 <= 3)); then
      __r="other($v)"
      return 0
    fi
    break
  done
}

n() {
  local v=$1
  local __t2
  case "$v" in
    0)
      __t2=0
      ;;
    1)
      __t2=1
      ;;
    2.5)
      __t2=2
      ;;
    *)
      __t2=3
      ;;
  esac
  while :; do
    if ((__t2 <= 0)); then
      __r='zero'
      return 0
    fi
    if ((__t2 <= 1)); then
      __r='one'
      return 0
    fi
    if ((__t2 <= 2)); then
      __r='two and a half'
      return 0
    fi
    if ((__t2 <= 3)); then
      __r="other($v)"
      return 0
    fi
    break
  done
}

b() {
  local v=$1
  local __t3 __t4
  __t4=$v
  if [[ $__t4 == true ]]; then
    __t3=0
  elif [[ $__t4 == false ]]; then
    __t3=1
  else
    __t3=2
  fi
  while :; do
    if ((__t3 <= 0)); then
      __r='yes'
      return 0
    fi
    if ((__t3 <= 1)); then
      __r='no'
      return 0
    fi
    break
  done
  __r='unreached'
  return 0
}

s 1
__t5=$__r
__t6=$__t5
s 01
__t7=$__r
__t8=$__t7
s ''
__t9=$__r
__t10=$__t9
s ' 1'
__t11=$__r
__t12=$__t11
s '1 '
__t13=$__r
__t14=$__t13
s 1.0
__t15=$__r
printf '%s\n' "$__t6 $__t8 $__t10 $__t12 $__t14 $__t15"
n 1
__t16=$__r
__t17=$__t16
n 0
__t18=$__r
__t19=$__t18
n 0
__t20=$__r
__t21=$__t20
n 2.5
__t22=$__r
__t23=$__t22
n 2.5
__t24=$__r
__t25=$__t24
n 3
__t26=$__r
printf '%s\n' "$__t17 $__t19 $__t21 $__t23 $__t25 $__t26"
b true
__t27=$__r
__t28=$__t27
b false
__t29=$__r
printf '%s\n' "$__t28 $__t29"
