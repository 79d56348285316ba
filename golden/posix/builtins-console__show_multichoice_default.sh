#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_aclear() {
  # Why: `NAME=()`: the elements are unset, so reading past the end gives "".
  # Usage: __utah_aclear NAME -> NAME is the empty array.
  eval "__uac_i=\${${1}__n:-0}"
  while [ "$__uac_i" -gt 0 ]; do
    __uac_i=$((__uac_i - 1))
    unset "${1}__$__uac_i"
  done
  eval "${1}__n=0"
}

__utah_apush() {
  # Why: `NAME+=(VALUE…)` on an array held as NAME__n and NAME__0 ….
  # Usage: __utah_apush NAME VALUE... -> appends the values.
  __uap_name=$1
  shift
  eval "__uap_n=\${${__uap_name}__n:-0}"
  for __uap_v in "$@"; do
    eval "${__uap_name}__$__uap_n=\$__uap_v"
    __uap_n=$((__uap_n + 1))
  done
  eval "${__uap_name}__n=\$__uap_n"
}

__utah_acopy() {
  # Why: `DST+=("${SRC[@]:START}")`; the length of SRC is read first, so SRC may be DST.
  # Usage: __utah_acopy DST SRC START.
  __uap_i=$3
  eval "__uap_c=\${${2}__n:-0} __uap_n=\${${1}__n:-0}"
  while [ "$__uap_i" -lt "$__uap_c" ]; do
    eval "${1}__$__uap_n=\${${2}__$__uap_i}"
    __uap_n=$((__uap_n + 1))
    __uap_i=$((__uap_i + 1))
  done
  eval "${1}__n=\$__uap_n"
}

__utah_join() {
  # Why: JS a.join(sep) of an array held as NAME__n, NAME__0... (no arrays in sh);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  __uaj_n='' __uaj_e=''  # set by eval below
  eval "__uaj_n=\${$1__n:-0}"
  __uaj_i=0 __r=
  while [ "$__uaj_i" -lt "$__uaj_n" ]; do
    if [ "$__uaj_i" -gt 0 ]; then __r=$__r$2; fi
    eval "__uaj_e=\${$1__$__uaj_i}"
    case $__uaj_e in ''null | ''undefined) ;; *) __r=$__r$__uaj_e ;; esac
    __uaj_i=$(( __uaj_i + 1 ))
  done
}

__utah_choice_words() {
  # Why: several answers are separated by commas when there is one (so names may
  # hold spaces), else by whitespace; never globbed.  (As bash's read -a: no
  # field after a last comma, none at all for "".)
  # Usage: __utah_choice_words TEXT -> the array __cw_words.
  __utah_aclear __cw_words
  __ucw_s=$1 __ucw_w=' 	
'
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

__utah_ra_len() {
  # Why: the POSIX target's array result __ra ends at __ra__n; elements past the
  # length are unset (the posix array convention).
  # Usage: __utah_ra_len N -> __ra__n=N, with __ra__N... unset.
  __url_i=$1
  while [ "$__url_i" -lt "${__ra__n:-0}" ]; do
    unset "__ra__$__url_i"
    __url_i=$(( __url_i + 1 ))
  done
  __ra__n=$1
}

__utah_int_width() {
  # Why: mksh does shell arithmetic in 32 bits, the other shells in 64; integer fast
  # paths must know how many digits stay exact.  Pure arithmetic, set once.
  # Usage: __utah_int_width -> globals __uw (digits an integer comparison may hold:
  # 18 or 9) and __um (largest exact integer: 2^53-1 or 2^31-1).
  if [ $(( 2147483647 + 1 )) -gt 0 ]; then
    __uw=18 __um=9007199254740991
  else
    __uw=9 __um=2147483647
  fi
}

__utah_to_int() {
  # Why: string and array positions follow JS ToIntegerOrInfinity (NaN -> 0,
  # fractions truncate toward zero, +-Infinity clamp); numbers arrive as text.
  # Usage: __utah_to_int X -> __r, an integer clamped to +-(2^53-1) (+-(2^31-1)
  # on mksh, whose arithmetic is 32-bit).
  __uti_x=$1 __uti_g=
  [ -n "${__uw-}" ] || __utah_int_width
  case $__uti_x in -*) __uti_g=- __uti_x=${__uti_x#-} ;; +*) __uti_x=${__uti_x#+} ;; esac
  case $__uti_x in
    Infinity | *[eE]+* | *[eE][0-9]*) __r=$__uti_g$__um; return 0 ;;
    *[eE]-*) __r=0; return 0 ;;
  esac
  __uti_x=${__uti_x%%.*}
  __uti_x=${__uti_x#"${__uti_x%%[!0]*}"}
  case $__uti_x in *[!0-9]*) __r=0; return 0 ;; esac
  if [ ${#__uti_x} -gt $(( __uw > 9 ? 15 : 9 )) ]; then
    __r=$__uti_g$__um
  else
    __r=$(( $__uti_g${__uti_x:-0} ))
  fi
}

__utah_to_uint32() {
  # Why: split's limit is JS ToUint32(limit) (-1 means 4294967295).  With mksh's
  # 32-bit arithmetic a limit of 2^31 or more becomes 2^31-1 (as good as no limit).
  # Usage: __utah_to_uint32 X -> __r.
  __utah_to_int "$1"
  if [ "$__uw" -gt 9 ]; then
    __r=$(( (__r % 4294967296 + 4294967296) % 4294967296 ))
  elif [ "$__r" -lt 0 ]; then
    __r=$__um
  fi
}

__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra (__ra__n, __ra__0...).
  __usp_s=$1 __usp_n=-1 __usp_k=0
  if [ $# -gt 2 ]; then __utah_to_uint32 "$3"; __usp_n=$__r; fi
  if [ -z "$2" ]; then
    while [ -n "$__usp_s" ] && [ "$__usp_k" -ne "$__usp_n" ]; do
      __usp_t=${__usp_s#?}
      __usp_t=${__usp_s%"$__usp_t"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_s=${__usp_s#?} __usp_k=$(( __usp_k + 1 ))
    done
  elif [ "$__usp_n" -ne 0 ]; then
    while :; do
      __usp_a=${__usp_s#*"$2"}
      if [ "$__usp_a" = "$__usp_s" ]; then break; fi
      __usp_t=${__usp_s%"$2$__usp_a"}
      eval "__ra__$__usp_k=\$__usp_t"
      __usp_k=$(( __usp_k + 1 ))
      if [ "$__usp_k" -eq "$__usp_n" ]; then break; fi
      __usp_s=$__usp_a
    done
    if [ "$__usp_k" -ne "$__usp_n" ]; then eval "__ra__$__usp_k=\$__usp_s"; __usp_k=$(( __usp_k + 1 )); fi
  fi
  __utah_ra_len "$__usp_k"
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

__utah_show_multi_choice() {
  # Why: console.showMultiChoice: a checklist, or a numbered list answered on stdin
  # with numbers or texts separated by commas or spaces. DEFAULTS are indexes (from
  # 0) or texts, as JSON or comma text; they are taken on end of input, and an empty
  # answer means them (or nothing).
  # Usage: __utah_show_multi_choice TITLE MESSAGE DEFAULTS csv|list OPTION... -> __ra.
  __umc_t=$1 __umc_m=$2 __umc_d=$3 __umc_has='' __umc_w=' 	
'
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

__utah_string_of_array() {
  # Why: JS String(array) when an array is interpolated: elements joined with ",".
  # Usage: __utah_string_of_array NAME -> __r.
  __utah_join "$1" ,
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_aclear __t1
__utah_apush __t1 0 2
__utah_string_of_array __t1
__t2=$__r
__utah_show_multi_choice Many which "$__t2" csv 'x,y,z' || __utah_uncaught
__utah_aclear d
__utah_acopy d __ra 0
__utah_show_multi_choice Many which y csv 'x,y,z' || __utah_uncaught
__utah_aclear e
__utah_acopy e __ra 0
__utah_join d '|'
__t3=$__r
__utah_join e '|'
__t4=$__r
printf '%s\n' "$__t3 $__t4 $((d__n))"
