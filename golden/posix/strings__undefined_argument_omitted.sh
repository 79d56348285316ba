#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_save() {
  # Why: POSIX sh has no `local`; a function saves the variables it uses as locals.
  # Usage: __utah_save NAME... -> pushes each variable's value (or that it is unset).
  for __us_name in "$@"; do
    __us_n=$((${__us_n:-0} + 1))
    eval "__us_$__us_n=\${$__us_name+s}\${$__us_name-}"
  done
}

__utah_restore() {
  # Why: undoes __utah_save when the function returns.
  # Usage: __utah_restore NAME... (the saved names in reverse order) -> pops each.
  for __us_name in "$@"; do
    eval "__us_v=\$__us_$__us_n"
    unset "__us_$__us_n"
    __us_n=$((__us_n - 1))
    case $__us_v in
      s*) eval "$__us_name=\${__us_v#s}" ;;
      *) unset "$__us_name" ;;
    esac
  done
}

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

__utah_save_array() {
  # Why: a local array is saved element by element (the stack holds scalars).
  # Usage: __utah_save_array NAME -> pushes the elements, then the length.
  __usa_i=0
  eval "__usa_c=\${${1}__n:-0}"
  while [ "$__usa_i" -lt "$__usa_c" ]; do
    __utah_save "${1}__$__usa_i"
    __usa_i=$((__usa_i + 1))
  done
  __utah_save "${1}__n"
}

__utah_restore_array() {
  # Why: undoes __utah_save_array; the elements the function left are unset first.
  # Usage: __utah_restore_array NAME.
  __utah_aclear "$1"
  __utah_restore "${1}__n"
  eval "__usa_i=\${${1}__n:-0}"
  while [ "$__usa_i" -gt 0 ]; do
    __usa_i=$((__usa_i - 1))
    __utah_restore "${1}__$__usa_i"
  done
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

__utah_cut() {
  # Why: POSIX sh has no ${s:start:len}; this strips START characters and keeps
  # LEN with patterns of `?` (no process, no loop per character).
  # Usage: __utah_cut S START [LEN] -> __r (START, LEN >= 0).
  if [ "$2" -ge ${#1} ]; then __r=; return 0; fi
  __utah_qmarks "$2"
  __uct_t=${1#$__r}
  if [ $# -gt 2 ] && [ "$3" -lt ${#__uct_t} ]; then
    __utah_qmarks "$3"
    __r=${__uct_t#$__r}
    __r=${__uct_t%"$__r"}
  else
    __r=$__uct_t
  fi
}

__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  __upd_f=${4- }
  __utah_to_int "$3"
  __upd_n=$(( __r - ${#2} ))
  if [ "$__upd_n" -le 0 ] || [ -z "$__upd_f" ]; then __r=$2; return 0; fi
  while [ ${#__upd_f} -lt "$__upd_n" ]; do __upd_f=$__upd_f$__upd_f; done
  __utah_cut "$__upd_f" 0 "$__upd_n"
  if [ "$1" = start ]; then __r=$__r$2; else __r=$2$__r; fi
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

__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}

__utah_str_ends_with() {
  # Why: JS s.endsWith(p, end) as a status, with p matched literally.
  # Usage: __utah_str_ends_with S P [END] -> status 0 when true.
  __r=${#1}
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" 0 "$__r"
  case $__r in *"$2") return 0 ;; esac
  return 1
}

__utah_str_includes() {
  # Why: JS s.includes(sub, from) as a status, with sub matched literally.
  # Usage: __utah_str_includes S SUB [FROM] -> status 0 when found.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in *"$2"*) return 0 ;; esac
  return 1
}

__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  __usi_p=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; __usi_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usi_p; return 0; fi
  __utah_cut "$1" "$__usi_p"
  __usi_t=${__r#*"$2"}
  if [ "$__usi_t" = "$__r" ]; then __r=-1; else __r=$(( __usi_p + ${#__r} - ${#__usi_t} - ${#2} )); fi
}

__utah_str_last_index_of() {
  # Why: JS s.lastIndexOf(sub, from) by parameter expansion.
  # Usage: __utah_str_last_index_of S SUB [FROM] -> __r (index, or -1).
  __usl_p=${#1}
  if [ $# -gt 2 ] && [ "$3" != NaN ]; then __utah_clamp_pos "$3" ${#1}; __usl_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usl_p; return 0; fi
  __utah_cut "$1" 0 $(( __usl_p + ${#2} ))
  __usl_t=${__r##*"$2"}
  if [ "$__usl_t" = "$__r" ]; then __r=-1; else __r=$(( ${#__r} - ${#__usl_t} - ${#2} )); fi
}

__utah_str_slice() {
  # Why: JS s.slice(a, b): negative positions count from the end, empty when b <= a.
  # Usage: __utah_str_slice S START [END] -> __r.
  __usc_b=${#1}
  __utah_rel_pos "$2" ${#1}
  __usc_a=$__r
  if [ $# -gt 2 ]; then __utah_rel_pos "$3" ${#1}; __usc_b=$__r; fi
  if [ "$__usc_b" -le "$__usc_a" ]; then __r=; else __utah_cut "$1" "$__usc_a" $(( __usc_b - __usc_a )); fi
}

__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in "$2"*) return 0 ;; esac
  return 1
}

__utah_substring() {
  # Why: JS s.substring(a, b): positions clamped to 0..length, NaN -> 0, swapped
  # when a > b.
  # Usage: __utah_substring S START [END] -> __r.
  __uss_b=${#1}
  __utah_clamp_pos "$2" ${#1}
  __uss_a=$__r
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; __uss_b=$__r; fi
  if [ "$__uss_a" -gt "$__uss_b" ]; then __r=$__uss_a __uss_a=$__uss_b __uss_b=$__r; fi
  __utah_cut "$1" "$__uss_a" $(( __uss_b - __uss_a ))
}

__fn_ends() {
  s_2=$1
  end=$2
  unset __t1 __t2 __t3 __t4 __t5 __t6 __t7 __t8
  __t1="${end#undefined}"
  __utah_substring "$s_2" 1 ${__t1:+"$__t1"}
  __t2=$__r
  __t3="${end#undefined}"
  __utah_str_slice "$s_2" 0 ${__t3:+"$__t3"}
  __t4=$__r
  __t5="${end#undefined}"
  __utah_str_slice "$s_2" ${__t5:+"$__t5"}
  __t6=$__r
  __t7="${end#undefined}"
  __utah_str_last_index_of "$s_2" a ${__t7:+"$__t7"}
  __t8=$__r
  __r="$__t2|$__t4|$__t6|$__t8"
  return 0
}

ends() {
  __utah_save s_2 end __t1 __t2 __t3 __t4 __t5 __t6 __t7 __t8
  __fn_ends "$@"
  set -- "$?"
  __utah_restore __t8 __t7 __t6 __t5 __t4 __t3 __t2 __t1 end s_2
  return "$1"
}

__fn_parts() {
  s_2=$1
  sep=$2
  limit=$3
  unset __t9
  __t9="${limit#undefined}"
  __utah_split "$s_2" "${sep#}" ${__t9:+"$__t9"}
  return 0
}

parts() {
  __utah_save s_2 sep limit __t9
  __fn_parts "$@"
  set -- "$?"
  __utah_restore __t9 limit sep s_2
  return "$1"
}

__fn_pieces() {
  s_2=$1
  sep=$2
  __utah_aclear __t10
  case "$sep" in
    'undefined')
      __utah_aclear __t10
      __utah_apush __t10 "$s_2"
      ;;
    *)
      __utah_split "$s_2" "${sep#}"
      __utah_aclear __t10
      __utah_acopy __t10 __ra 0
      ;;
  esac
  __r=$((__t10__n))
  return 0
}

pieces() {
  __utah_save s_2 sep
  __utah_save_array __t10
  __fn_pieces "$@"
  set -- "$?"
  __utah_restore_array __t10
  __utah_restore sep s_2
  return "$1"
}

s='banana'
__utah_substring "$s" 1
__t11=$__r
__utah_str_slice "$s" 0
__t12=$__r
__utah_aclear __t13
__utah_apush __t13 "$s"
printf '%s\n' "$__t11 $__t12 $((__t13__n))"
__utah_pad start "$s" 8 ' '
__t14=$__r
__utah_pad end "$s" 8 ' '
__t15=$__r
__utah_str_last_index_of "$s" a
__t16=$__r
printf '%s\n' "$__t14 $__t15| $__t16"
ends "$s" 'undefined'
__t17=$__r
__t18=$__t17
ends "$s" 3
__t19=$__r
__t20=$__t19
ends "$s" 'null'
__t21=$__r
__t22=$__t21
ends "$s" -2
__t23=$__r
printf '%s\n' "$__t18 $__t20 $__t22 $__t23"
__utah_aclear xs
__utah_apush xs 1 2 3 4
__utah_aclear none
__utah_array_slice xs 1
__utah_aclear __t24
__utah_acopy __t24 __ra 0
__t26="${none__0-undefined}"
__t25="${__t26#undefined}"
__utah_array_slice xs 1 ${__t25:+"$__t25"}
__utah_aclear __t27
__utah_acopy __t27 __ra 0
__utah_join __t27 +
__t28=$__r
__t30="${none__0-undefined}"
__t29="${__t30#undefined}"
__utah_array_slice xs ${__t29:+"$__t29"}
__utah_aclear __t31
__utah_acopy __t31 __ra 0
printf '%s\n' "$((__t24__n)) $__t28 $((__t31__n))"
__utah_array_slice xs 1 'null'
__utah_aclear __t32
__utah_acopy __t32 __ra 0
__utah_array_slice xs 'null' 2
__utah_aclear __t33
__utah_acopy __t33 __ra 0
__utah_join __t33 +
__t34=$__r
printf '%s\n' "$((__t32__n)) $__t34"
pieces 'a,b' 'undefined'
__t35=$__r
__t36=$__t35
pieces 'a,b' ','
__t37=$__r
__t38=$__t37
pieces 'a,b' 'null'
__t39=$__r
__t40=$__t39
pieces anullb 'null'
__t41=$__r
__t42=$__t41
pieces '' 'undefined'
__t43=$__r
printf '%s\n' "$__t36 $__t38 $__t40 $__t42 $__t43"
parts 'a,b,c' ',' 2
__utah_aclear __t44
__utah_acopy __t44 __ra 0
__utah_join __t44 +
__t45=$__r
__t46=$__t45
parts 'a,b,c' ',' 'undefined'
__utah_aclear __t47
__utah_acopy __t47 __ra 0
__utah_join __t47 +
__t48=$__r
__t49=$__t48
parts 'a,b,c' ',' 0
__utah_aclear __t50
__utah_acopy __t50 __ra 0
printf '%s\n' "$__t46 $__t49 $((__t50__n))"
missing='undefined'
__t51="${missing#undefined}"
if __utah_str_ends_with "$s" a ${__t51:+"$__t51"}; then
  __t52=true
else
  __t52=false
fi
__t53="${missing#undefined}"
if __utah_str_ends_with "$s" n ${__t53:+"$__t53"}; then
  __t54=true
else
  __t54=false
fi
__t55="${missing#undefined}"
__utah_str_last_index_of "$s" n ${__t55:+"$__t55"}
__t56=$__r
printf '%s\n' "$__t52 $__t54 $__t56"
__utah_str_index_of "$s" n "$missing"
__t57=$__r
if __utah_str_includes "$s" b "$missing"; then
  __t58=true
else
  __t58=false
fi
if __utah_str_starts_with "$s" b "$missing"; then
  __t59=true
else
  __t59=false
fi
printf '%s\n' "$__t57 $__t58 $__t59"
__t60="${missing#undefined}"
if __utah_str_ends_with "$s" a ${__t60:+"$__t60"} && ! __utah_str_ends_with "$s" a 'null'; then
  printf '%s\n' 'ends with a'
fi
