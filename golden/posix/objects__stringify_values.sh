#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name

__utah_qmarks() {
  # Why: POSIX sh has no ${s:i:n}; a pattern of N `?` strips N characters with
  # ${s#$pattern}.  Built by doubling, not one character per loop turn.
  # Usage: __utah_qmarks N -> __r (N question marks).
  __uqm_n=$1 __uqm_q='?' __r=
  while [ "$__uqm_n" -gt 0 ]; do
    if [ $(( __uqm_n % 2 )) -eq 1 ]; then __r=$__r$__uqm_q; fi
    __uqm_n=$(( __uqm_n / 2 )) __uqm_q=$__uqm_q$__uqm_q
  done
}

__utah_cut() {
  # Why: POSIX sh has no ${s:start:len}; this strips START characters and keeps
  # LEN with patterns of `?` (no process, no loop per character).
  # Usage: __utah_cut S START [LEN] -> __r (START, LEN >= 0).
  if [ "$2" -ge ${#1} ]; then __r=; return 0; fi
  __utah_qmarks "$2"
  __uct_t=${1#$__r}
  if [ $# -gt 2 ] && [ "$3" -lt ${#__uct_t} ]; then
    __utah_qmarks "$3"
    __r=${__uct_t#$__r}
    __r=${__uct_t%"$__r"}
  else
    __r=$__uct_t
  fi
}

__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  __usb_t=$1 __r=
  while [ "${__usb_t#*\$}" != "$__usb_t" ]; do
    __r=$__r${__usb_t%%\$*}
    __usb_t=${__usb_t#*\$}
    case $__usb_t in
      \$*) __r=$__r\$ __usb_t=${__usb_t#?} ;;
      \&*) __r=$__r$2 __usb_t=${__usb_t#?} ;;
      \`*) __r=$__r$3 __usb_t=${__usb_t#?} ;;
      \'*) __r=$__r$4 __usb_t=${__usb_t#?} ;;
      *) __r=$__r\$ ;;
    esac
  done
  __r=$__r$__usb_t
}

__utah_replace_all() {
  # Why: JS s.replaceAll(str, rep) with literal search text (an empty search
  # inserts rep around every character), JS $-patterns in rep.
  # Usage: __utah_replace_all S SEARCH REPLACEMENT -> __r.
  __ura_s=$1 __ura_o='' __ura_m=$3 __ura_d=
  if [ -z "$2" ]; then
    while :; do
      case $3 in *\$*) __utah_subst "$3" '' "$__ura_d" "$__ura_s"; __ura_m=$__r ;; esac
      if [ -z "$__ura_s" ]; then break; fi
      __ura_b=${__ura_s#?}
      __ura_b=${__ura_s%"$__ura_b"}
      __ura_o=$__ura_o$__ura_m$__ura_b __ura_d=$__ura_d$__ura_b __ura_s=${__ura_s#?}
    done
    __r=$__ura_o$__ura_m
    return 0
  fi
  while :; do
    __ura_a=${__ura_s#*"$2"}
    if [ "$__ura_a" = "$__ura_s" ]; then break; fi
    __ura_b=${__ura_s%"$2$__ura_a"}
    __ura_s=$__ura_a __ura_d=$__ura_d$__ura_b
    case $3 in *\$*) __utah_subst "$3" "$2" "$__ura_d" "$__ura_s"; __ura_m=$__r ;; esac
    __ura_o=$__ura_o$__ura_b$__ura_m __ura_d=$__ura_d$2
  done
  __r=$__ura_o$__ura_s
}

__utah_json_quote() {
  # Why: JSON.stringify of a string without starting jq: \ and " are replaced as
  # literal text, then each control character is escaped (\b \t \n \f \r, others
  # as \u00XX).  The control characters are spelled out in order (posh has no
  # [[:cntrl:]]), so a character's code is its place in that list: no printf.
  # Usage: __utah_json_quote S -> __r (with the surrounding double quotes).
  __utah_replace_all "$1" '\' '\\'
  __utah_replace_all "$__r" '"' '\"'
  __ujq_s=$__r __ujq_o='' __ujq_cc='	
'
  while :; do
    __ujq_a=${__ujq_s#*[$__ujq_cc]}
    if [ "$__ujq_a" = "$__ujq_s" ]; then break; fi
    __ujq_s=${__ujq_s%"$__ujq_a"}
    __ujq_c=${__ujq_s#"${__ujq_s%?}"}
    __ujq_k=${__ujq_cc#*"$__ujq_c"}
    __ujq_k=$(( ${#__ujq_cc} - ${#__ujq_k} ))
    __ujq_o=$__ujq_o${__ujq_s%?} __ujq_s=$__ujq_a
    case $__ujq_k in
      8) __ujq_o=$__ujq_o'\b' ;;
      9) __ujq_o=$__ujq_o'\t' ;;
      10) __ujq_o=$__ujq_o'\n' ;;
      12) __ujq_o=$__ujq_o'\f' ;;
      13) __ujq_o=$__ujq_o'\r' ;;
      *)
        __utah_cut 0123456789abcdef $(( __ujq_k % 16 )) 1
        __ujq_o=$__ujq_o'\u00'$(( __ujq_k / 16 ))$__r ;;
    esac
  done
  __r=\"$__ujq_o$__ujq_s\"
}

s='say "hi"
'
__utah_json_quote "$s"
__t1=$__r
printf '%s\n' "$__t1 2.5 true []"
