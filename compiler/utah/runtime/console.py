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

DEFINITIONS = [PROMPT_LINE, PROMPT_TEXT, PROMPT_NUMBER, ASK_YES_NO, PROMPT_PATH, DIALOG_TOOL,
               SHOW_MESSAGE, SHOW_PROGRESS, CONFIRM, CHOICE_OPTIONS, CHOICE_PICK, CHOICE_LIST,
               SHOW_CHOICE, CHOICE_DIALOG, CHOICE_WORDS, SHOW_MULTI_CHOICE, CLEAR, GET_SHELL]
