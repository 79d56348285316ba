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

__utah_json_unquote() {
  # Why: jq writes strings as JSON literals (so newlines and trailing whitespace
  # survive the command substitution); this decodes one without jq.  The text is
  # cut at each backslash; \" \\ \/ \n \t are literal text; \b \f \r and \uXXXX are
  # written by printf from the octal escapes of their UTF-8 bytes (one command
  # substitution, for those rare characters only).  As in the bash version (printf
  # %b), \u0000 ends the string and each half of a surrogate pair is encoded alone.
  # Usage: __utah_json_unquote J -> __r (J is a JSON string literal from jq).
  __uju_s=${1#?}
  __uju_s=${__uju_s%?}
  __uju_b='\'
  __uju_o=
  while :; do
    case $__uju_s in
      *\\*) ;;
      *) break ;;
    esac
    __uju_o=$__uju_o${__uju_s%%\\*}
    __uju_s=${__uju_s#*\\}
    __uju_t=${__uju_s#?}
    __uju_k=
    case $__uju_s in
      '"'* | '\'* | /*) __uju_o=$__uju_o${__uju_s%"$__uju_t"} ;;
      n*) __uju_k=10 ;;
      t*) __uju_k=9 ;;
      b*) __uju_k=8 ;;
      f*) __uju_k=12 ;;
      r*) __uju_k=13 ;;
      u[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]*)
        __uju_t=${__uju_s#?????}
        __uju_k=${__uju_s%"$__uju_t"}
        __uju_k=$(( 0x${__uju_k#u} )) ;;
      *) __uju_o=$__uju_o$__uju_b __uju_t=$__uju_s ;;
    esac
    __uju_s=$__uju_t
    case $__uju_k in
      '') ;;
      0) __uju_s=; break ;;
      9) __uju_o="$__uju_o	" ;;
      10) __uju_o="$__uju_o
" ;;
      *)
        if [ "$__uju_k" -lt 128 ]; then
          set -- "$__uju_k"
        elif [ "$__uju_k" -lt 2048 ]; then
          set -- $(( 192 + __uju_k / 64 )) $(( 128 + __uju_k % 64 ))
        else
          set -- $(( 224 + __uju_k / 4096 )) $(( 128 + __uju_k / 64 % 64 )) $(( 128 + __uju_k % 64 ))
        fi
        __uju_f=
        for __uju_k in "$@"; do
          __uju_f=$__uju_f\\$(( __uju_k / 64 ))$(( __uju_k / 8 % 8 ))$(( __uju_k % 8 ))
        done
        # shellcheck disable=SC2059 # the format is only the octal escapes made above
        __uju_o=$__uju_o$(printf "$__uju_f") ;;
    esac
  done
  __r=$__uju_o$__uju_s
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

__utah_any_equals() {
  # Why: `===` between a value of type any (JSON text) and a typed string, number or
  # boolean holds only when the JSON value has that type too: the JSON string "1" never
  # equals the number 1, nor "01" the number 1. Text that is not JSON (an element of an
  # untyped array) is taken as it is.
  # Usage: __utah_any_equals J string|number|boolean V -> status 0 when J === V.
  case $2:$1 in
    string:\"*) __utah_json_unquote "$1"; [ "$__r" = "$3" ] ;;
    number:\"*) return 1 ;;
    number:*) __utah_num_cmp '==' "$1" "$3" ;;
    *) [ "$1" = "$3" ] ;;
  esac
}

__fn_kind() {
  v=$1
  unset __t1 __t2
  __t2=$v
  if __utah_any_equals "$__t2" number 1; then
    __t1=0
  elif __utah_any_equals "$__t2" string 1; then
    __t1=1
  elif __utah_any_equals "$__t2" boolean true; then
    __t1=2
  elif __utah_any_equals "$__t2" string ''; then
    __t1=3
  elif __utah_any_equals "$__t2" number 0; then
    __t1=4
  else
    __t1=5
  fi
  while :; do
    if [ "$((__t1 <= 0))" -ne 0 ]; then
      __r='number one'
      return 0
    fi
    if [ "$((__t1 <= 1))" -ne 0 ]; then
      __r='string one'
      return 0
    fi
    if [ "$((__t1 <= 2))" -ne 0 ]; then
      __r='boolean true'
      return 0
    fi
    if [ "$((__t1 <= 3))" -ne 0 ]; then
      __r='empty string'
      return 0
    fi
    if [ "$((__t1 <= 4))" -ne 0 ]; then
      __r='zero'
      return 0
    fi
    if [ "$((__t1 <= 5))" -ne 0 ]; then
      __r='other'
      return 0
    fi
    break
  done
}

kind() {
  __utah_save v __t1 __t2
  __fn_kind "$@"
  set -- "$?"
  __utah_restore __t2 __t1 v
  return "$1"
}

kind 1
__t3=$__r
printf '%s\n' "$__t3"
kind '"1"'
__t4=$__r
printf '%s\n' "$__t4"
kind true
__t5=$__r
printf '%s\n' "$__t5"
kind '""'
__t6=$__r
printf '%s\n' "$__t6"
kind 0
__t7=$__r
printf '%s\n' "$__t7"
kind false
__t8=$__r
printf '%s\n' "$__t8"
kind '"01"'
__t9=$__r
printf '%s\n' "$__t9"
kind 1
__t10=$__r
printf '%s\n' "$__t10"
