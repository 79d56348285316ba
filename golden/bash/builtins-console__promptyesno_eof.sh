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

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace ([:space:]).
  # Usage: __utah_trim_end S -> __r.
  __r=${1%"${1##*[![:space:]]}"}
}

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace ([:space:]).
  # Usage: __utah_trim_start S -> __r.
  __r=${1#"${1%%[![:space:]]*}"}
}

__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
}

__utah_ask_yes_no() {
  # Why: console.promptYesNo/showConfirm accept y, yes, n, no in any case.
  # Usage: __utah_ask_yes_no TEXT [DEF] -> __r true|false; no answer, no DEF: __err, status 1.
  local __yn_q=$1 __yn_a
  case ${2-} in
    true) __yn_q+='(Y/n) ' ;;
    false) __yn_q+='(y/N) ' ;;
    *) __yn_q+='(y/n) ' ;;
  esac
  while :; do
    if ! __utah_prompt_line "$__yn_q"; then
      [[ -n ${2-} ]] || return 1
      __r=$2
      return 0
    fi
    __utah_trim "$__r"
    __yn_a=${__r,,}
    case $__yn_a in
      y | yes) __r=true; return 0 ;;
      n | no) __r=false; return 0 ;;
      '') if [[ -n ${2-} ]]; then __r=$2; return 0; fi ;;
    esac
    printf 'Please answer yes or no.\n' >&2
  done
}

__t1=0
while :; do
  __utah_ask_yes_no 'Sure? ' || { __t1=1; break; }
  a=$__r
  printf '%s\n' "got $a"
  break
done
if ((__t1 == 1)); then
  __t1=0
  e=$__err
  printf '%s\n' 'no answer'
fi
