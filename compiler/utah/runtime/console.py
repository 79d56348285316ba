"""Interactive console helpers (`console.*` other than log/error/warn).

Prompts write their question to stderr and read one line from stdin, so they work the
same with a terminal and with piped input; a password is read without echo when stdin
is a terminal. At end of input a prompt takes its default, or fails with a catchable
error (``__err``, status 1) when it has none. Invalid answers (pattern, number range,
yes/no, missing file) are re-asked with a hint on stderr. Dialogs use whiptail or
dialog when one is installed and stdin and stdout are terminals; otherwise messages are
plain labelled lines and choices are numbered lists answered on stdin.

Calling conventions:

* ``__utah_prompt_line TEXT [secret]`` -> ``__r``; status 1 (``__err``) at end of input
* ``__utah_prompt_text TEXT HASDEF DEF PATTERN [secret]`` -> ``__r``
* ``__utah_prompt_number TEXT MIN MAX DEF`` -> ``__r`` ("" = not given)
* ``__utah_ask_yes_no TEXT [DEF]`` -> ``__r`` true|false
* ``__utah_prompt_path file|dir TEXT [FILTER|DEF]`` -> ``__r``
* ``__utah_dialog_tool`` -> ``__r`` (whiptail, dialog or "")
* ``__utah_show_message KIND TITLE MESSAGE``, ``__utah_show_progress TITLE MESSAGE PERCENT``
* ``__utah_confirm TITLE MESSAGE [DEF]`` -> ``__r`` true|false
* ``__utah_choice_options csv|list OPTION...`` -> ``__ra``
* ``__utah_show_choice TITLE MESSAGE DEFINDEX csv|list OPTION...`` -> ``__r``
* ``__utah_show_multi_choice TITLE MESSAGE DEFAULTS csv|list OPTION...`` -> ``__ra``
* ``__utah_clear``, ``__utah_get_shell`` -> ``__r``
"""

from .charsets import spelled

PROMPT_LINE = r"""
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
"""

PROMPT_TEXT = r"""
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
"""

PROMPT_NUMBER = r"""
__utah_prompt_number() {
  # Why: console.promptNumber re-asks until the answer is a number in MIN..MAX.
  # Usage: __utah_prompt_number TEXT MIN MAX DEF -> __r; "" means not given.
  local __pn_q=$1
  [[ -n $4 ]] && __pn_q+="[$4] "
  while :; do
    if ! __utah_prompt_line "$__pn_q"; then
      [[ -n $4 ]] || return 1
      __r=$4
      return 0
    fi
    if [[ -z ${__r//[[:space:]]/} && -n $4 ]]; then
      __r=$4
      return 0
    fi
    [[ -n ${__r//[[:space:]]/} ]] && __utah_to_number "$__r"
    if [[ -z ${__r//[[:space:]]/} || $__r == NaN ]]; then
      printf 'Please enter a number.\n' >&2
    elif [[ -n $2 ]] && __utah_num_cmp '<' "$__r" "$2"; then
      printf 'The number must be at least %s.\n' "$2" >&2
    elif [[ -n $3 ]] && __utah_num_cmp '>' "$__r" "$3"; then
      printf 'The number must be at most %s.\n' "$3" >&2
    else
      return 0
    fi
  done
}
"""

ASK_YES_NO = r"""
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
"""

PROMPT_PATH = r"""
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
"""

DIALOG_TOOL = r"""
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
"""

SHOW_MESSAGE = r"""
__utah_show_message() {
  # Why: console.showMessage/Info/Warning/Error/Success: a message box, or a
  # labelled line (warnings and errors on stderr).
  # Usage: __utah_show_message message|info|warning|error|success TITLE MESSAGE.
  local __sm_label=${1^^}
  __utah_dialog_tool
  if [[ -n $__r ]]; then
    "$__r" --title "$2" --msgbox "$3" 10 60
    return 0
  fi
  if [[ $1 == message ]]; then __sm_label=''; else __sm_label="[$__sm_label] "; fi
  if [[ $1 == warning || $1 == error ]]; then
    printf '%s%s%s\n' "$__sm_label" "${2:+$2: }" "$3" >&2
  else
    printf '%s%s%s\n' "$__sm_label" "${2:+$2: }" "$3"
  fi
}
"""

SHOW_PROGRESS = r"""
__utah_show_progress() {
  # Why: console.showProgress: a gauge, or a line on stderr.
  # Usage: __utah_show_progress TITLE MESSAGE PERCENT.
  __utah_dialog_tool
  if [[ -n $__r ]]; then
    printf '%s\n' "$3" | "$__r" --title "$1" --gauge "$2" 7 60 "$3"
    return 0
  fi
  printf '%s%s (%s%%)\n' "${1:+$1: }" "$2" "$3" >&2
}
"""

CONFIRM = r"""
__utah_confirm() {
  # Why: console.showConfirm: a yes/no box, or a yes/no question on stdin.
  # Usage: __utah_confirm TITLE MESSAGE [DEF] -> __r true|false; __err, status 1.
  __utah_dialog_tool
  if [[ -n $__r ]]; then
    if "$__r" --title "$1" --yesno "$2" 10 60; then __r=true; else __r=false; fi
    return 0
  fi
  __utah_ask_yes_no "${1:+$1: }$2 " "${3-}"
}
"""

CHOICE_OPTIONS = r"""
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
"""

CHOICE_PICK = r"""
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
"""

CHOICE_LIST = r"""
__utah_choice_list() {
  # Why: without a dialog the choices are shown as a numbered list on stderr.
  # Usage: __utah_choice_list TITLE MESSAGE (options in __co_opts).
  local __cl_i
  printf '%s%s\n' "${1:+$1: }" "$2" >&2
  for __cl_i in "${!__co_opts[@]}"; do
    printf '  %d) %s\n' "$(( __cl_i + 1 ))" "${__co_opts[__cl_i]}" >&2
  done
}
"""

SHOW_CHOICE = r"""
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
"""

CHOICE_DIALOG = r"""
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
"""

CHOICE_WORDS = r"""
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
"""

SHOW_MULTI_CHOICE = r"""
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
"""

CLEAR = r"""
__utah_clear() {
  # Why: console.clear clears a terminal and does nothing to a file or pipe.
  # Usage: __utah_clear.
  if [[ -t 1 ]]; then printf '\033[H\033[2J\033[3J'; fi
}
"""

GET_SHELL = r"""
__utah_get_shell() {
  # Why: console.getShell: the user's shell by name ($SHELL), else this bash.
  # Usage: __utah_get_shell -> __r.
  __r=${SHELL##*/}
  [[ -n $__r ]] || __r=bash
}
"""

# --------------------------------------------------------------- POSIX sh versions
# POSIX sh has no read -s, =~, ${s^^} or arrays: a password is read with `stty -echo`
# (only when stdin is a terminal), a pattern is matched by one `grep -E`, the options
# are the posix target's array __co_opts (NAME__n, NAME__0 …).

PROMPT_LINE_POSIX = r"""
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
"""

PROMPT_TEXT_POSIX = r"""
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
"""

PROMPT_NUMBER_POSIX = spelled(r"""
__utah_prompt_number() {
  # Why: console.promptNumber re-asks until the answer is a number in MIN..MAX.
  # Usage: __utah_prompt_number TEXT MIN MAX DEF -> __r; "" means not given.
  __upn_q=$1 __upn_w=@SPACE@
  if [ -n "$4" ]; then __upn_q="${__upn_q}[$4] "; fi
  while :; do
    if ! __utah_prompt_line "$__upn_q"; then
      [ -n "$4" ] || return 1
      __r=$4
      return 0
    fi
    case $__r in
      *[!$__upn_w]*) __utah_to_number "$__r" ;;
      *)
        if [ -n "$4" ]; then
          __r=$4
          return 0
        fi
        __r=NaN
        ;;
    esac
    if [ "$__r" = NaN ]; then
      printf 'Please enter a number.\n' >&2
    elif [ -n "$2" ] && __utah_num_cmp '<' "$__r" "$2"; then
      printf 'The number must be at least %s.\n' "$2" >&2
    elif [ -n "$3" ] && __utah_num_cmp '>' "$__r" "$3"; then
      printf 'The number must be at most %s.\n' "$3" >&2
    else
      return 0
    fi
  done
}
""")

ASK_YES_NO_POSIX = r"""
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
"""

PROMPT_PATH_POSIX = r"""
__utah_prompt_path() {
  # Why: console.promptFile re-asks until the answer names an existing file
  # (whose name matches the glob FILTER); promptDirectory until a directory.
  # Usage: __utah_prompt_path file|dir TEXT [FILTER|DEF] -> __r; __err, status 1.
  __upp_q=$2 __upp_def=''
  if [ "$1" = dir ] && [ -n "${3-}" ]; then
    __upp_def=$3
    __upp_q="${__upp_q}[$3] "
  fi
  while :; do
    if ! __utah_prompt_line "$__upp_q"; then
      [ -n "$__upp_def" ] || return 1
      __r=$__upp_def
      return 0
    fi
    [ -z "$__r" ] && __r=$__upp_def
    if [ "$1" = dir ]; then
      [ -d "$__r" ] && return 0
      printf 'Not a directory: %s\n' "$__r" >&2
    else
      if [ -f "$__r" ]; then
        # shellcheck disable=SC2254  # FILTER is a glob on purpose
        case ${__r##*/} in
          ${3:-*}) return 0 ;;
        esac
      fi
      printf 'Not a file%s: %s\n' "${3:+ matching $3}" "$__r" >&2
    fi
  done
}
"""

DIALOG_TOOL_POSIX = r"""
__utah_dialog_tool() {
  # Why: dialogs need whiptail or dialog and a terminal on both stdin and stdout.
  # Usage: __utah_dialog_tool -> __r (whiptail, dialog, or "" for plain text).
  __r=''
  [ -t 0 ] && [ -t 1 ] || return 0
  if command -v whiptail >/dev/null; then
    __r=whiptail
  elif command -v dialog >/dev/null; then
    __r=dialog
  fi
}
"""

SHOW_MESSAGE_POSIX = r"""
__utah_show_message() {
  # Why: console.showMessage/Info/Warning/Error/Success: a message box, or a
  # labelled line (warnings and errors on stderr).
  # Usage: __utah_show_message message|info|warning|error|success TITLE MESSAGE.
  __utah_dialog_tool
  if [ -n "$__r" ]; then
    "$__r" --title "$2" --msgbox "$3" 10 60
    return 0
  fi
  __utah_upper "$1"
  if [ "$1" = message ]; then __usm_label=''; else __usm_label="[$__r] "; fi
  if [ "$1" = warning ] || [ "$1" = error ]; then
    printf '%s%s%s\n' "$__usm_label" "${2:+$2: }" "$3" >&2
  else
    printf '%s%s%s\n' "$__usm_label" "${2:+$2: }" "$3"
  fi
}
"""

SHOW_PROGRESS_POSIX = r"""
__utah_show_progress() {
  # Why: console.showProgress: a gauge, or a line on stderr.
  # Usage: __utah_show_progress TITLE MESSAGE PERCENT.
  __utah_dialog_tool
  if [ -n "$__r" ]; then
    printf '%s\n' "$3" | "$__r" --title "$1" --gauge "$2" 7 60 "$3"
    return 0
  fi
  printf '%s%s (%s%%)\n' "${1:+$1: }" "$2" "$3" >&2
}
"""

CONFIRM_POSIX = r"""
__utah_confirm() {
  # Why: console.showConfirm: a yes/no box, or a yes/no question on stdin.
  # Usage: __utah_confirm TITLE MESSAGE [DEF] -> __r true|false; __err, status 1.
  __utah_dialog_tool
  if [ -n "$__r" ]; then
    if "$__r" --title "$1" --yesno "$2" 10 60; then __r=true; else __r=false; fi
    return 0
  fi
  __utah_ask_yes_no "${1:+$1: }$2 " "${3-}"
}
"""

CHOICE_OPTIONS_POSIX = r"""
__utah_choice_options() {
  # Why: choices come as an array or as one comma-separated string.
  # Usage: __utah_choice_options csv|list OPTION... -> __ra (csv items trimmed).
  if [ "$1" = list ]; then
    shift
    __utah_aclear __ra
    __utah_apush __ra "$@"
    return 0
  fi
  __utah_split "${2-}" ,
  __uco_i=0
  while [ "$__uco_i" -lt "$__ra__n" ]; do
    eval "__utah_trim \"\${__ra__$__uco_i}\""
    eval "__ra__$__uco_i=\$__r"
    __uco_i=$((__uco_i + 1))
  done
}
"""

CHOICE_PICK_POSIX = r"""
__utah_choice_pick() {
  # Why: an answer to a numbered list is a number from 1 or an option's text.
  # Usage: __utah_choice_pick ANSWER (options in __co_opts) -> __r (0-based index), status 1.
  __utah_trim "$1"
  case $__r in
    '' | *[!0123456789]*) ;;
    *)
      __ucp_d=${__r#"${__r%%[!0]*}"}
      case $__ucp_d in ??????????*) ;; *)
        if [ "${__ucp_d:-0}" -ge 1 ] && [ "$__ucp_d" -le "$__co_opts__n" ]; then
          __r=$((__ucp_d - 1))
          return 0
        fi
        ;;
      esac
      ;;
  esac
  __ucp_i=0
  while [ "$__ucp_i" -lt "$__co_opts__n" ]; do
    eval "__ucp_x=\${__co_opts__$__ucp_i}"
    if [ "$__ucp_x" = "$__r" ]; then
      __r=$__ucp_i
      return 0
    fi
    __ucp_i=$((__ucp_i + 1))
  done
  return 1
}
"""

CHOICE_LIST_POSIX = r"""
__utah_choice_list() {
  # Why: without a dialog the choices are shown as a numbered list on stderr.
  # Usage: __utah_choice_list TITLE MESSAGE (options in __co_opts).
  printf '%s%s\n' "${1:+$1: }" "$2" >&2
  __ucl_i=0
  while [ "$__ucl_i" -lt "$__co_opts__n" ]; do
    eval "__ucl_x=\${__co_opts__$__ucl_i}"
    __ucl_i=$((__ucl_i + 1))
    printf '  %d) %s\n' "$__ucl_i" "$__ucl_x" >&2
  done
}
"""

SHOW_CHOICE_POSIX = r"""
__utah_show_choice() {
  # Why: console.showChoice: a menu, or a numbered list answered on stdin by
  # number or text; an empty answer or end of input takes DEFINDEX (from 0).
  # Usage: __utah_show_choice TITLE MESSAGE DEFINDEX csv|list OPTION... -> __r.
  __usc_t=$1 __usc_m=$2 __usc_def=$3 __usc_q='Choice: '
  shift 3
  __utah_choice_options "$@"
  __utah_aclear __co_opts
  __utah_acopy __co_opts __ra 0
  case $__usc_def in
    '' | *[!0123456789]* | ??????????*) __usc_def='' ;;
    *) [ "$__usc_def" -lt "$__co_opts__n" ] || __usc_def='' ;;
  esac
  __utah_dialog_tool
  if [ -n "$__r" ] && __utah_choice_dialog menu "$__usc_t" "$__usc_m" "$__usc_def"; then
    eval "__r=\${__co_opts__$__r}"
    return 0
  fi
  __utah_choice_list "$__usc_t" "$__usc_m"
  [ -n "$__usc_def" ] && __usc_q="Choice [$((__usc_def + 1))]: "
  while :; do
    if ! __utah_prompt_line "$__usc_q"; then
      [ -n "$__usc_def" ] || return 1
      eval "__r=\${__co_opts__$__usc_def}"
      return 0
    fi
    if [ -z "$__r" ] && [ -n "$__usc_def" ]; then
      eval "__r=\${__co_opts__$__usc_def}"
      return 0
    fi
    if __utah_choice_pick "$__r"; then
      eval "__r=\${__co_opts__$__r}"
      return 0
    fi
    printf 'Please answer with a number from 1 to %d.\n' "$__co_opts__n" >&2
  done
}
"""

CHOICE_DIALOG_POSIX = r"""
__utah_choice_dialog() {
  # Why: with whiptail/dialog a choice is a menu or a checklist; the tool writes
  # the chosen tags (numbers from 1) on stderr.
  # Usage: __utah_choice_dialog menu|checklist TITLE MESSAGE DEFAULTS (tool in __r,
  # options in __co_opts) -> __r (menu: index) or __ra (checklist: indexes); status 1 on cancel.
  __ucd_tool=$__r __ucd_kind=$1 __ucd_t=$2 __ucd_m=$3 __ucd_defs=" $4 "
  set --
  __ucd_i=0
  while [ "$__ucd_i" -lt "$__co_opts__n" ]; do
    eval "__ucd_x=\${__co_opts__$__ucd_i}"
    set -- "$@" "$((__ucd_i + 1))" "$__ucd_x"
    if [ "$__ucd_kind" = checklist ]; then
      case $__ucd_defs in
        *" $__ucd_i "*) set -- "$@" ON ;;
        *) set -- "$@" OFF ;;
      esac
    fi
    __ucd_i=$((__ucd_i + 1))
  done
  __ucd_out=$("$__ucd_tool" --title "$__ucd_t" "--$__ucd_kind" "$__ucd_m" 20 70 10 "$@" 3>&1 1>&2 2>&3) || return 1
  __ucd_s=
  while :; do
    case $__ucd_out in
      *[0123456789]*) ;;
      *) break ;;
    esac
    __ucd_out=${__ucd_out#"${__ucd_out%%[0123456789]*}"}
    __ucd_x=${__ucd_out%%[!0123456789]*}
    __ucd_out=${__ucd_out#"$__ucd_x"}
    __ucd_s="$__ucd_s $((__ucd_x - 1))"
  done
  if [ "$__ucd_kind" = menu ]; then
    __r=${__ucd_s# }
    return 0
  fi
  __utah_aclear __ra
  __utah_choice_words "$__ucd_s"
  __utah_acopy __ra __cw_words 0
}
"""

CHOICE_WORDS_POSIX = spelled(r"""
__utah_choice_words() {
  # Why: several answers are separated by commas when there is one (so names may
  # hold spaces), else by whitespace; never globbed.  (As bash's read -a: no
  # field after a last comma, none at all for "".)
  # Usage: __utah_choice_words TEXT -> the array __cw_words.
  __utah_aclear __cw_words
  __ucw_s=$1 __ucw_w=@SPACE@
  case $__ucw_s in
    *,*)
      while :; do
        case $__ucw_s in
          *,*)
            __utah_apush __cw_words "${__ucw_s%%,*}"
            __ucw_s=${__ucw_s#*,}
            ;;
          '') return 0 ;;
          *)
            __utah_apush __cw_words "$__ucw_s"
            return 0
            ;;
        esac
      done
      ;;
  esac
  while :; do
    __ucw_s=${__ucw_s#"${__ucw_s%%[!$__ucw_w]*}"}
    [ -n "$__ucw_s" ] || return 0
    __ucw_x=${__ucw_s%%[$__ucw_w]*}
    __utah_apush __cw_words "$__ucw_x"
    __ucw_s=${__ucw_s#"$__ucw_x"}
  done
}
""")

SHOW_MULTI_CHOICE_POSIX = spelled(r"""
__utah_show_multi_choice() {
  # Why: console.showMultiChoice: a checklist, or a numbered list answered on stdin
  # with numbers or texts separated by commas or spaces. DEFAULTS are indexes (from
  # 0) or texts, as JSON or comma text; they are taken on end of input, and an empty
  # answer means them (or nothing).
  # Usage: __utah_show_multi_choice TITLE MESSAGE DEFAULTS csv|list OPTION... -> __ra.
  __umc_t=$1 __umc_m=$2 __umc_d=$3 __umc_has='' __umc_w=@SPACE@
  shift 3
  __utah_choice_options "$@"
  __utah_aclear __co_opts
  __utah_acopy __co_opts __ra 0
  __utah_aclear __umc_defs
  case $__umc_d in
    '' | undefined | null) ;;
    *)
      __umc_has=1
      __umc_x=
      while [ -n "$__umc_d" ]; do
        __umc_c=${__umc_d#?}
        case ${__umc_d%"$__umc_c"} in
          \[ | \] | \") ;;
          *) __umc_x=$__umc_x${__umc_d%"$__umc_c"} ;;
        esac
        __umc_d=$__umc_c
      done
      __utah_choice_words "$__umc_x"
      __umc_i=0
      while [ "$__umc_i" -lt "$__cw_words__n" ]; do
        eval "__utah_trim \"\${__cw_words__$__umc_i}\""
        __umc_x=$__r
        case $__umc_x in
          '' | *[!0123456789]*)
            if __utah_choice_pick "$__umc_x"; then __utah_apush __umc_defs "$__r"; fi
            ;;
          *)
            case $__umc_x in ??????????*) ;; *)
              if [ "$__umc_x" -lt "$__co_opts__n" ]; then __utah_apush __umc_defs "$__umc_x"; fi ;;
            esac
            ;;
        esac
        __umc_i=$((__umc_i + 1))
      done
      ;;
  esac
  __utah_dialog_tool
  __umc_x=
  __umc_i=0
  while [ "$__umc_i" -lt "$__umc_defs__n" ]; do
    eval "__umc_x=\"\$__umc_x \${__umc_defs__$__umc_i}\""
    __umc_i=$((__umc_i + 1))
  done
  if [ -n "$__r" ] && __utah_choice_dialog checklist "$__umc_t" "$__umc_m" "$__umc_x"; then
    __utah_aclear __umc_defs
    __utah_acopy __umc_defs __ra 0
  else
    __utah_choice_list "$__umc_t" "$__umc_m"
    while :; do
      if ! __utah_prompt_line 'Choices (numbers, separated by commas or spaces): '; then
        [ -n "$__umc_has" ] || return 1
        break
      fi
      case $__r in *[!$__umc_w,]*) ;; *) break ;; esac
      __umc_ok=1
      __utah_aclear __umc_out
      __utah_choice_words "$__r"
      __umc_i=0
      while [ "$__umc_i" -lt "$__cw_words__n" ]; do
        eval "__umc_x=\${__cw_words__$__umc_i}"
        if __utah_choice_pick "$__umc_x"; then __utah_apush __umc_out "$__r"; else __umc_ok=''; fi
        __umc_i=$((__umc_i + 1))
      done
      if [ -n "$__umc_ok" ]; then
        __utah_aclear __umc_defs
        __utah_acopy __umc_defs __umc_out 0
        break
      fi
      printf 'Please answer with numbers from 1 to %d.\n' "$__co_opts__n" >&2
    done
  fi
  __utah_aclear __ra
  __umc_i=0
  while [ "$__umc_i" -lt "$__umc_defs__n" ]; do
    eval "__umc_x=\${__umc_defs__$__umc_i}"
    eval "__utah_apush __ra \"\${__co_opts__$__umc_x}\""
    __umc_i=$((__umc_i + 1))
  done
}
""")

CLEAR_POSIX = r"""
__utah_clear() {
  # Why: console.clear clears a terminal and does nothing to a file or pipe.
  # Usage: __utah_clear.
  if [ -t 1 ]; then printf '\033[H\033[2J\033[3J'; fi
}
"""

GET_SHELL_POSIX = r"""
__utah_get_shell() {
  # Why: console.getShell: the user's shell by name ($SHELL), else sh.
  # Usage: __utah_get_shell -> __r.
  __r=${SHELL##*/}
  [ -n "$__r" ] || __r='sh'
}
"""

DEFINITIONS = [(PROMPT_LINE, PROMPT_LINE_POSIX), (PROMPT_TEXT, PROMPT_TEXT_POSIX),
               (PROMPT_NUMBER, PROMPT_NUMBER_POSIX), (ASK_YES_NO, ASK_YES_NO_POSIX),
               (PROMPT_PATH, PROMPT_PATH_POSIX), (DIALOG_TOOL, DIALOG_TOOL_POSIX),
               (SHOW_MESSAGE, SHOW_MESSAGE_POSIX), (SHOW_PROGRESS, SHOW_PROGRESS_POSIX),
               (CONFIRM, CONFIRM_POSIX), (CHOICE_OPTIONS, CHOICE_OPTIONS_POSIX),
               (CHOICE_PICK, CHOICE_PICK_POSIX), (CHOICE_LIST, CHOICE_LIST_POSIX),
               (SHOW_CHOICE, SHOW_CHOICE_POSIX), (CHOICE_DIALOG, CHOICE_DIALOG_POSIX),
               (CHOICE_WORDS, CHOICE_WORDS_POSIX), (SHOW_MULTI_CHOICE, SHOW_MULTI_CHOICE_POSIX),
               (CLEAR, CLEAR_POSIX), (GET_SHELL, GET_SHELL_POSIX)]
