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

__utah_apop() {
  # Why: removes the last element of an array (if any).
  # Usage: __utah_apop NAME.
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$__uap_n" -gt 0 ]; then
    __uap_n=$((__uap_n - 1))
    unset "${1}__$__uap_n"
    eval "${1}__n=\$__uap_n"
  fi
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

__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=$(( __r + $2 )); fi
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}

__utah_array_slice() {
  # Why: JS a.slice(start, end): negative positions count from the end.
  # Usage: __utah_array_slice NAME [START [END]] -> __ra.
  __uas_n=''  # set by eval below
  eval "__uas_n=\${$1__n:-0}"
  __uas_a=0 __uas_b=$__uas_n __uas_k=0
  if [ $# -gt 1 ]; then __utah_rel_pos "$2" "$__uas_n"; __uas_a=$__r; fi
  if [ $# -gt 2 ]; then __utah_rel_pos "$3" "$__uas_n"; __uas_b=$__r; fi
  while [ "$__uas_a" -lt "$__uas_b" ]; do
    eval "__ra__$__uas_k=\${$1__$__uas_a}"
    __uas_a=$(( __uas_a + 1 )) __uas_k=$(( __uas_k + 1 ))
  done
  __utah_ra_len "$__uas_k"
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

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).  With mksh's
  # 32-bit arithmetic a limit of 2^31 or more becomes 2^31-1 (as good as no limit).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  if [ "$__uw" -gt 9 ]; then
    __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
  elif [ "$__r" -lt 0 ]; then
    __r=$__um
  fi
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra (__ra__n, __ra__0...).
  __usp_s=$1 __usp_n=-1 __usp_k=0
  if [ $# -gt 2 ]; then __utah_to_uint32 "$3"; __usp_n=$__r; fi
  if [ -z "$2" ]; then
    while [ -n "$__usp_s" ] && [ "$__usp_k" -ne "$__usp_n" ]; do
      __usp_t=${__usp_s#?}
      __usp_t=${__usp_s%"$__usp_t"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_s=${__usp_s#?} __usp_k=$(( __usp_k + 1 ))
    done
  elif [ "$__usp_n" -ne 0 ]; then
    while :; do
      __usp_a=${__usp_s#*"$2"}
      if [ "$__usp_a" = "$__usp_s" ]; then break; fi
      __usp_t=${__usp_s%"$2$__usp_a"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_k=$(( __usp_k + 1 ))
      if [ "$__usp_k" -eq "$__usp_n" ]; then break; fi
      __usp_s=$__usp_a
    done
    if [ "$__usp_k" -ne "$__usp_n" ]; then eval "__ra__$__usp_k=\$__usp_s"; __usp_k=$(( __usp_k + 1 )); fi
  fi
  __utah_ra_len "$__usp_k"
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

__utah_upper() {
  # Why: JS s.toUpperCase() (POSIX sh has no ${s^^}).
  # Usage: __utah_upper S -> __r.
  __utah_case_map "$1" upper
}

__utah_aclear xs
__utah_apush xs 'a,b'
m="${xs__3-undefined}"
__t1=$m
if [ "$__t1" = 'undefined' ] || [ "$__t1" = 'null' ]; then
  __utah_aclear __t2
  __utah_apush __t2 d
else
  __utah_split "$__t1" ','
  __utah_aclear __t2
  __utah_acopy __t2 __ra 0
fi
__utah_aclear r
__utah_acopy r __t2 0
__t3="${xs__0-undefined}"
if [ "$__t3" = 'undefined' ] || [ "$__t3" = 'null' ]; then
  __utah_aclear __t4
  __utah_apush __t4 d
else
  __utah_split "$__t3" ','
  __utah_aclear __t4
  __utah_acopy __t4 __ra 0
fi
__utah_aclear r2
__utah_acopy r2 __t4 0
__t5=$m
if [ "$__t5" = 'undefined' ] || [ "$__t5" = 'null' ]; then
  __utah_aclear __t6
  __utah_apush __t6 e f
else
  __utah_split "$__t5" ','
  __utah_aclear __t6
  __utah_acopy __t6 __ra 0
fi
__utah_aclear r3
__utah_acopy r3 __t6 0
__utah_join r +
__t7=$__r
__utah_join r2 +
__t8=$__r
__utah_join r3 +
__t9=$__r
printf '%s\n' "$__t7 $__t8 $__t9"
__t10=$m
if [ "$__t10" = 'undefined' ] || [ "$__t10" = 'null' ]; then
  __t11='undefined'
else
  __utah_split "$__t10" ','
  __utah_aclear __t12
  __utah_acopy __t12 __ra 0
  __t11=$((__t12__n))
fi
__t13="${xs__0-undefined}"
if [ "$__t13" = 'undefined' ] || [ "$__t13" = 'null' ]; then
  __t14='undefined'
else
  __utah_split "$__t13" ','
  __utah_aclear __t15
  __utah_acopy __t15 __ra 0
  __t14=$((__t15__n))
fi
__t16=$m
if [ "$__t16" = 'undefined' ] || [ "$__t16" = 'null' ]; then
  __t17='undefined'
else
  __utah_split "$__t16" ','
  __utah_aclear __t18
  __utah_acopy __t18 __ra 0
  __utah_array_slice __t18 1
  __utah_aclear __t19
  __utah_acopy __t19 __ra 0
  __t17=$((__t19__n))
fi
printf '%s\n' "${__t11#} ${__t14#} ${__t17#}"
__t20="${xs__0-undefined}"
if [ "$__t20" = 'undefined' ] || [ "$__t20" = 'null' ]; then
  __utah_aclear __t21
else
  __utah_split "$__t20" ','
  __utah_aclear __t21
  __utah_acopy __t21 __ra 0
fi
__i1=0
while [ "$__i1" -lt "$__t21__n" ]; do
  eval "part=\${__t21__$__i1}"
  __i1=$((__i1 + 1))
  printf '%s\n' "$part"
done
__t22='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t22=$__e1
  __utah_apop xs
fi
if [ "$__t22" = 'undefined' ] || [ "$__t22" = 'null' ]; then
  __utah_aclear __t23
  __utah_apush __t23 none
else
  __utah_aclear __t24
  __utah_split "$__t22" ','
  __utah_aclear __t25
  __utah_acopy __t25 __ra 0
  __t27=-1
  __i2=0
  while [ "$__i2" -lt "$__t25__n" ]; do
    eval "__t26=\${__t25__$__i2}"
    __i2=$((__i2 + 1))
    __t27=$((__t27 + 1))
    w=$__t26
    __utah_upper "$w"
    __t28=$__r
    __utah_apush __t24 "$__t28"
  done
  __utah_aclear __t23
  __utah_acopy __t23 __t24 0
fi
__utah_aclear words
__utah_acopy words __t23 0
__t29='undefined'
if [ "$((xs__n > 0))" -ne 0 ]; then
  eval "__e1=\${xs__$((xs__n - 1))}"
  __t29=$__e1
  __utah_apop xs
fi
if [ "$__t29" = 'undefined' ] || [ "$__t29" = 'null' ]; then
  __utah_aclear __t30
  __utah_apush __t30 none
else
  __utah_aclear __t31
  __utah_split "$__t29" ','
  __utah_aclear __t32
  __utah_acopy __t32 __ra 0
  __t34=-1
  __i3=0
  while [ "$__i3" -lt "$__t32__n" ]; do
    eval "__t33=\${__t32__$__i3}"
    __i3=$((__i3 + 1))
    __t34=$((__t34 + 1))
    w_2=$__t33
    __utah_upper "$w_2"
    __t35=$__r
    __utah_apush __t31 "$__t35"
  done
  __utah_aclear __t30
  __utah_acopy __t30 __t31 0
fi
__utah_aclear none
__utah_acopy none __t30 0
__utah_join words ' '
__t36=$__r
__utah_join none ' '
__t37=$__r
printf '%s\n' "$__t36 $__t37"
