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

__fn_setAt() {
  i=$1
  v=$2
  __utah_aset arr "$((i))" "$v"
}

setAt() {
  __utah_save i v
  __fn_setAt "$@"
  set -- "$?"
  __utah_restore v i
  return "$1"
}

__utah_aclear arr
__utah_apush arr a b c
setAt 1 'B *'
setAt 5 F
__utah_join arr '|'
__t1=$__r
printf '%s\n' "$((arr__n)) $__t1"
