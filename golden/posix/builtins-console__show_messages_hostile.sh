#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

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

__utah_case_map() {
  # Why: JS toUpperCase / toLowerCase on the POSIX target without tr (GNU tr maps
  # no multibyte letter) and without a process: each ASCII and Latin-1 letter is
  # replaced as literal text, so byte-counting shells map UTF-8 text too.  Other
  # letters (ß, ÿ, µ, Greek, Cyrillic...) are left as they are.
  # Usage: __utah_case_map S upper|lower -> __r.
  __ucm_s=$1
  for __ucm_p in \
    a:A b:B c:C d:D e:E f:F g:G h:H i:I j:J k:K l:L m:M n:N o:O p:P q:Q r:R s:S \
    t:T u:U v:V w:W x:X y:Y z:Z à:À á:Á â:Â ã:Ã ä:Ä å:Å æ:Æ ç:Ç è:È é:É ê:Ê ë:Ë \
    ì:Ì í:Í î:Î ï:Ï ð:Ð ñ:Ñ ò:Ò ó:Ó ô:Ô õ:Õ ö:Ö ø:Ø ù:Ù ú:Ú û:Û ü:Ü ý:Ý þ:Þ; do
    if [ "$2" = upper ]; then __ucm_f=${__ucm_p%:*} __ucm_t=${__ucm_p#*:}; else __ucm_f=${__ucm_p#*:} __ucm_t=${__ucm_p%:*}; fi
    case $__ucm_s in *"$__ucm_f"*) ;; *) continue ;; esac
    __r=
    while :; do
      __ucm_a=${__ucm_s#*"$__ucm_f"}
      if [ "$__ucm_a" = "$__ucm_s" ]; then break; fi
      __r=$__r${__ucm_s%"$__ucm_f$__ucm_a"}$__ucm_t __ucm_s=$__ucm_a
    done
    __ucm_s=$__r$__ucm_s
  done
  __r=$__ucm_s
}

__utah_upper() {
  # Why: JS s.toUpperCase() (POSIX sh has no ${s^^}).
  # Usage: __utah_upper S -> __r.
  __utah_case_map "$1" upper
}

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

__utah_show_message message '' '* $HOME `x`'
__utah_show_message info -n "100% 'q'"
__utah_show_message success '' 'done *'
__utah_show_message warning '' 'tab	here'
__utah_show_message error 'a\b' '"dq"'
