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

__fn_grow() {
  __utah_abind xs "$@"
  shift "$(($1 + 1))"
  __utah_apush xs 0
  __utah_aclear __ra
  __utah_acopy __ra xs 0
  return 0
}

grow() {
  __utah_save_array xs
  __fn_grow "$@"
  set -- "$?"
  __utah_restore_array xs
  return "$1"
}

__utah_aclear a
__utah_apush a 1 2 3
__utah_aclear b
__utah_acopy b a 0
__utah_apush b 4
__utah_aset b "$((0))" 100
__utah_join a ','
__t1=$__r
printf '%s\n' "$__t1"
__utah_join b ','
__t2=$__r
printf '%s\n' "$__t2"
__e1=$a__n
__utah_refs a 0
__e2=$__uref
eval "grow \"\$__e1\" $__e2"
__utah_aclear c
__utah_acopy c __ra 0
printf '%s\n' "$((a__n)) $((c__n))"
__utah_aset a "$((1))" 20
__utah_join a ','
__t3=$__r
printf '%s\n' "$__t3"
