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

__utah_env_name() {
  # Why: env.* take variable names at run time; only an identifier may reach
  # eval, export or unset, so no text of the name can act as code.
  # Usage: __utah_env_name FN NAME -> status 0 when NAME is an identifier, else
  # __err (naming env.FN) and status 1.  The letters are listed, not ranged, so
  # that no locale widens them.
  case $2 in
    '' | [0123456789]* | *[!ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_]*) ;;
    *) return 0 ;;
  esac
  __err="env.$1: invalid variable name '$2'"
  return 1
}

__utah_env_get() {
  # Why: env.get reads a variable whose name is a value: eval over the checked name.
  # Usage: __utah_env_get NAME [DEFAULT] -> __r (DEFAULT when NAME is unset or empty).
  __utah_env_name get "$1" || return 1
  if [ $# -gt 1 ]; then
    eval "__r=\${$1:-\$2}"
  else
    eval "__r=\${$1-}"
  fi
}

__utah_env_load() {
  # Why: env.load reads a .env file as data; it is never sourced, so $(...),
  # backticks and $NAME in it stay literal text.
  # Usage: __utah_env_load FILE -> exports each KEY; unreadable FILE or a read-only
  # KEY -> __err, status 1.  The rules of the bash version; a CR line end is found
  # as a last character that is whitespace but neither space nor tab (a \v or \f
  # there is trimmed by those rules anyway).  The whitespace set is spelled out:
  # posh has no [[:space:]].
  if [ ! -f "$1" ] || [ ! -r "$1" ]; then
    __err="env.load: cannot read '$1'"
    return 1
  fi
  __uel_nl='
'
  __uel_bn='\n' __uel_w=' 	
'
  while IFS= read -r __uel_line || [ -n "$__uel_line" ]; do
    case $__uel_line in
      *[$__uel_w])
        case ${__uel_line#"${__uel_line%?}"} in
          ' ' | '	') ;;
          *) __uel_line=${__uel_line%?} ;;
        esac
        ;;
    esac
    __uel_line=${__uel_line#"${__uel_line%%[!$__uel_w]*}"}
    case $__uel_line in
      '' | '#'*) continue ;;
      export[$__uel_w]*) __uel_line=${__uel_line#export} ;;
    esac
    case $__uel_line in *=*) ;; *) continue ;; esac
    __uel_k=${__uel_line%%=*}
    __uel_k=${__uel_k#"${__uel_k%%[!$__uel_w]*}"}
    __uel_k=${__uel_k%"${__uel_k##*[!$__uel_w]}"}
    __utah_env_name load "$__uel_k" || continue
    __uel_v=${__uel_line#*=}
    __uel_v=${__uel_v#"${__uel_v%%[!$__uel_w]*}"}
    __uel_rest=${__uel_v#?}
    __uel_q=${__uel_v%"$__uel_rest"}
    case $__uel_q in \" | \') ;; *) __uel_q= ;; esac
    case $__uel_rest in *"$__uel_q"*) ;; *) __uel_q= ;; esac
    if [ -n "$__uel_q" ]; then
      __uel_v=${__uel_rest##*"$__uel_q"}
      __uel_v=${__uel_rest%"$__uel_q$__uel_v"}
      if [ "$__uel_q" = '"' ]; then
        __uel_o=
        while :; do
          __uel_a=${__uel_v#*"$__uel_bn"}
          if [ "$__uel_a" = "$__uel_v" ]; then break; fi
          __uel_o=$__uel_o${__uel_v%"$__uel_bn$__uel_a"}$__uel_nl __uel_v=$__uel_a
        done
        __uel_v=$__uel_o$__uel_v
      fi
    else
      __uel_v=${__uel_v%%[$__uel_w]#*}
      __uel_v=${__uel_v%"${__uel_v##*[!$__uel_w]}"}
    fi
    __err="env.load: cannot set '$__uel_k' from '$1'"
    command export "$__uel_k=$__uel_v" 2>/dev/null || return 1
  done <"$1"
}

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_env_load app.env || __utah_uncaught
__utah_aclear names
__utah_apush names PLAIN EXPORTED DQ SQ INLINE EMPTY EQ UNI
__utah_aclear __f1
__utah_acopy __f1 names 0
__i2=0
while [ "$__i2" -lt "$__f1__n" ]; do
  eval "n=\${__f1__$__i2}"
  __i2=$((__i2 + 1))
  __t1=$n
  __utah_env_get "$n" || __utah_uncaught
  __t2=$__r
  printf '%s\n' "$__t1=[$__t2]"
done
printf '%s\n' "$(printenv PLAIN)"
