#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

__utah_prompt_text() {
  # Why: console.prompt/promptText/promptPassword: default on an empty answer or at
  # end of input; re-ask until the answer matches PATTERN (an ERE) when given.
  # Usage: __utah_prompt_text TEXT HASDEF DEF PATTERN [secret] -> __r; __err, status 1.
  local __pt_q=$1
  [[ -n $2 && -z ${5-} ]] && __pt_q+="[$3] "
  while :; do
    if ! __utah_prompt_line "$__pt_q" "${5-}"; then
      [[ -n $2 ]] || return 1
      __r=$3
      return 0
    fi
    if [[ -z $__r && -n $2 ]]; then
      __r=$3
      return 0
    fi
    [[ -z $4 || $__r =~ $4 ]] && return 0
    printf 'The answer must match %s; try again.\n' "$4" >&2
  done
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_prompt_text 'Name? ' 1 anon '^[a-z]+$' || __utah_uncaught
name=$__r
__utah_prompt_text 'City? ' 1 'Oslo *' '' || __utah_uncaught
city=$__r
printf '%s\n' "$name|$city"
