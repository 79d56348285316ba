#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace (space, tab,
  # newline, VT, FF, CR: posh has no [[:space:]], so the set is spelled out).
  # Usage: __utah_trim_start S -> __r.
  __uts_w=' 	
'
  __r=${1#"${1%%[!$__uts_w]*}"}
}

__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace (the set of
  # __utah_trim_start).
  # Usage: __utah_trim_end S -> __r.
  __ute_w=' 	
'
  __r=${1%"${1##*[!$__ute_w]}"}
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
  case ${2-} in
    true) __uyn_q="$1(Y/n) " ;;
    false) __uyn_q="$1(y/N) " ;;
    *) __uyn_q="$1(y/n) " ;;
  esac
  while :; do
    if ! __utah_prompt_line "$__uyn_q"; then
      [ -n "${2-}" ] || return 1
      __r=$2
      return 0
    fi
    __utah_trim "$__r"
    case $__r in
      [Yy] | [Yy][Ee][Ss]) __r=true; return 0 ;;
      [Nn] | [Nn][Oo]) __r=false; return 0 ;;
      '') if [ -n "${2-}" ]; then __r=$2; return 0; fi ;;
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
if [ "$((__t1 == 1))" -ne 0 ]; then
  __t1=0
  e=$__err
  printf '%s\n' 'no answer'
fi
