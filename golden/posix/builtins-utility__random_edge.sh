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

__utah_random_bits() {
  # Why: POSIX sh has no $RANDOM; one `od` reads 8 bytes of /dev/urandom as four
  # 16-bit numbers, 15 bits of each used (so mksh's 32-bit arithmetic holds them).
  # Usage: __utah_random_bits -> __r, __r2: two random integers of 30 bits each.
  __urb_s=$(od -An -N8 -tu2 /dev/urandom 2>/dev/null)
  __urb_w=
  for __urb_k in 1 2 3 4; do
    __urb_s=${__urb_s#"${__urb_s%%[0123456789]*}"}
    __urb_x=${__urb_s%%[!0123456789]*}
    __urb_s=${__urb_s#"$__urb_x"}
    __urb_w="$__urb_w $(( ${__urb_x:-0} & 32767 ))"
  done
  __urb_w=${__urb_w# }
  __urb_a=${__urb_w%% *}
  __urb_w=${__urb_w#* }
  __urb_b=${__urb_w%% *}
  __urb_w=${__urb_w#* }
  __r=$(( __urb_a << 15 | __urb_b ))
  __r2=$(( ${__urb_w%% *} << 15 | ${__urb_w#* } ))
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1) (+-(2^31-1)
  # on mksh, whose arithmetic is 32-bit).
  __uti_x=$1 __uti_g=
  [ -n "${__uw-}" ] || __utah_int_width
  case $__uti_x in -*) __uti_g=- __uti_x=${__uti_x#-} ;; +*) __uti_x=${__uti_x#+} ;; esac
  case $__uti_x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=$__uti_g$__um; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __uti_x=${__uti_x%%.*}
  __uti_x=${__uti_x#"${__uti_x%%[!0]*}"}
  case $__uti_x in *[!0-9]*) __r=0; return 0 ;; esac
  if [ ${#__uti_x} -gt $(( __uw > 9 ? 15 : 9 )) ]; then
    __r=$__uti_g$__um
  else
    __r=$(( $__uti_g${__uti_x:-0} ))
  fi
}

__utah_random() {
  # Why: utility.random(min, max): 30 or 60 bits from /dev/urandom (one `od` a
  # draw), redrawn when above the largest multiple of the range, so every value is
  # equally likely.
  # Usage: __utah_random MIN MAX -> __r; MIN and MAX are cut to integers and
  # swapped when MIN > MAX.
  __utah_to_int "$1"
  __urn_lo=$__r
  __utah_to_int "$2"
  if [ "$__r" -lt "$__urn_lo" ]; then
    __urn_n=$__urn_lo __urn_lo=$__r __r=$__urn_n
  fi
  __urn_n=$((__r - __urn_lo + 1))
  __urn_b=30
  [ "$__urn_n" -le 1073741824 ] || __urn_b=60
  __urn_lim=$(( (1 << __urn_b) - (1 << __urn_b) % __urn_n ))
  while :; do
    __utah_random_bits
    if [ "$__urn_b" -gt 30 ]; then
      __r=$(( __r << 30 | __r2 ))
    fi
    if [ "$__r" -lt "$__urn_lim" ]; then
      break
    fi
  done
  __r=$(( __urn_lo + __r % __urn_n ))
}

__utah_random 5 5
__t1=$__r
printf '%s\n' "$__t1"
lo=10
__utah_random "$lo" 1
s=$__r
if __utah_num_cmp '>=' "$s" 1; then
  __t4=true
else
  __t4=false
fi
__t3=$__t4
if [ "$__t3" = true ]; then
  if __utah_num_cmp '<=' "$s" 10; then
    __t5=true
  else
    __t5=false
  fi
  __t3=$__t5
fi
printf '%s\n' "$__t3"
__utah_random -70000 -40000
n=$__r
if __utah_num_cmp '>=' "$n" -70000; then
  __t8=true
else
  __t8=false
fi
__t7=$__t8
if [ "$__t7" = true ]; then
  if __utah_num_cmp '<=' "$n" -40000; then
    __t9=true
  else
    __t9=false
  fi
  __t7=$__t9
fi
printf '%s\n' "$__t7"
__utah_random 0 1000000000000
big=$__r
if __utah_num_cmp '>=' "$big" 0; then
  __t12=true
else
  __t12=false
fi
__t11=$__t12
if [ "$__t11" = true ]; then
  if __utah_num_cmp '<=' "$big" 1000000000000; then
    __t13=true
  else
    __t13=false
  fi
  __t11=$__t13
fi
printf '%s\n' "$__t11"
