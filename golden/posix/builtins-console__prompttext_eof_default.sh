#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_prompt_line() {
  # Why: every prompt asks on stderr and reads one line of stdin in the script's
  # shell; a last line without a newline still counts.  A secret is read with
  # echo off through `stty` (POSIX read has no -s), only on a terminal.
  # Usage: __utah_prompt_line TEXT [secret] -> __r; end of input: __err, status 1.
  __upl_got=''
  printf '%s' "$1" >&2
  __r=''
  if [ -n "${2-}" ] && [ -t 0 ]; then
    stty -echo 2>/dev/null
    IFS= read -r __r && __upl_got=1
    stty echo 2>/dev/null
    printf '\n' >&2
  else
    IFS= read -r __r && __upl_got=1
    [ -t 0 ] || printf '\n' >&2
  fi
  if [ -n "$__upl_got" ] || [ -n "$__r" ]; then
    return 0
  fi
  __err="no answer to the prompt '$1' (end of input)"
  return 1
}

__utah_prompt_text() {
  # Why: console.prompt/promptText/promptPassword: default on an empty answer or at
  # end of input; re-ask until the answer matches PATTERN (an ERE, tested by one
  # `grep -E`: POSIX sh has no =~) when given.
  # Usage: __utah_prompt_text TEXT HASDEF DEF PATTERN [secret] -> __r; __err, status 1.
  __upt_q=$1
  if [ -n "$2" ] && [ -z "${5-}" ]; then __upt_q="${__upt_q}[$3] "; fi
  while :; do
    if ! __utah_prompt_line "$__upt_q" "${5-}"; then
      [ -n "$2" ] || return 1
      __r=$3
      return 0
    fi
    if [ -z "$__r" ] && [ -n "$2" ]; then
      __r=$3
      return 0
    fi
    [ -z "$4" ] && return 0
    printf '%s\n' "$__r" | grep -Eq -e "$4" 2>/dev/null && return 0
    printf 'The answer must match %s; try again.\n' "$4" >&2
  done
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_prompt_text 'A? ' 1 x '' || __utah_uncaught
a=$__r
__utah_prompt_text 'B? ' 1 'default $HOME' '' || __utah_uncaught
b=$__r
printf '%s\n' "[$a] [$b]"
