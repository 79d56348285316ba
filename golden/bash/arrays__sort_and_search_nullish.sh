#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  local -n __ua_in=$1
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ $__ua_e == "$2" ]]; then return 0; fi
  done
  return 1
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1).
  local __x=$1 __g=
  case $__x in -*) __g=-; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  case $__x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=${__g}9007199254740991; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __x=${__x%%.*}
  __x=${__x#"${__x%%[!0]*}"}
  if [[ ! $__x =~ ^[0-9]*$ ]]; then
    __r=0
  elif (( ${#__x} > 15 )); then
    __r=${__g}9007199254740991
  else
    __r=$(( ${__g}10#${__x:-0} ))
  fi
}

__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=$(( __r + $2 )); fi
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}

__utah_array_index_of() {
  # Why: JS a.indexOf(x, from): the first whole element equal to x (a loop; no
  # pattern matching on the joined text).
  # Usage: __utah_array_index_of NAME X [FROM] -> __r (index, or -1).
  local -n __ua_in=$1
  local __ua_i=0 __ua_n=${#__ua_in[@]}
  if (( $# > 2 )); then __utah_rel_pos "$3" "$__ua_n"; __ua_i=$__r; fi
  for (( ; __ua_i < __ua_n; __ua_i++ )); do
    if [[ ${__ua_in[__ua_i]} == "$2" ]]; then __r=$__ua_i; return 0; fi
  done
  __r=-1
}

__utah_num_parts() {
  # Why: decimal text has no shell comparison.  This splits a JS number text into
  # sign, decimal exponent and significant digits, so numbers compare and print
  # exactly without a process.
  # Usage: __utah_num_parts TEXT -> globals __ns (-1, 0, 1, or NaN for anything
  # that is not a number), __nn and __nd (value = 0.__nd x 10^__nn; __nd has no
  # leading or trailing zeros).
  local __x=$1 __e=0 __f='' __z
  __ns=1 __nn=0 __nd=
  case $__x in -*) __ns=-1; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  if [[ $__x == Infinity ]]; then __nn=999999999 __nd=1; return 0; fi
  if ! [[ $__x =~ ^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,9})?$ ]]; then
    __ns=NaN
    return 0
  fi
  case $__x in *[eE]*) __e=${__x#*[eE]}; __x=${__x%%[eE]*} ;; esac
  case $__x in *.*) __f=${__x#*.}; __x=${__x%%.*} ;; esac
  case $__e in -*) __e=$(( -10#${__e:1} )) ;; +*) __e=$(( 10#${__e:1} )) ;; *) __e=$(( 10#$__e )) ;; esac
  __nd=$__x$__f
  __z=${__nd%%[!0]*}
  __nd=${__nd:${#__z}}
  __nn=$(( ${#__x} + __e - ${#__z} ))
  __z=${__nd##*[!0]}
  __nd=${__nd:0:${#__nd}-${#__z}}
  if [[ -z $__nd ]]; then __ns=0 __nn=0; fi
}

__utah_num_cmp() {
  # Why: [[ ]] compares only integers and JS compares NaN as false; this compares
  # any two JS number texts (fractions, exponents, Infinity) exactly, in the shell.
  # Usage: __utah_num_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  local __c=0 __s __n __d __x __y __i='^-?(0|[1-9][0-9]{0,17})$'
  if [[ $2 =~ $__i && $3 =~ $__i ]]; then
    __c=$(( $2 < $3 ? -1 : ($2 > $3 ? 1 : 0) ))
  else
    __utah_num_parts "$2"
    __s=$__ns __n=$__nn __d=$__nd
    __utah_num_parts "$3"
    if [[ $__s == NaN || $__ns == NaN ]]; then
      [[ $1 == '!=' ]]
      return
    fi
    if (( __s != __ns )); then
      __c=$(( __s < __ns ? -1 : 1 ))
    elif (( __s != 0 && __n != __nn )); then
      __c=$(( (__n < __nn ? -1 : 1) * __s ))
    else
      while [[ -n $__d$__nd ]]; do
        __x=${__d:0:18}000000000000000000 __y=${__nd:0:18}000000000000000000
        __x=${__x:0:18} __y=${__y:0:18}
        if (( 10#$__x != 10#$__y )); then
          __c=$(( (10#$__x < 10#$__y ? -1 : 1) * __s ))
          break
        fi
        __d=${__d:18} __nd=${__nd:18}
      done
    fi
  fi
  case $1 in
    '<') (( __c < 0 )) ;;
    '<=') (( __c <= 0 )) ;;
    '>') (( __c > 0 )) ;;
    '>=') (( __c >= 0 )) ;;
    '==') (( __c == 0 )) ;;
    '!=') (( __c != 0 )) ;;
    *) return 2 ;;
  esac
}

__utah_array_sort() {
  # Why: JS a.sort() (code unit order, never the locale's collation) and Utah's
  # numeric sort(a, "asc"|"desc"), as a stable bottom-up merge sort in the shell:
  # no sort process, elements may hold newlines.
  # Usage: __utah_array_sort NAME [asc|desc] -> __ra.
  local -n __ua_in=$1
  local -a __ua_a=("${__ua_in[@]}") __ua_b
  local __ua_mode=${2-} __ua_op='>' __ua_n=${#__ua_in[@]} __ua_w=1 __ua_i __ua_l __ua_m __ua_r __ua_e __ua_k
  local LC_ALL=C
  if [[ $__ua_mode == desc ]]; then __ua_op='<'; fi
  while (( __ua_w < __ua_n )); do
    __ua_b=()
    for (( __ua_i = 0; __ua_i < __ua_n; __ua_i += 2 * __ua_w )); do
      __ua_l=$__ua_i
      __ua_m=$(( __ua_i + __ua_w < __ua_n ? __ua_i + __ua_w : __ua_n ))
      __ua_e=$(( __ua_i + 2 * __ua_w < __ua_n ? __ua_i + 2 * __ua_w : __ua_n ))
      __ua_r=$__ua_m
      while (( __ua_l < __ua_m && __ua_r < __ua_e )); do
        __ua_k=0
        if [[ -z $__ua_mode ]]; then
          if [[ ${__ua_a[__ua_l]} > "${__ua_a[__ua_r]}" ]]; then __ua_k=1; fi
        elif __utah_num_cmp "$__ua_op" "${__ua_a[__ua_l]}" "${__ua_a[__ua_r]}"; then
          __ua_k=1
        fi
        if (( __ua_k )); then
          __ua_b+=("${__ua_a[__ua_r]}")
          __ua_r=$(( __ua_r + 1 ))
        else
          __ua_b+=("${__ua_a[__ua_l]}")
          __ua_l=$(( __ua_l + 1 ))
        fi
      done
      __ua_b+=("${__ua_a[@]:__ua_l:__ua_m-__ua_l}" "${__ua_a[@]:__ua_r:__ua_e-__ua_r}")
    done
    __ua_a=("${__ua_b[@]}")
    __ua_w=$(( __ua_w * 2 ))
  done
  __ra=("${__ua_a[@]}")
}

__utah_array_sort_nullish() {
  # Why: JS a.sort() puts undefined elements last and sorts a null as the text
  # "null"; __utah_array_sort sorts the rest, a null as "null" and the mark (so
  # that it comes back). Used for arrays that may hold null or undefined.
  # Usage: __utah_array_sort_nullish NAME [asc|desc] -> __ra.
  local -n __un_in=$1
  local -a __un_a=()
  local __un_x __un_i __un_u=0
  for __un_x in "${__un_in[@]}"; do
    case $__un_x in
      $'\001undefined') __un_u=$(( __un_u + 1 )) ;;
      $'\001null') __un_a+=($'null\001') ;;
      *) __un_a+=("$__un_x") ;;
    esac
  done
  __utah_array_sort __un_a "${@:2}"
  for __un_i in "${!__ra[@]}"; do
    if [[ ${__ra[__un_i]} == $'null\001' ]]; then __ra[__un_i]=$'\001null'; fi
  done
  for (( __un_i = 0; __un_i < __un_u; __un_i++ )); do __ra+=($'\001undefined'); done
}

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

xs=('undefined' a 'null')
__t1="${xs[0]-undefined}"
__t2="${xs[2]-undefined}"
__t3="${xs[0]-undefined}"
__t4="${xs[2]-undefined}"
__t6="${xs[0]-undefined}"
if [[ -n $__t6 ]] && [[ $__t6 != 'undefined' ]] && [[ $__t6 != 'null' ]]; then
  __t5='t'
else
  __t5='f'
fi
__t8="${xs[1]-undefined}"
if [[ -n $__t8 ]] && [[ $__t8 != 'undefined' ]] && [[ $__t8 != 'null' ]]; then
  __t7='t'
else
  __t7='f'
fi
printf '%s\n' "${__t1#} ${__t2#} ${__t3#}|${__t4#} $__t5 $__t7"
if __utah_array_includes xs 'undefined'; then
  __t9=true
else
  __t9=false
fi
__utah_array_index_of xs 'undefined'
__t10=$__r
__utah_array_index_of xs 'null'
__t11=$__r
if __utah_array_includes xs undefined; then
  __t12=true
else
  __t12=false
fi
printf '%s\n' "$__t9 $__t10 $__t11 $__t12"
ys=(b 'undefined' null a 'null' o c)
__utah_array_sort_nullish ys
ys=("${__ra[@]}")
__utah_join ys '|'
__t13=$__r
if [[ "${ys[5]-undefined}" == 'null' ]]; then
  __t14=true
else
  __t14=false
fi
if [[ "${ys[6]-undefined}" == 'undefined' ]]; then
  __t15=true
else
  __t15=false
fi
__t16="${ys[4]-undefined}"
printf '%s\n' "$__t13 $((${#ys[@]})) $__t14 $__t15 ${__t16#}"
ns=(3 'undefined' 1 'null' 20)
ns+=('undefined')
__utah_array_sort_nullish ns
ns=("${__ra[@]}")
__utah_join ns '|'
__t17=$__r
if [[ "${ns[4]-undefined}" == 'undefined' ]]; then
  __t18=true
else
  __t18=false
fi
if [[ "${ns[3]-undefined}" == 'null' ]]; then
  __t19=true
else
  __t19=false
fi
printf '%s\n' "$__t17 $__t18 $__t19 $((${#ns[@]}))"
zs=(q p)
__utah_array_sort zs
zs=("${__ra[@]}")
__utah_join zs '|'
__t20=$__r
printf '%s\n' "$__t20 ${zs[0]-undefined}"
