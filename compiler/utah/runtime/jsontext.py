"""JSON text helpers for the cheap cases that need no jq.

* ``__utah_json_quote S`` -> ``__r``: the JSON string literal of S, as
  ``JSON.stringify(s)`` writes it.
"""

from .charsets import spelled

JSON_QUOTE = r"""
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
"""

JSON_QUOTE_POSIX = spelled(r"""
__utah_json_quote() {
  # Why: JSON.stringify of a string without starting jq: \ and " are replaced as
  # literal text, then each control character is escaped (\b \t \n \f \r, others
  # as \u00XX).  The control characters are spelled out in order (posh has no
  # [[:cntrl:]]), so a character's code is its place in that list: no printf.
  # Usage: __utah_json_quote S -> __r (with the surrounding double quotes).
  __utah_replace_all "$1" '\' '\\'
  __utah_replace_all "$__r" '"' '\"'
  __ujq_s=$__r __ujq_o='' __ujq_cc=@CONTROL@
  while :; do
    __ujq_a=${__ujq_s#*[$__ujq_cc]}
    if [ "$__ujq_a" = "$__ujq_s" ]; then break; fi
    __ujq_s=${__ujq_s%"$__ujq_a"}
    __ujq_c=${__ujq_s#"${__ujq_s%?}"}
    __ujq_k=${__ujq_cc#*"$__ujq_c"}
    __ujq_k=$(( ${#__ujq_cc} - ${#__ujq_k} ))
    __ujq_o=$__ujq_o${__ujq_s%?} __ujq_s=$__ujq_a
    case $__ujq_k in
      8) __ujq_o=$__ujq_o'\b' ;;
      9) __ujq_o=$__ujq_o'\t' ;;
      10) __ujq_o=$__ujq_o'\n' ;;
      12) __ujq_o=$__ujq_o'\f' ;;
      13) __ujq_o=$__ujq_o'\r' ;;
      *)
        __utah_cut 0123456789abcdef $(( __ujq_k % 16 )) 1
        __ujq_o=$__ujq_o'\u00'$(( __ujq_k / 16 ))$__r ;;
    esac
  done
  __r=\"$__ujq_o$__ujq_s\"
}
""")

DEFINITIONS = [(JSON_QUOTE, JSON_QUOTE_POSIX)]
