#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_json_number() {
  # Why: JSON has no NaN or Infinity; JSON.stringify writes them as null.
  # Usage: __utah_json_number N -> __r.
  case $1 in
    NaN | Infinity | -Infinity | '') __r=null ;;
    *) __r=$1 ;;
  esac
}

__utah_json_quote() {
  # Why: JSON.stringify of a string without starting jq: escapes \ and " and the
  # control characters (\b \t \n \f \r, others as \u00XX) by parameter expansion.
  # Usage: __utah_json_quote S -> __r (with the surrounding double quotes).
  local __s=$1 __q='"' __b=\\ __i __h __c
  __s=${__s//"$__b"/"$__b$__b"}
  __s=${__s//"$__q"/"$__b$__q"}
  if [[ $__s == *[[:cntrl:]]* ]]; then
    __s=${__s//$'\n'/"$__b"n}
    __s=${__s//$'\t'/"$__b"t}
    __s=${__s//$'\r'/"$__b"r}
    __s=${__s//$'\b'/"$__b"b}
    __s=${__s//$'\f'/"$__b"f}
    for (( __i = 1; __i < 32; __i++ )); do
      printf -v __h '%02x' "$__i"
      printf -v __c '%b' "\\x$__h"
      if [[ $__s == *"$__c"* ]]; then __s=${__s//"$__c"/"$__b"u00$__h}; fi
    done
  fi
  __r=$__q$__s$__q
}

__utah_json_array() {
  # Why: an array value becomes JSON text (for console.log, object literals, json.*)
  # without starting jq.
  # Usage: __utah_json_array KIND NAME -> __r; KIND: string number boolean json.
  local -n __uj_in=$2
  local __uj_out= __uj_x
  for __uj_x in "${__uj_in[@]}"; do
    case $1 in
      string) __utah_json_quote "$__uj_x" ;;
      number) __utah_json_number "$__uj_x" ;;
      *) __r=$__uj_x ;;
    esac
    __uj_out+=${__uj_out:+,}$__r
  done
  __r=[$__uj_out]
}

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char).
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    __r+=$__ua_e
  done
}

__utah_string_of_array() {
  # Why: JS String(array) when an array is interpolated: elements joined with ",".
  # Usage: __utah_string_of_array NAME -> __r.
  __utah_join "$1" ,
}

arr=(1 2 3)
words=('a b' c)
__utah_json_number 1
__t1=$__r
__t2=(true null)
__utah_json_array boolean __t2
__t3=$__r
obj="{\"k\":\"v\",\"n\":$__t1,\"list\":$__t3}"
__utah_string_of_array arr
__t5=$__r
printf '%s\n' "$__t5"
__utah_string_of_array words
__t6=$__r
printf '%s\n' "[$__t6]"
printf '%s\n' "$obj"
printf '%s\n' "len $((${#arr[@]}))"
