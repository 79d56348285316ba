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

__utah_abind() {
  # Why: an array argument arrives as its length followed by its elements.
  # Usage: __utah_abind NAME COUNT ELEMENT... -> NAME holds the first COUNT elements.
  __uab_name=$1
  __uab_c=$2
  shift 2
  __utah_aclear "$__uab_name"
  while [ "$__uab_c" -gt 0 ]; do
    __utah_apush "$__uab_name" "$1"
    shift
    __uab_c=$((__uab_c - 1))
  done
}

__utah_refs() {
  # Why: "${NAME[@]}" as arguments of a command: the command runs through eval over
  # text that names each element, so no value ever becomes shell code.
  # Usage: __utah_refs NAME START -> __uref (text `"$NAME__START" …`).
  __uref=
  __urf_i=$2
  eval "__urf_n=\${${1}__n:-0}"
  while [ "$__urf_i" -lt "$__urf_n" ]; do
    __uref="$__uref \"\$${1}__$__urf_i\""
    __urf_i=$((__urf_i + 1))
  done
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

__fn_qsort() {
  __utah_abind xs "$@"
  shift "$(($1 + 1))"
  unset pivot i h
  __utah_aclear lo
  __utah_aclear hi
  __utah_aclear res
  __utah_aclear __t1
  if [ "$((xs__n <= 1))" -ne 0 ]; then
    __utah_aclear __ra
    __utah_acopy __ra xs 0
    return 0
  fi
  pivot="${xs__0-undefined}"
  __utah_aclear lo
  __utah_aclear hi
  i=$((1))
  while [ "$((i < xs__n))" -ne 0 ]; do
    if eval "__e1=\${xs__$((i))-undefined}"; __utah_num_cmp '<' "$__e1" "$pivot"; then
      eval "__e1=\${xs__$((i))-undefined}"
      __utah_apush lo "$__e1"
    else
      eval "__e1=\${xs__$((i))-undefined}"
      __utah_apush hi "$__e1"
    fi
    i=$((i + 1))
  done
  __e1=$lo__n
  __utah_refs lo 0
  __e2=$__uref
  eval "qsort \"\$__e1\" $__e2"
  __utah_aclear res
  __utah_acopy res __ra 0
  __utah_apush res "$pivot"
  __e1=$hi__n
  __utah_refs hi 0
  __e2=$__uref
  eval "qsort \"\$__e1\" $__e2"
  __utah_aclear __t1
  __utah_acopy __t1 __ra 0
  __i1=0
  while [ "$__i1" -lt "$__t1__n" ]; do
    eval "h=\${__t1__$__i1}"
    __i1=$((__i1 + 1))
    __utah_apush res "$h"
  done
  __utah_aclear __ra
  __utah_acopy __ra res 0
  return 0
}

qsort() {
  __utah_save pivot i h __i1
  __utah_save_array xs
  __utah_save_array lo
  __utah_save_array hi
  __utah_save_array res
  __utah_save_array __t1
  __fn_qsort "$@"
  set -- "$?"
  __utah_restore_array __t1
  __utah_restore_array res
  __utah_restore_array hi
  __utah_restore_array lo
  __utah_restore_array xs
  __utah_restore __i1 h i pivot
  return "$1"
}

__utah_aclear __t2
__utah_apush __t2 5 3 9 1 5 -2 10 0
__e1=$__t2__n
__utah_refs __t2 0
__e2=$__uref
eval "qsort \"\$__e1\" $__e2"
__utah_aclear __t3
__utah_acopy __t3 __ra 0
__utah_join __t3 ' '
__t4=$__r
printf '%s\n' "$__t4"
__utah_aclear __t5
__e1=$__t5__n
__utah_refs __t5 0
__e2=$__uref
eval "qsort \"\$__e1\" $__e2"
__utah_aclear __t6
__utah_acopy __t6 __ra 0
printf '%s\n' "$((__t6__n))"
