#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

__utah_show_message message Note plain
__utah_show_message info Info i
__utah_show_message success Done ok
__utah_show_message warning Careful w
__utah_show_message error Oops e
