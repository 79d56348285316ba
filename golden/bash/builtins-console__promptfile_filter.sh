#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name
__err=''

__utah_prompt_line() {
  # Why: every prompt asks on stderr and reads one line of stdin in the script's
  # shell; a last line without a newline still counts.
  # Usage: __utah_prompt_line TEXT [secret] -> __r; end of input: __err, status 1.
  local __pl_got=''
  printf '%s' "$1" >&2
  __r=''
  if [[ -n ${2-} && -t 0 ]]; then
    IFS= read -rs __r && __pl_got=1
    printf '\n' >&2
  else
    IFS= read -r __r && __pl_got=1
    [[ -t 0 ]] || printf '\n' >&2
  fi
  if [[ -n $__pl_got || -n $__r ]]; then
    return 0
  fi
  __err="no answer to the prompt '$1' (end of input)"
  return 1
}

__utah_prompt_path() {
  # Why: console.promptFile re-asks until the answer names an existing file
  # (whose name matches the glob FILTER); promptDirectory until a directory.
  # Usage: __utah_prompt_path file|dir TEXT [FILTER|DEF] -> __r; __err, status 1.
  local __pp_q=$2 __pp_def=''
  if [[ $1 == dir && -n ${3-} ]]; then
    __pp_def=$3
    __pp_q+="[$3] "
  fi
  while :; do
    if ! __utah_prompt_line "$__pp_q"; then
      [[ -n $__pp_def ]] || return 1
      __r=$__pp_def
      return 0
    fi
    [[ -z $__r ]] && __r=$__pp_def
    if [[ $1 == dir ]]; then
      [[ -d $__r ]] && return 0
      printf 'Not a directory: %s\n' "$__r" >&2
    else
      if [[ -f $__r ]]; then
        # shellcheck disable=SC2254  # FILTER is a glob on purpose
        case ${__r##*/} in
          ${3:-*}) return 0 ;;
        esac
      fi
      printf 'Not a file%s: %s\n' "${3:+ matching $3}" "$__r" >&2
    fi
  done
}

__t1=0
while :; do
  __utah_prompt_path file 'File? ' '*.txt' || { __t1=1; break; }
  f=$__r
  printf '%s\n' "got $f"
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' 'no file chosen'
fi
