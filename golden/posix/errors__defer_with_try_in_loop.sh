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

__utah_run_defers() {
  # Why: `defer` runs at every exit of a function, last registered first.
  # Usage: __utah_run_defers (the function's array __defers) -> runs and clears it.
  # __r and __err are saved on the locals stack: a deferred call may run defers too.
  __utah_save __r __err
  while [ "${__defers__n:-0}" -gt 0 ]; do
    __defers__n=$((__defers__n - 1))
    eval "__ud_f=\$__defers__$__defers__n"
    unset "__defers__$__defers__n"
    "$__ud_f"
  done
  __utah_restore __err __r
}

__fn_process_all() {
  __utah_abind items "$@"
  shift "$(($1 + 1))"
  unset ok it __t1 e
  __utah_aclear __defers
  __utah_apush __defers __defer_process_all_1
  ok=0
  __utah_aclear __f1
  __utah_acopy __f1 items 0
  __i2=0
  while [ "$__i2" -lt "$__f1__n" ]; do
    eval "it=\${__f1__$__i2}"
    __i2=$((__i2 + 1))
    __t1=0
    while :; do
      if [ -z "$it" ]; then
        __err='empty item'
        __t1=1
        break
      fi
      ok=$((ok + 1))
      break
    done
    if [ "$((__t1 == 1))" -ne 0 ]; then
      __t1=0
      e=$__err
      printf '%s\n' "skip: $e"
    fi
  done
  __r=$ok
  __utah_run_defers
  return 0
}

process_all() {
  __utah_save ok it __t1 e __i2
  __utah_save_array items
  __utah_save_array __defers
  __utah_save_array __f1
  __fn_process_all "$@"
  set -- "$?"
  __utah_restore_array __f1
  __utah_restore_array __defers
  __utah_restore_array items
  __utah_restore __i2 e __t1 it ok
  return "$1"
}

__defer_process_all_1() {
  printf '%s\n' 'defer once'
}

__utah_aclear __t2
__utah_apush __t2 a '' 'b *' ''
__e1=$__t2__n
__utah_refs __t2 0
__e2=$__uref
eval "process_all \"\$__e1\" $__e2"
__t3=$__r
printf '%s\n' "$__t3"
