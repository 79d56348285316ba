#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1.
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$__r" -ge ${#1} ]; then __r=; else __utah_cut "$1" "$__r" 1; fi
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__fn_size() {
  s=$1
  if [ "$s" = 'undefined' ] || [ "$s" = 'null' ]; then
    __err="Cannot read properties of ${s#} (reading 'length')"
    return 1
  fi
  __r=$((${#s}))
  return 0
}

size() {
  __utah_save s
  __fn_size "$@"
  set -- "$?"
  __utah_restore s
  return "$1"
}

__fn_first() {
  s=$1
  unset __t1
  if [ "$s" = 'undefined' ] || [ "$s" = 'null' ]; then
    __err="Cannot read properties of ${s#} (reading '0')"
    return 1
  fi
  __utah_char_at "$s" 0
  __t1=$__r
  if [ -z "$__t1" ]; then
    __t1='undefined'
  fi
  __r=$__t1
  return 0
}

first() {
  __utah_save s __t1
  __fn_first "$@"
  set -- "$?"
  __utah_restore __t1 s
  return "$1"
}

__fn_described() {
  s=$1
  unset __t2 e_7
  __t2=0
  while :; do
    size "$s" || { __t2=1; break; }
    return 0
  done
  if [ "$((__t2 == 1))" -ne 0 ]; then
    __t2=0
    e_7=$__err
    __r="caught: $e_7"
    return 0
  fi
}

described() {
  __utah_save s __t2 e_7
  __fn_described "$@"
  set -- "$?"
  __utah_restore e_7 __t2 s
  return "$1"
}

__utah_aclear xs
__utah_apush xs abc
m="${xs__3-undefined}"
__t4=0
while :; do
  if [ "$m" = 'undefined' ] || [ "$m" = 'null' ]; then
    __err="Cannot read properties of ${m#} (reading 'length')"
    __t4=1
    break
  fi
  printf '%s\n' "$((${#m}))"
  break
done
if [ "$((__t4 == 1))" -ne 0 ]; then
  __t4=0
  e=$__err
  printf '%s\n' "$e"
fi
__t5=0
while :; do
  if [ "$m" = 'undefined' ] || [ "$m" = 'null' ]; then
    __err="Cannot read properties of ${m#} (reading '2')"
    __t5=1
    break
  fi
  __utah_char_at "$m" 2
  __t6=$__r
  if [ -z "$__t6" ]; then
    __t6='undefined'
  fi
  printf '%s\n' "${__t6#}"
  break
done
if [ "$((__t5 == 1))" -ne 0 ]; then
  __t5=0
  e_2=$__err
  printf '%s\n' "$e_2"
fi
n='null'
i=1
__t7=0
while :; do
  if [ "$n" = 'undefined' ] || [ "$n" = 'null' ]; then
    __err="Cannot read properties of ${n#} (reading 'length')"
    __t7=1
    break
  fi
  k=$((${#n} + 1))
  printf '%s\n' "$k"
  break
done
if [ "$((__t7 == 1))" -ne 0 ]; then
  __t7=0
  e_3=$__err
  printf '%s\n' "$e_3"
fi
__t8=0
while :; do
  if [ "$n" = 'undefined' ] || [ "$n" = 'null' ]; then
    __err="Cannot read properties of ${n#} (reading '$((i + 1))')"
    __t8=1
    break
  fi
  __utah_char_at "$n" "$((i + 1))"
  __t9=$__r
  if [ -z "$__t9" ]; then
    __t9='undefined'
  fi
  printf '%s\n' "${__t9#}"
  break
done
if [ "$((__t8 == 1))" -ne 0 ]; then
  __t8=0
  e_4=$__err
  printf '%s\n' "$e_4"
fi
__t10=0
while :; do
  j=0
  while :; do
    if [ "$m" = 'undefined' ] || [ "$m" = 'null' ]; then
      __err="Cannot read properties of ${m#} (reading 'length')"
      __t10=1
      break 2
    fi
    [ "$((j < ${#m}))" -ne 0 ] || break
    printf '%s\n' never
    j=$((j + 1))
  done
  printf '%s\n' 'not reached'
  break
done
if [ "$((__t10 == 1))" -ne 0 ]; then
  __t10=0
  e_5=$__err
  printf '%s\n' "$e_5"
fi
count=0
__t11=0
while :; do
  while :; do
    eval "__e1=\${xs__$((count < 0 ? 2147483647 : count))-undefined}"
    __t12=$__e1
    if [ "$__t12" = 'undefined' ] || [ "$__t12" = 'null' ]; then
      __err="Cannot read properties of ${__t12#} (reading 'length')"
      __t11=1
      break 2
    fi
    [ "$((count < ${#__t12}))" -ne 0 ] || break
    count=$((count + 1))
  done
  printf '%s\n' 'not reached'
  break
done
if [ "$((__t11 == 1))" -ne 0 ]; then
  __t11=0
  e_6=$__err
  printf '%s\n' "$count $e_6"
fi
described 'undefined'
__t13=$__r
__t14=$__t13
described xy
__t15=$__r
__t16=$__t15
size abcd || __utah_uncaught
__t17=$__r
__t18=$__t17
first q || __utah_uncaught
__t19=$__r
printf '%s\n' "$__t14 $__t16 $__t18 ${__t19#}"
__t20=$m
if [ "$__t20" = 'undefined' ] || [ "$__t20" = 'null' ]; then
  __t21='undefined'
else
  __t21=$((${#__t20}))
fi
__t22=$m
if [ "$__t22" = 'undefined' ] || [ "$__t22" = 'null' ]; then
  __t23='undefined'
else
  __utah_char_at "$__t22" 0
  __t24=$__r
  if [ -z "$__t24" ]; then
    __t24='undefined'
  fi
  __t23=$__t24
fi
__t25="${xs__0-undefined}"
if [ "$__t25" = 'undefined' ] || [ "$__t25" = 'null' ]; then
  __err="Cannot read properties of ${__t25#} (reading 'length')"
  __utah_uncaught
fi
__t26="${xs__0-undefined}"
if [ "$__t26" = 'undefined' ] || [ "$__t26" = 'null' ]; then
  __err="Cannot read properties of ${__t26#} (reading '1')"
  __utah_uncaught
fi
__utah_char_at "$__t26" 1
__t27=$__r
if [ -z "$__t27" ]; then
  __t27='undefined'
fi
__t28="${xs__0-undefined}"
if [ "$__t28" = 'undefined' ] || [ "$__t28" = 'null' ]; then
  __err="Cannot read properties of ${__t28#} (reading '5')"
  __utah_uncaught
fi
__utah_char_at "$__t28" 5
__t29=$__r
if [ -z "$__t29" ]; then
  __t29='undefined'
fi
printf '%s\n' "${__t21#} ${__t23#} $((${#__t25})) ${__t27#} ${__t29#}"
first 'undefined' || __utah_uncaught
__t30=$__r
printf '%s\n' "${__t30#}"
printf '%s\n' 'not reached'
