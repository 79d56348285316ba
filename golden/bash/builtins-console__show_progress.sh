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

__utah_show_progress Copy files 50
__utah_show_progress Copy '* done' 100
__utah_show_progress Start '' 0
