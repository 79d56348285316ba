#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}

__utah_choice_dialog() {
  # Why: with whiptail/dialog a choice is a menu or a checklist; the tool writes
  # the chosen tags (numbers from 1) on stderr.
  # Usage: __utah_choice_dialog menu|checklist TITLE MESSAGE DEFAULTS (tool in __r,
  # options in __co_opts) -> __r (menu: index) or __ra (checklist: indexes); status 1 on cancel.
  local __cd_tool=$__r __cd_items=() __cd_i __cd_out __cd_on
  for __cd_i in "${!__co_opts[@]}"; do
    __cd_items+=("$(( __cd_i + 1 ))" "${__co_opts[__cd_i]}")
    if [[ $1 == checklist ]]; then
      __cd_on=OFF
      [[ " $4 " == *" $__cd_i "* ]] && __cd_on=ON
      __cd_items+=("$__cd_on")
    fi
  done
  __cd_out=$("$__cd_tool" --title "$2" "--$1" "$3" 20 70 10 "${__cd_items[@]}" 3>&1 1>&2 2>&3) || return 1
  __cd_out=${__cd_out//\"/}
  if [[ $1 == menu ]]; then
    __r=$(( __cd_out - 1 ))
    return 0
  fi
  __ra=()
  read -r -a __cd_items <<<"$__cd_out"
  for __cd_i in "${__cd_items[@]}"; do __ra+=("$(( __cd_i - 1 ))"); done
}

__utah_choice_list() {
  # Why: without a dialog the choices are shown as a numbered list on stderr.
  # Usage: __utah_choice_list TITLE MESSAGE (options in __co_opts).
  local __cl_i
  printf '%s%s\n' "${1:+$1: }" "$2" >&2
  for __cl_i in "${!__co_opts[@]}"; do
    printf '  %d) %s\n' "$(( __cl_i + 1 ))" "${__co_opts[__cl_i]}" >&2
  done
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1).
  local __x=$1 __g=
  case $__x in -*) __g=-; __x=${__x:1} ;; +*) __x=${__x:1} ;; esac
  case $__x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=${__g}9007199254740991; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __x=${__x%%.*}
  __x=${__x#"${__x%%[!0]*}"}
  if [[ ! $__x =~ ^[0-9]*$ ]]; then
    __r=0
  elif (( ${#__x} > 15 )); then
    __r=${__g}9007199254740991
  else
    __r=$(( ${__g}10#${__x:-0} ))
  fi
}

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra.
  local __s=$1 __t __n=4294967295 __i
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if [[ -z $2 ]]; then
    for (( __i = 0; __i < ${#__s} && __i < __n; __i++ )); do __uo+=("${__s:__i:1}"); done
  elif (( __n > 0 )); then
    while [[ $__s == *"$2"* ]]; do
      __t=${__s%%"$2"*}
      __uo+=("$__t")
      if (( ${#__uo[@]} >= __n )); then break; fi
      __s=${__s:${#__t}+${#2}}
    done
    if (( ${#__uo[@]} < __n )); then __uo+=("$__s"); fi
  fi
  __ra=("${__uo[@]}")
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

__utah_choice_options() {
  # Why: choices come as an array or as one comma-separated string.
  # Usage: __utah_choice_options csv|list OPTION... -> __ra (csv items trimmed).
  local __co_x
  if [[ $1 == list ]]; then
    __ra=("${@:2}")
    return 0
  fi
  __utah_split "${2-}" ,
  for __co_x in "${!__ra[@]}"; do
    __utah_trim "${__ra[__co_x]}"
    __ra[__co_x]=$__r
  done
}

__utah_choice_pick() {
  # Why: an answer to a numbered list is a number from 1 or an option's text.
  # Usage: __utah_choice_pick ANSWER (options in __co_opts) -> __r (0-based index), status 1.
  local __cp_i
  __utah_trim "$1"
  if [[ $__r =~ ^[0-9]+$ ]] && (( 10#$__r >= 1 && 10#$__r <= ${#__co_opts[@]} )); then
    __r=$(( 10#$__r - 1 ))
    return 0
  fi
  for __cp_i in "${!__co_opts[@]}"; do
    if [[ ${__co_opts[__cp_i]} == "$__r" ]]; then
      __r=$__cp_i
      return 0
    fi
  done
  return 1
}

__utah_dialog_tool() {
  # Why: dialogs need whiptail or dialog and a terminal on both stdin and stdout.
  # Usage: __utah_dialog_tool -> __r (whiptail, dialog, or "" for plain text).
  __r=''
  [[ -t 0 && -t 1 ]] || return 0
  if command -v whiptail >/dev/null; then
    __r=whiptail
  elif command -v dialog >/dev/null; then
    __r=dialog
  fi
}

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

__utah_show_choice() {
  # Why: console.showChoice: a menu, or a numbered list answered on stdin by
  # number or text; an empty answer or end of input takes DEFINDEX (from 0).
  # Usage: __utah_show_choice TITLE MESSAGE DEFINDEX csv|list OPTION... -> __r.
  local __co_opts=() __sc_def=$3 __sc_q='Choice: '
  __utah_choice_options "${@:4}"
  __co_opts=("${__ra[@]}")
  [[ $__sc_def =~ ^[0-9]+$ ]] && (( __sc_def < ${#__co_opts[@]} )) || __sc_def=''
  __utah_dialog_tool
  if [[ -n $__r ]] && __utah_choice_dialog menu "$1" "$2" "$__sc_def"; then
    __r=${__co_opts[__r]}
    return 0
  fi
  __utah_choice_list "$1" "$2"
  [[ -n $__sc_def ]] && __sc_q="Choice [$(( __sc_def + 1 ))]: "
  while :; do
    if ! __utah_prompt_line "$__sc_q"; then
      [[ -n $__sc_def ]] || return 1
      __r=${__co_opts[__sc_def]}
      return 0
    fi
    if [[ -z $__r && -n $__sc_def ]]; then
      __r=${__co_opts[__sc_def]}
      return 0
    fi
    if __utah_choice_pick "$__r"; then
      __r=${__co_opts[__r]}
      return 0
    fi
    printf 'Please answer with a number from 1 to %d.\n' "${#__co_opts[@]}" >&2
  done
}

__utah_choice_words() {
  # Why: several answers are separated by commas when there is one (so names may
  # hold spaces), else by whitespace; never globbed.
  # Usage: __utah_choice_words TEXT -> the caller's array __cw_words.
  if [[ $1 == *,* ]]; then
    IFS=, read -r -a __cw_words <<<"$1"
  else
    read -r -a __cw_words <<<"$1"
  fi
}

__utah_show_multi_choice() {
  # Why: console.showMultiChoice: a checklist, or a numbered list answered on stdin
  # with numbers or texts separated by commas or spaces. DEFAULTS are indexes (from
  # 0) or texts, as JSON or comma text; they are taken on end of input, and an empty
  # answer means them (or nothing).
  # Usage: __utah_show_multi_choice TITLE MESSAGE DEFAULTS csv|list OPTION... -> __ra.
  local __co_opts=() __mc_defs=() __mc_has=0 __mc_x __mc_out=() __mc_ok __cw_words=()
  __utah_choice_options "${@:4}"
  __co_opts=("${__ra[@]}")
  __mc_x=${3//[\[\]\"]/}
  if [[ -n $3 && $3 != undefined && $3 != null ]]; then
    __mc_has=1
    __utah_choice_words "$__mc_x"
    for __mc_x in "${__cw_words[@]}"; do
      __utah_trim "$__mc_x"
      __mc_x=$__r
      if [[ $__mc_x =~ ^[0-9]+$ ]] && (( __mc_x < ${#__co_opts[@]} )); then
        __mc_defs+=("$__mc_x")
      elif __utah_choice_pick "$__mc_x" && [[ ! $__mc_x =~ ^[0-9]+$ ]]; then
        __mc_defs+=("$__r")
      fi
    done
  fi
  __utah_dialog_tool
  if [[ -n $__r ]] && __utah_choice_dialog checklist "$1" "$2" "${__mc_defs[*]}"; then
    __mc_defs=("${__ra[@]}")
  else
    __utah_choice_list "$1" "$2"
    while :; do
      if ! __utah_prompt_line 'Choices (numbers, separated by commas or spaces): '; then
        (( __mc_has )) || return 1
        break
      fi
      [[ -z ${__r//[[:space:],]/} ]] && break
      __mc_ok=1 __mc_out=()
      __utah_choice_words "$__r"
      for __mc_x in "${__cw_words[@]}"; do
        if __utah_choice_pick "$__mc_x"; then __mc_out+=("$__r"); else __mc_ok=''; fi
      done
      if [[ -n $__mc_ok ]]; then
        __mc_defs=("${__mc_out[@]}")
        break
      fi
      printf 'Please answer with numbers from 1 to %d.\n' "${#__co_opts[@]}" >&2
    done
  fi
  __ra=()
  for __mc_x in "${__mc_defs[@]}"; do __ra+=("${__co_opts[__mc_x]}"); done
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__t1=('a,b' -n %s)
__utah_show_choice 'T *' '$x `y`' '' list "${__t1[@]}" || __utah_uncaught
c=$__r
printf '%s\n' "[$c]"
__t3=('a,b' -n %s)
__utah_show_choice T m '' list "${__t3[@]}" || __utah_uncaught
d=$__r
printf '%s\n' "[$d]"
__t5=('a,b' 'c d' %d)
__utah_show_multi_choice T m '' list "${__t5[@]}" || __utah_uncaught
m=("${__ra[@]}")
__utah_join m '|'
__t6=$__r
printf '%s\n' "$((${#m[@]})) $__t6"
