#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_aclear() {
  # Why: `NAME=()`: the elements are unset, so reading past the end gives "".
  # Usage: __utah_aclear NAME -> NAME is the empty array.
  eval "__uac_i=\${${1}__n:-0}"
  while [ "$__uac_i" -gt 0 ]; do
    __uac_i=$((__uac_i - 1))
    unset "${1}__$__uac_i"
  done
  eval "${1}__n=0"
}

__utah_apush() {
  # Why: `NAME+=(VALUE…)` on an array held as NAME__n and NAME__0 ….
  # Usage: __utah_apush NAME VALUE... -> appends the values.
  __uap_name=$1
  shift
  eval "__uap_n=\${${__uap_name}__n:-0}"
  for __uap_v in "$@"; do
    eval "${__uap_name}__$__uap_n=\$__uap_v"
    __uap_n=$((__uap_n + 1))
  done
  eval "${__uap_name}__n=\$__uap_n"
}

__utah_acopy() {
  # Why: `DST+=("${SRC[@]:START}")`; the length of SRC is read first, so SRC may be DST.
  # Usage: __utah_acopy DST SRC START.
  __uap_i=$3
  eval "__uap_c=\${${2}__n:-0} __uap_n=\${${1}__n:-0}"
  while [ "$__uap_i" -lt "$__uap_c" ]; do
    eval "${1}__$__uap_n=\${${2}__$__uap_i}"
    __uap_n=$((__uap_n + 1))
    __uap_i=$((__uap_i + 1))
  done
  eval "${1}__n=\$__uap_n"
}

__utah_case_map() {
  # Why: JS toUpperCase / toLowerCase on the POSIX target without tr (GNU tr maps
  # no multibyte letter) and without a process: each ASCII and Latin-1 letter is
  # replaced as literal text, so byte-counting shells map UTF-8 text too.  Other
  # letters (ß, ÿ, µ, Greek, Cyrillic...) are left as they are.
  # Usage: __utah_case_map S upper|lower -> __r.
  __ucm_s=$1
  for __ucm_p in \
    a:A b:B c:C d:D e:E f:F g:G h:H i:I j:J k:K l:L m:M n:N o:O p:P q:Q r:R s:S \
    t:T u:U v:V w:W x:X y:Y z:Z à:À á:Á â:Â ã:Ã ä:Ä å:Å æ:Æ ç:Ç è:È é:É ê:Ê ë:Ë \
    ì:Ì í:Í î:Î ï:Ï ð:Ð ñ:Ñ ò:Ò ó:Ó ô:Ô õ:Õ ö:Ö ø:Ø ù:Ù ú:Ú û:Û ü:Ü ý:Ý þ:Þ; do
    if [ "$2" = upper ]; then __ucm_f=${__ucm_p%:*} __ucm_t=${__ucm_p#*:}; else __ucm_f=${__ucm_p#*:} __ucm_t=${__ucm_p%:*}; fi
    case $__ucm_s in *"$__ucm_f"*) ;; *) continue ;; esac
    __r=
    while :; do
      __ucm_a=${__ucm_s#*"$__ucm_f"}
      if [ "$__ucm_a" = "$__ucm_s" ]; then break; fi
      __r=$__r${__ucm_s%"$__ucm_f$__ucm_a"}$__ucm_t __ucm_s=$__ucm_a
    done
    __ucm_s=$__r$__ucm_s
  done
  __r=$__ucm_s
}

__utah_lower() {
  # Why: JS s.toLowerCase() (POSIX sh has no ${s,,}).
  # Usage: __utah_lower S -> __r.
  __utah_case_map "$1" lower
}

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

__utah_aclear items
__utah_apush items apple Kiwi fig
__utah_aclear __f1
__utah_acopy __f1 items 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "it=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __utah_lower "$it"
  __t2=$__r
  __t3=$((${#__t2}))
  if __utah_num_cmp '==' "$__t3" 3; then
    __t1=0
  elif __utah_num_cmp '==' "$__t3" 4; then
    __t1=1
  else
    __t1=2
  fi
  while :; do
    if [ "$((__t1 <= 0))" -ne 0 ]; then
      printf '%s\n' "$it: three"
      break
    fi
    if [ "$((__t1 <= 1))" -ne 0 ]; then
      printf '%s\n' "$it: four"
      break
    fi
    if [ "$((__t1 <= 2))" -ne 0 ]; then
      printf '%s\n' "$it: $((${#it}))"
    fi
    break
  done
done
x=7
if if [ "$((x < 5))" -ne 0 ]; then __t5=true; else __t5=false; fi; [ true = "$__t5" ]; then
  __t4=0
elif if [ "$((x < 10))" -ne 0 ]; then __t6=true; else __t6=false; fi; [ true = "$__t6" ]; then
  __t4=1
else
  __t4=2
fi
while :; do
  if [ "$((__t4 <= 0))" -ne 0 ]; then
    printf '%s\n' small
    break
  fi
  if [ "$((__t4 <= 1))" -ne 0 ]; then
    printf '%s\n' medium
    break
  fi
  if [ "$((__t4 <= 2))" -ne 0 ]; then
    printf '%s\n' large
  fi
  break
done
__t7=1
while :; do
  if [ "$((__t7 <= 0))" -ne 0 ]; then
    printf '%s\n' a
  fi
  break
done
printf '%s\n' 'no match, no default'
