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

__utah_args_line() {
  # Why: one usage line, the option padded to WIDTH (POSIX printf has no %*s).
  # Usage: __utah_args_line WIDTH OPTION TEXT -> the line on stdout.
  __ual_x=$2
  while [ "${#__ual_x}" -lt "$1" ]; do __ual_x="$__ual_x "; done
  printf '  %s  %s\n' "$__ual_x" "$3"
}

__utah_args_usage() {
  # Why: --help and option errors show a usage built from the definitions and
  # script.description.
  # Usage: __utah_args_usage -> the text on stdout.
  __uau_w=10
  printf 'Usage: %s [options]\n' "${0##*/}"
  if [ -n "${__script_description-}" ]; then
    printf '\n%s\n' "$__script_description"
  fi
  __uau_i=0
  while [ "$__uau_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uau_s=\${__args_short__$__uau_i} __uau_l=\${__args_long__$__uau_i} __uau_t=\${__args_type__$__uau_i}"
    if [ -n "$__uau_s" ]; then __uau_x="-$__uau_s, "; else __uau_x='    '; fi
    __uau_x=$__uau_x--$__uau_l
    if [ "$__uau_t" != boolean ]; then
      __uau_x="$__uau_x <$__uau_t>"
    fi
    eval "__uau_left__$__uau_i=\$__uau_x"
    if [ "${#__uau_x}" -gt "$__uau_w" ]; then __uau_w=${#__uau_x}; fi
    __uau_i=$((__uau_i + 1))
  done
  printf '\nOptions:\n'
  __uau_i=0
  while [ "$__uau_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uau_x=\${__uau_left__$__uau_i} __uau_r=\${__args_req__$__uau_i} __uau_h=\${__args_hasdef__$__uau_i}"
    __uau_note=
    if [ "$__uau_r" = true ]; then
      __uau_note=' (required)'
    elif [ -n "$__uau_h" ]; then
      eval "__uau_note=\" (default: \${__args_def__$__uau_i})\""
    fi
    eval "__uau_d=\${__args_desc__$__uau_i}"
    __utah_args_line "$__uau_w" "$__uau_x" "$__uau_d$__uau_note"
    __uau_i=$((__uau_i + 1))
  done
  __utah_args_line "$__uau_w" '-h, --help' 'Show this help and exit'
}

__utah_aclear __args_argv
__utah_apush __args_argv "$@"
__utah_aclear __args_long
__utah_aclear __args_short
__utah_aclear __args_type
__utah_aclear __args_desc
__utah_aclear __args_req
__utah_aclear __args_def
__utah_aclear __args_hasdef
__utah_args_usage
__utah_args_usage
printf '%s\n' 'still running'
