#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_str_cmp() {
  # Why: JS compares strings by code unit; POSIX test has no string order (and
  # [ < ] where it exists follows the locale).  The common prefix is skipped, then
  # the first differing characters are ranked in a table of ASCII; other characters
  # by printf's character code (one process, only for such characters): UTF-8 byte
  # order and code point order agree.
  # Usage: __utah_str_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  __usc_a=$2 __usc_b=$3 __usc_c=0
  if [ "$__usc_a" != "$__usc_b" ]; then
    while :; do
      __usc_x=${__usc_a#?} __usc_y=${__usc_b#?}
      __usc_x=${__usc_a%"$__usc_x"} __usc_y=${__usc_b%"$__usc_y"}
      if [ "$__usc_x" != "$__usc_y" ]; then break; fi
      __usc_a=${__usc_a#?} __usc_b=${__usc_b#?}
    done
    __usc_t='	
 !"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'
    __usc_i=${__usc_t#*"$__usc_x"} __usc_j=${__usc_t#*"$__usc_y"}
    if [ -z "$__usc_x" ]; then
      __usc_c=-1
    elif [ -z "$__usc_y" ]; then
      __usc_c=1
    elif [ "$__usc_i" = "$__usc_t" ] || [ "$__usc_j" = "$__usc_t" ]; then
      __usc_i=$(printf %d "'$__usc_x") __usc_j=$(printf %d "'$__usc_y")
      __usc_c=$(( __usc_i < __usc_j ? -1 : 1 ))
    else
      __usc_c=$(( ${#__usc_i} > ${#__usc_j} ? -1 : 1 ))
    fi
  fi
  case $1 in
    '<') [ "$__usc_c" -lt 0 ] ;;
    '>') [ "$__usc_c" -gt 0 ] ;;
    '<=') [ "$__usc_c" -le 0 ] ;;
    '>=') [ "$__usc_c" -ge 0 ] ;;
    '==') [ "$__usc_c" -eq 0 ] ;;
    '!=') [ "$__usc_c" -ne 0 ] ;;
    *) return 2 ;;
  esac
}

star='*'
q='?'
if [ "$star" = abc ]; then
  __t1=true
else
  __t1=false
fi
if [ abc = "$star" ]; then
  __t2=true
else
  __t2=false
fi
if [ "$star" = '*' ]; then
  __t3=true
else
  __t3=false
fi
if [ "$q" = a ]; then
  __t4=true
else
  __t4=false
fi
if __utah_str_cmp '<' a "$star"; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "$__t1 $__t2 $__t3 $__t4 false $__t5"
if true; then
  __t6=true
else
  __t6=false
fi
printf '%s\n' "$__t6 true"
