#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_int_width() {
  # Why: mksh does shell arithmetic in 32 bits, the other shells in 64; integer fast
  # paths must know how many digits stay exact.  Pure arithmetic, set once.
  # Usage: __utah_int_width -> globals __uw (digits an integer comparison may hold:
  # 18 or 9) and __um (largest exact integer: 2^53-1 or 2^31-1).
  if [ $(( 2147483647 + 1 )) -gt 0 ]; then
    __uw=18 __um=9007199254740991
  else
    __uw=9 __um=2147483647
  fi
}

__utah_is_int() {
  # Why: POSIX sh has no =~; this tests for canonical integer text
  # -?(0|[1-9][0-9]*) of at most N digits with case patterns.
  # Usage: __utah_is_int X N -> status 0 when X is such an integer.
  __uii_x=${1#-}
  case $__uii_x in 0) return 0 ;; '' | 0* | *[!0-9]*) return 1 ;; esac
  [ ${#__uii_x} -le "$2" ]
}

__utah_num_parts() {
  # Why: decimal text has no shell comparison.  This splits a JS number text into
  # sign, decimal exponent and significant digits, so numbers compare and print
  # exactly without a process.
  # Usage: __utah_num_parts TEXT -> globals __ns (-1, 0, 1, or NaN for anything
  # that is not a number), __nn and __nd (value = 0.__nd x 10^__nn; __nd has no
  # leading or trailing zeros).
  __unp_x=$1 __unp_e=0 __unp_f=
  __ns=1 __nn=0 __nd=
  case $__unp_x in -*) __ns=-1 __unp_x=${__unp_x#-} ;; +*) __unp_x=${__unp_x#+} ;; esac
  if [ "$__unp_x" = Infinity ]; then __nn=999999999 __nd=1; return 0; fi
  case $__unp_x in
    *[eE]*)
      __unp_e=${__unp_x#*[eE]} __unp_x=${__unp_x%%[eE]*}
      __unp_f=${__unp_e#[+-]}
      case $__unp_f in '' | *[!0-9]*) __ns=NaN; return 0 ;; esac
      if [ ${#__unp_f} -gt 9 ]; then __ns=NaN; return 0; fi
      __unp_f=${__unp_f#"${__unp_f%%[!0]*}"}
      case $__unp_e in -*) __unp_e=-${__unp_f:-0} ;; *) __unp_e=${__unp_f:-0} ;; esac
      __unp_f='' ;;
  esac
  case $__unp_x in '' | . | *.*.* | *[!0-9.]*) __ns=NaN; return 0 ;; esac
  case $__unp_x in *.*) __unp_f=${__unp_x#*.} __unp_x=${__unp_x%%.*} ;; esac
  __nd=$__unp_x$__unp_f
  __unp_z=${__nd%%[!0]*}
  __nd=${__nd#"$__unp_z"}
  __nn=$(( ${#__unp_x} + __unp_e - ${#__unp_z} ))
  __unp_z=${__nd##*[!0]}
  __nd=${__nd%"$__unp_z"}
  if [ -z "$__nd" ]; then __ns=0 __nn=0; fi
}

__utah_qmarks() {
  # Why: POSIX sh has no ${s:i:n}; a pattern of N `?` strips N characters with
  # ${s#$pattern}.  Built by doubling, not one character per loop turn.
  # Usage: __utah_qmarks N -> __r (N question marks).
  __uqm_n=$1 __uqm_q='?' __r=
  while [ "$__uqm_n" -gt 0 ]; do
    if [ $(( __uqm_n % 2 )) -eq 1 ]; then __r=$__r$__uqm_q; fi
    __uqm_n=$(( __uqm_n / 2 )) __uqm_q=$__uqm_q$__uqm_q
  done
}

__utah_num_cmp() {
  # Why: test compares only integers and JS compares NaN as false; this compares
  # any two JS number texts (fractions, exponents, Infinity) exactly, in the shell.
  # Usage: __utah_num_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  __unc_c=0
  [ -n "${__uw-}" ] || __utah_int_width
  if __utah_is_int "$2" "$__uw" && __utah_is_int "$3" "$__uw"; then
    __unc_c=$(( $2 < $3 ? -1 : ($2 > $3 ? 1 : 0) ))
  else
    __utah_num_parts "$2"
    __unc_s=$__ns __unc_n=$__nn __unc_d=$__nd
    __utah_num_parts "$3"
    if [ "$__unc_s" = NaN ] || [ "$__ns" = NaN ]; then
      [ "$1" = '!=' ]
      return
    fi
    if [ "$__unc_s" -ne "$__ns" ]; then
      __unc_c=$(( __unc_s < __ns ? -1 : 1 ))
    elif [ "$__unc_s" -ne 0 ] && [ "$__unc_n" -ne "$__nn" ]; then
      __unc_c=$(( (__unc_n < __nn ? -1 : 1) * __unc_s ))
    else
      # compare the digit strings in chunks of __uw digits, zero-padded
      __unc_r=$__r
      __utah_qmarks "$__uw"
      __unc_q=$__r __r=$__unc_r
      while [ -n "$__unc_d$__nd" ]; do
        __unc_x=$__unc_d __unc_y=$__nd
        if [ ${#__unc_x} -gt "$__uw" ]; then __unc_x=${__unc_d#$__unc_q} __unc_x=${__unc_d%"$__unc_x"}; fi
        if [ ${#__unc_y} -gt "$__uw" ]; then __unc_y=${__nd#$__unc_q} __unc_y=${__nd%"$__unc_y"}; fi
        __unc_d=${__unc_d#"$__unc_x"} __nd=${__nd#"$__unc_y"}
        while [ ${#__unc_x} -lt "$__uw" ]; do __unc_x=${__unc_x}0; done
        while [ ${#__unc_y} -lt "$__uw" ]; do __unc_y=${__unc_y}0; done
        __unc_x=1$__unc_x __unc_y=1$__unc_y
        if [ "$__unc_x" != "$__unc_y" ]; then
          __unc_c=$(( (__unc_x < __unc_y ? -1 : 1) * __unc_s ))
          break
        fi
      done
    fi
  fi
  case $1 in
    '<') [ "$__unc_c" -lt 0 ] ;;
    '<=') [ "$__unc_c" -le 0 ] ;;
    '>') [ "$__unc_c" -gt 0 ] ;;
    '>=') [ "$__unc_c" -ge 0 ] ;;
    '==') [ "$__unc_c" -eq 0 ] ;;
    '!=') [ "$__unc_c" -ne 0 ] ;;
    *) return 2 ;;
  esac
}

next() {
  calls=$((calls + 1))
  printf '%s\n' "next $calls"
  __r=$calls
  return 0
}

lim() {
  printf '%s\n' "lim $i"
  __r=2
  return 0
}

st() {
  printf '%s\n' "step $i"
  i=$((i + 1))
}

small() {
  printf '%s\n' "small $k"
  if [ "$((k < 2))" -ne 0 ]; then
    __r=true
  else
    __r=false
  fi
  return 0
}

calls=0
next
__t3=$__r
case "$__t3" in
  0)
    __t2=0
    ;;
  1)
    __t2=1
    ;;
  *)
    __t2=2
    ;;
esac
while :; do
  if [ "$((__t2 <= 0))" -ne 0 ]; then
    printf '%s\n' zero
    break
  fi
  if [ "$((__t2 <= 1))" -ne 0 ]; then
    printf '%s\n' one
    break
  fi
  break
done
i=0
i=0
while :; do
  __t4=$i
  lim
  __t5=$__r
  __utah_num_cmp '<' "$__t4" "$__t5" || break
  printf '%s\n' "body $i"
  st
done
k=0
while :; do
  small
  __t6=$__r
  [ "$__t6" = true ] || break
  k=$((k + 1))
done
