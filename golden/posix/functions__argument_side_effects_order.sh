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

__utah_json_number() {
  # Why: JSON has no NaN or Infinity; JSON.stringify writes them as null.
  # Usage: __utah_json_number N -> __r.
  case $1 in
    NaN | Infinity | -Infinity | '') __r=null ;;
    *) __r=$1 ;;
  esac
}

__fn_show() {
  a=$1
  b=$2
  printf '%s\n' "$a $b"
}

show() {
  __utah_save a b
  __fn_show "$@"
  set -- "$?"
  __utah_restore b a
  return "$1"
}

__fn_both() {
  s=$1
  t=$2
  __r="${s#}|${t#}"
  return 0
}

both() {
  __utah_save s t
  __fn_both "$@"
  set -- "$?"
  __utah_restore t s
  return "$1"
}

bump() {
  k=$((k + 10))
  __r=$k
  return 0
}

__fn_sizes() {
  __utah_abind a "$@"
  shift "$(($1 + 1))"
  n_2=$1
  shift
  printf '%s\n' "$((a__n)) $n_2"
}

sizes() {
  __utah_save n_2
  __utah_save_array a
  __fn_sizes "$@"
  set -- "$?"
  __utah_restore_array a
  __utah_restore n_2
  return "$1"
}

i=0
__t1=$i
i=$((i + 1))
show "$__t1" "$i"
__t2=$i
__t3=$i
i=$((i + 1))
show "$__t2" "$__t3"
__t4=$i
i=$((i - 1))
show "$__t4" "$i"
__utah_aclear words
__utah_apush words x y z
j=0
eval "__e1=\${words__$((j < 0 ? 2147483647 : j))-undefined}"
__t5=$__e1
j=$((j + 1))
eval "__e1=\${words__$((j < 0 ? 2147483647 : j))-undefined}"
both "$__t5" "$__e1"
__t6=$__r
printf '%s\n' "$__t6"
eval "__e1=\${words__$((j < 0 ? 2147483647 : j))-undefined}"
__t7=$__e1
__t8=$j
j=$((j + 1))
both "$__t7" "$__t8"
__t9=$__r
printf '%s\n' "$__t9"
k=0
__t10=$k
bump
__t11=$__r
show "$__t10" "$__t11"
__t12=$k
bump
__t13=$__r
printf '%s\n' "$__t12 $__t13 $k"
n=1
__t14=$n
n=$((n + 1))
__t15=$n
__t16=$n
n=$((n + 1))
__utah_aclear list
__utah_apush list "$__t14" "$__t15" "$__t16" "$n"
__utah_join list ','
__t17=$__r
printf '%s\n' "$__t17"
__t18=$n
n=$((n + 1))
printf '%s\n' "$__t18 $n $n"
m=0
__t19=$m
m=$((m + 1))
__utah_json_number "$m"
__t20=$__r
o="{\"a\":$__t19,\"b\":$__t20}"
printf '%s\n' "$o"
__utah_aclear xs
__utah_apush xs 1 2
__utah_apush xs 3
__e1=$xs__n
__utah_refs xs 0
__e2=$__uref
__e4=$xs__n
eval "sizes \"\$__e1\" $__e2 \"\$__e4\""
