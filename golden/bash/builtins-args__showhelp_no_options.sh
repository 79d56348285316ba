#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_args_usage() {
  # Why: --help and option errors show a usage built from the definitions and
  # script.description.
  # Usage: __utah_args_usage -> the text on stdout.
  local __uu_i __uu_w=10 __uu_left=() __uu_note
  printf 'Usage: %s [options]\n' "${0##*/}"
  if [[ -n ${__script_description-} ]]; then
    printf '\n%s\n' "$__script_description"
  fi
  for __uu_i in "${!__args_long[@]}"; do
    __uu_left[__uu_i]="${__args_short[__uu_i]:+-${__args_short[__uu_i]}, }"
    [[ -n ${__args_short[__uu_i]} ]] || __uu_left[__uu_i]='    '
    __uu_left[__uu_i]+="--${__args_long[__uu_i]}"
    if [[ ${__args_type[__uu_i]} != boolean ]]; then
      __uu_left[__uu_i]+=" <${__args_type[__uu_i]}>"
    fi
    (( ${#__uu_left[__uu_i]} > __uu_w )) && __uu_w=${#__uu_left[__uu_i]}
  done
  printf '\nOptions:\n'
  for __uu_i in "${!__args_long[@]}"; do
    __uu_note=
    if [[ ${__args_req[__uu_i]} == true ]]; then
      __uu_note=' (required)'
    elif [[ -n ${__args_hasdef[__uu_i]} ]]; then
      __uu_note=" (default: ${__args_def[__uu_i]})"
    fi
    printf '  %-*s  %s\n' "$__uu_w" "${__uu_left[__uu_i]}" "${__args_desc[__uu_i]}$__uu_note"
  done
  printf '  %-*s  %s\n' "$__uu_w" '-h, --help' 'Show this help and exit'
}

__args_argv=("$@")
__args_long=()
__args_short=()
__args_type=()
__args_desc=()
__args_req=()
__args_def=()
__args_hasdef=()
__utah_args_usage
__utah_args_usage
printf '%s\n' 'still running'
