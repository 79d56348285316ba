#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_json_unquote() {
  # Why: jq writes strings as JSON literals (so newlines and trailing whitespace
  # survive the command substitution); this decodes one without a process.  jq
  # escapes only \" \\ and control characters, which printf %b decodes in order.
  # Usage: __utah_json_unquote J -> __r (J is a JSON string literal from jq).
  local __s=${1:1:${#1}-2} __q='"' __b='\'
  if [[ $__s == *"$__b"* ]]; then
    __s=${__s//"$__b$__q"/"$__q"}
    printf -v __s '%b' "$__s"
  fi
  __r=$__s
}

__utah_num_parts() {
  # Why: decimal text has no shell comparison.  This splits a JS number text into
  # sign, decimal exponent and significant digits, so numbers compare and print
  # exactly without a process.
  # Usage: __utah_num_parts TEXT -> globals __ns (-1, 0, 1, or NaN for anything
  # that is not a number), __nn and __nd (value = 0.__nd x 10^__nn; __nd has no
  # leading or trailing zeros).
  local __x=$1 __e=0 __f='' __z
  __ns=1 __nn=0 __nd=
  case $__x in -*) __ns=-1; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  if [[ $__x == Infinity ]]; then __nn=999999999 __nd=1; return 0; fi
  if ! [[ $__x =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,9})?$ ]]; then
    __ns=NaN
    return 0
  fi
  case $__x in *[eE]*) __e=${__x#*[eE]}; __x=${__x%%[eE]*} ;; esac
  case $__x in *.*) __f=${__x#*.}; __x=${__x%%.*} ;; esac
  case $__e in -*) __e=$(( -10#${__e:1} )) ;; +*) __e=$(( 10#${__e:1} )) ;; *) __e=$(( 10#$__e )) ;; esac
  __nd=$__x$__f
  __z=${__nd%%[!0]*}
  __nd=${__nd:${#__z}}
  __nn=$(( ${#__x} + __e - ${#__z} ))
  __z=${__nd##*[!0]}
  __nd=${__nd:0:${#__nd}-${#__z}}
  if [[ -z $__nd ]]; then __ns=0 __nn=0; fi
}

__utah_num_cmp() {
  # Why: [[ ]] compares only integers and JS compares NaN as false; this compares
  # any two JS number texts (fractions, exponents, Infinity) exactly, in the shell.
  # Usage: __utah_num_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  local __c=0 __s __n __d __x __y __i='^-?(0|[1-9][0-9]{0,17})$'
  if [[ $2 =~ $__i && $3 =~ $__i ]]; then
    __c=$(( $2 < $3 ? -1 : ($2 > $3 ? 1 : 0) ))
  else
    __utah_num_parts "$2"
    __s=$__ns __n=$__nn __d=$__nd
    __utah_num_parts "$3"
    if [[ $__s == NaN || $__ns == NaN ]]; then
      [[ $1 == '!=' ]]
      return
    fi
    if (( __s != __ns )); then
      __c=$(( __s < __ns ? -1 : 1 ))
    elif (( __s != 0 && __n != __nn )); then
      __c=$(( (__n < __nn ? -1 : 1) * __s ))
    else
      while [[ -n $__d$__nd ]]; do
        __x=${__d:0:18}000000000000000000 __y=${__nd:0:18}000000000000000000
        __x=${__x:0:18} __y=${__y:0:18}
        if (( 10#$__x != 10#$__y )); then
          __c=$(( (10#$__x < 10#$__y ? -1 : 1) * __s ))
          break
        fi
        __d=${__d:18} __nd=${__nd:18}
      done
    fi
  fi
  case $1 in
    '<') (( __c < 0 )) ;;
    '<=') (( __c <= 0 )) ;;
    '>') (( __c > 0 )) ;;
    '>=') (( __c >= 0 )) ;;
    '==') (( __c == 0 )) ;;
    '!=') (( __c != 0 )) ;;
    *) return 2 ;;
  esac
}

__utah_any_equals() {
  # Why: `===` between a value of type any (JSON text) and a typed string, number or
  # boolean holds only when the JSON value has that type too: the JSON string "1" never
  # equals the number 1, nor "01" the number 1. Text that is not JSON (an element of an
  # untyped array) is taken as it is.
  # Usage: __utah_any_equals J string|number|boolean V -> status 0 when J === V.
  case $2:$1 in
    string:\"*) __utah_json_unquote "$1"; [[ $__r == "$3" ]] ;;
    number:\"*) return 1 ;;
    number:*) __utah_num_cmp '==' "$1" "$3" ;;
    *) [[ $1 == "$3" ]] ;;
  esac
}

kind() {
  local v=$1
  local __t1 __t2
  __t2=$v
  if __utah_any_equals "$__t2" number 1; then
    __t1=0
  elif __utah_any_equals "$__t2" string 1; then
    __t1=1
  elif __utah_any_equals "$__t2" boolean true; then
    __t1=2
  elif __utah_any_equals "$__t2" string ''; then
    __t1=3
  elif __utah_any_equals "$__t2" number 0; then
    __t1=4
  else
    __t1=5
  fi
  while :; do
    if ((__t1 <= 0)); then
      __r='number one'
      return 0
    fi
    if ((__t1 <= 1)); then
      __r='string one'
      return 0
    fi
    if ((__t1 <= 2)); then
      __r='boolean true'
      return 0
    fi
    if ((__t1 <= 3)); then
      __r='empty string'
      return 0
    fi
    if ((__t1 <= 4)); then
      __r='zero'
      return 0
    fi
    if ((__t1 <= 5)); then
      __r='other'
      return 0
    fi
    break
  done
}

kind 1
__t3=$__r
printf '%s\n' "$__t3"
kind '"1"'
__t4=$__r
printf '%s\n' "$__t4"
kind true
__t5=$__r
printf '%s\n' "$__t5"
kind '""'
__t6=$__r
printf '%s\n' "$__t6"
kind 0
__t7=$__r
printf '%s\n' "$__t7"
kind false
__t8=$__r
printf '%s\n' "$__t8"
kind '"01"'
__t9=$__r
printf '%s\n' "$__t9"
kind 1
__t10=$__r
printf '%s\n' "$__t10"
