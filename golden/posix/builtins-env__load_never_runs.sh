#!/bin/sh
# shellcheck disable=SC2034,SC2154  # arrays reach run-time helpers by name
__err=''

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

__utah_env_load bad.env || __utah_uncaught
printf '%s\n' "$CMD"
printf '%s\n' "$TICKS"
if [ -e pwned ]; then
  __t1=true
else
  __t1=false
fi
__t2=$__t1
if [ -e pwned2 ]; then
  __t3=true
else
  __t3=false
fi
printf '%s\n' "$__t2 $__t3"
__t4=0
while :; do
  __utah_env_load missing.env || { __t4=1; break; }
  break
done
if [ "$((__t4 == 1))" -ne 0 ]; then
  __t4=0
  e=$__err
  printf '%s\n' "$e"
fi
