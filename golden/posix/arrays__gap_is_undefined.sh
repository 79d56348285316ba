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

__utah_aset() {
  # Why: `NAME[INDEX]=VALUE`; an index at or past the end makes the array longer,
  # with undefined in the gap (as in JS).
  # Usage: __utah_aset NAME INDEX VALUE.
  eval "${1}__$2=\$3"
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$2" -ge "$__uap_n" ]; then
    __uap_i=$__uap_n
    while [ "$__uap_i" -lt "$2" ]; do
      eval "${1}__$__uap_i=''undefined"
      __uap_i=$((__uap_i + 1))
    done
    eval "${1}__n=$(($2 + 1))"
  fi
}

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  __uan_n='' __uan_e=''  # set by eval below
  eval "__uan_n=\${$1__n:-0}"
  __uan_i=0
  while [ "$__uan_i" -lt "$__uan_n" ]; do
    eval "__uan_e=\${$1__$__uan_i}"
    if [ "$__uan_e" = "$2" ]; then return 0; fi
    __uan_i=$(( __uan_i + 1 ))
  done
  return 1
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

__utah_ra_len() {
  # Why: the POSIX target's array result __ra ends at __ra__n; elements past the
  # length are unset (the posix array convention).
  # Usage: __utah_ra_len N -> __ra__n=N, with __ra__N... unset.
  __url_i=$1
  while [ "$__url_i" -lt "${__ra__n:-0}" ]; do
    unset "__ra__$__url_i"
    __url_i=$(( __url_i + 1 ))
  done
  __ra__n=$1
}

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

__utah_array_sort() {
  # Why: JS a.sort() (code unit order, never the locale's collation) and Utah's
  # numeric sort(a, "asc"|"desc"), as a stable bottom-up merge sort in the shell:
  # no sort process, elements may hold newlines.  Runs alternate between the
  # scratch arrays __uso_a and __uso_b.
  # Usage: __utah_array_sort NAME [asc|desc] -> __ra.
  __uso_n='' __uso_x='' __uso_y=''  # set by eval below
  eval "__uso_n=\${$1__n:-0}"
  __uso_m=${2-} __uso_op='>' __uso_i=0 __uso_w=1 __uso_s=__uso_a __uso_d=__uso_b
  if [ "$__uso_m" = desc ]; then __uso_op='<'; fi
  while [ "$__uso_i" -lt "$__uso_n" ]; do
    eval "__uso_a__$__uso_i=\${$1__$__uso_i}"
    __uso_i=$(( __uso_i + 1 ))
  done
  while [ "$__uso_w" -lt "$__uso_n" ]; do
    __uso_i=0 __uso_o=0
    while [ "$__uso_i" -lt "$__uso_n" ]; do
      __uso_l=$__uso_i
      __uso_h=$(( __uso_i + __uso_w < __uso_n ? __uso_i + __uso_w : __uso_n ))
      __uso_r=$__uso_h
      __uso_e=$(( __uso_i + 2 * __uso_w < __uso_n ? __uso_i + 2 * __uso_w : __uso_n ))
      while [ "$__uso_l" -lt "$__uso_h" ] || [ "$__uso_r" -lt "$__uso_e" ]; do
        __uso_k=0
        if [ "$__uso_l" -ge "$__uso_h" ]; then
          __uso_k=1
        elif [ "$__uso_r" -lt "$__uso_e" ]; then
          eval "__uso_x=\${${__uso_s}__$__uso_l} __uso_y=\${${__uso_s}__$__uso_r}"
          if [ -z "$__uso_m" ]; then
            if __utah_str_cmp '>' "$__uso_x" "$__uso_y"; then __uso_k=1; fi
          elif __utah_num_cmp "$__uso_op" "$__uso_x" "$__uso_y"; then
            __uso_k=1
          fi
        fi
        if [ "$__uso_k" -eq 1 ]; then
          eval "${__uso_d}__$__uso_o=\${${__uso_s}__$__uso_r}"
          __uso_r=$(( __uso_r + 1 ))
        else
          eval "${__uso_d}__$__uso_o=\${${__uso_s}__$__uso_l}"
          __uso_l=$(( __uso_l + 1 ))
        fi
        __uso_o=$(( __uso_o + 1 ))
      done
      __uso_i=$(( __uso_i + 2 * __uso_w ))
    done
    __uso_t=$__uso_s __uso_s=$__uso_d __uso_d=$__uso_t
    __uso_w=$(( __uso_w * 2 ))
  done
  __uso_i=0
  while [ "$__uso_i" -lt "$__uso_n" ]; do
    eval "__ra__$__uso_i=\${${__uso_s}__$__uso_i}"
    __uso_i=$(( __uso_i + 1 ))
  done
  __utah_ra_len "$__uso_n"
}

__utah_array_sort_nullish() {
  # Why: JS a.sort() puts undefined elements last and sorts a null as the text
  # "null"; __utah_array_sort sorts the rest (in the scratch array __usn_a), a
  # null as "null" and the mark (so that it comes back). Used for arrays that
  # may hold null or undefined.
  # Usage: __utah_array_sort_nullish NAME [asc|desc] -> __ra.
  __usn_n='' __usn_x=''  # set by eval below
  eval "__usn_n=\${$1__n:-0}"
  __usn_i=0 __usn_o=0 __usn_u=0
  while [ "$__usn_i" -lt "$__usn_n" ]; do
    eval "__usn_x=\${$1__$__usn_i}"
    case $__usn_x in
      ''undefined) __usn_u=$(( __usn_u + 1 )) ;;
      ''null) eval "__usn_a__$__usn_o=null''"; __usn_o=$(( __usn_o + 1 )) ;;
      *) eval "__usn_a__$__usn_o=\$__usn_x"; __usn_o=$(( __usn_o + 1 )) ;;
    esac
    __usn_i=$(( __usn_i + 1 ))
  done
  __usn_a__n=$__usn_o
  shift
  __utah_array_sort __usn_a "$@"
  __usn_i=0
  while [ "$__usn_i" -lt "$__usn_o" ]; do
    eval "__usn_x=\$__ra__$__usn_i"
    case $__usn_x in
      null'') eval "__ra__$__usn_i=''null" ;;
    esac
    __usn_i=$(( __usn_i + 1 ))
  done
  while [ "$__usn_u" -gt 0 ]; do
    eval "__ra__$__usn_i=''undefined"
    __usn_i=$(( __usn_i + 1 )) __usn_u=$(( __usn_u - 1 ))
  done
  __utah_ra_len "$__usn_i"
}

__utah_join() {
  # Why: JS a.join(sep) of an array held as NAME__n, NAME__0... (no arrays in sh);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  __uaj_n='' __uaj_e=''  # set by eval below
  eval "__uaj_n=\${$1__n:-0}"
  __uaj_i=0 __r=
  while [ "$__uaj_i" -lt "$__uaj_n" ]; do
    if [ "$__uaj_i" -gt 0 ]; then __r=$__r$2; fi
    eval "__uaj_e=\${$1__$__uaj_i}"
    case $__uaj_e in ''null | ''undefined) ;; *) __r=$__r$__uaj_e ;; esac
    __uaj_i=$(( __uaj_i + 1 ))
  done
}

__utah_string_of_array() {
  # Why: JS String(array) when an array is interpolated: elements joined with ",".
  # Usage: __utah_string_of_array NAME -> __r.
  __utah_join "$1" ,
}

__utah_aclear ys
__utah_aset ys "$((2))" c
__t1="${ys__0-undefined}"
__utah_join ys ','
__t2=$__r
__t3="${ys__1-undefined}"
if [ "$__t3" = 'undefined' ] || [ "$__t3" = 'null' ]; then
  __t3='gap'
fi
__utah_string_of_array ys
__t4=$__r
if __utah_array_includes ys 'undefined'; then
  __t5=true
else
  __t5=false
fi
printf '%s\n' "${__t1#} $__t2 $((ys__n)) $__t3 $__t4 $__t5"
__t6="${ys__0-undefined}"
if [ -n "$__t6" ] && [ "$__t6" != 'undefined' ] && [ "$__t6" != 'null' ]; then
  printf '%s\n' truthy
else
  printf '%s\n' falsy
fi
i=4
__utah_aset ys "$((i))" e
__utah_join ys -
__t7=$__r
if [ "${ys__3-undefined}" = 'undefined' ]; then
  __t8=true
else
  __t8=false
fi
if [ "${ys__3-undefined}" = 'null' ]; then
  __t9=true
else
  __t9=false
fi
printf '%s\n' "$__t7 $__t8 $__t9"
__utah_array_sort_nullish ys
__utah_aclear ys
__utah_acopy ys __ra 0
__utah_join ys -
__t10=$__r
__t11="${ys__2-undefined}"
printf '%s\n' "$__t10 ${__t11#} $((ys__n))"
__utah_aclear ns
__utah_apush ns 1
__utah_aset ns "$((3))" 4
__t12="${ns__1-undefined}"
__utah_join ns ','
__t13=$__r
__t14="${ns__2-undefined}"
if [ "$__t14" = 'undefined' ] || [ "$__t14" = 'null' ]; then
  __t14=-1
fi
printf '%s\n' "${__t12#} $__t13 $__t14 $((ns__n))"
