"""Helpers of `env.*`: environment variables by name, and `.env` files read as data.

* ``__utah_env_name FN NAME``      status 0 when NAME is a shell identifier, else ``__err``.
* ``__utah_env_get NAME [DEFAULT]`` -> ``__r``: ``${!NAME}``; DEFAULT when unset or empty.
* ``__utah_env_write set NAME VALUE`` exports the global NAME;
  ``__utah_env_write delete NAME`` unsets it.
* ``__utah_env_load FILE``         exports the KEY=VALUE lines of FILE, never running them.

Failures (a name that is not an identifier, a read-only variable, an unreadable file)
set ``__err`` and return status 1: a catchable error (LANGUAGE.md §7).
"""

from .charsets import spelled

ENV_NAME = r"""
__utah_env_name() {
  # Why: env.* take variable names at run time; only an identifier may reach
  # ${!name}, declare or unset, so no text of the name can act as code.
  # Usage: __utah_env_name FN NAME -> status 0 when NAME is an identifier, else
  # __err (naming env.FN) and status 1.
  if [[ $2 =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    return 0
  fi
  __err="env.$1: invalid variable name '$2'"
  return 1
}
"""

ENV_GET = r"""
__utah_env_get() {
  # Why: env.get reads a variable whose name is a value: ${!name}, checked first.
  # Usage: __utah_env_get NAME [DEFAULT] -> __r (DEFAULT when NAME is unset or empty).
  __utah_env_name get "$1" || return 1
  if (( $# > 1 )); then
    __r=${!1:-$2}
  else
    __r=${!1-}
  fi
}
"""

ENV_WRITE = r"""
__utah_env_write() {
  # Why: env.set exports, env.delete unsets, a variable named by a value (checked
  # first), at global scope even when called from a function.
  # Usage: __utah_env_write set NAME VALUE | __utah_env_write delete NAME; a bad or
  # read-only NAME -> __err, status 1.
  __utah_env_name "$1" "$2" || return 1
  if [[ $1 == set ]]; then
    declare -gx -- "$2=$3" 2>/dev/null && return 0
  else
    unset -v -- "$2" 2>/dev/null && return 0
  fi
  __err="env.$1: cannot $1 '$2'"
  return 1
}
"""

ENV_LOAD = r"""
__utah_env_load() {
  # Why: env.load reads a .env file as data; it is never sourced, so $(...),
  # backticks and $NAME in it stay literal text.
  # Usage: __utah_env_load FILE -> exports each KEY; unreadable FILE or a read-only
  # KEY -> __err, status 1.  Per line: blank lines and # comments are skipped; an
  # `export ` prefix is allowed; space around KEY and VALUE is trimmed; a VALUE in
  # matching '…' or "…" loses the quotes (and what follows the closing quote; \n in
  # "…" is a newline); an unquoted VALUE ends before ` #`.  A line that is not
  # KEY=VALUE with KEY an identifier is skipped; CR line ends are accepted.
  local __uel_line __uel_k __uel_v __uel_q
  if [[ ! -f $1 || ! -r $1 ]]; then
    __err="env.load: cannot read '$1'"
    return 1
  fi
  while IFS= read -r __uel_line || [[ -n $__uel_line ]]; do
    __uel_line=${__uel_line%$'\r'}
    __uel_line=${__uel_line#"${__uel_line%%[![:space:]]*}"}
    case $__uel_line in
      '' | '#'*) continue ;;
      export[[:space:]]*) __uel_line=${__uel_line#export} ;;
    esac
    [[ $__uel_line == *=* ]] || continue
    __uel_k=${__uel_line%%=*}
    __uel_k=${__uel_k#"${__uel_k%%[![:space:]]*}"}
    __uel_k=${__uel_k%"${__uel_k##*[![:space:]]}"}
    [[ $__uel_k =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || continue
    __uel_v=${__uel_line#*=}
    __uel_v=${__uel_v#"${__uel_v%%[![:space:]]*}"}
    __uel_q=${__uel_v:0:1}
    if [[ ($__uel_q == '"' || $__uel_q == "'") && ${__uel_v:1} == *"$__uel_q"* ]]; then
      __uel_v=${__uel_v:1}
      __uel_v=${__uel_v%"$__uel_q"*}
      if [[ $__uel_q == '"' ]]; then
        __uel_v=${__uel_v//\\n/$'\n'}
      fi
    else
      __uel_v=${__uel_v%%[[:space:]]#*}
      __uel_v=${__uel_v%"${__uel_v##*[![:space:]]}"}
    fi
    if ! declare -gx -- "$__uel_k=$__uel_v" 2>/dev/null; then
      __err="env.load: cannot set '$__uel_k' from '$1'"
      return 1
    fi
  done <"$1"
}
"""

# --------------------------------------------------------------- POSIX sh versions
# No ${!name} and no declare: a name is checked to be an identifier before it reaches
# eval or export, so no text of it can act as code.  `command export` makes a
# read-only name an error status instead of the end of the script; posh instead
# leaves the calling function at once with status 1, so __err is set beforehand.

ENV_NAME_POSIX = r"""
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
"""

ENV_GET_POSIX = r"""
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
"""

ENV_WRITE_POSIX = r"""
__utah_env_write() {
  # Why: env.set exports, env.delete unsets, a variable named by a value (checked
  # first); `command` keeps a read-only NAME from ending the script (and __err is
  # set first: posh returns from this function when export or unset fails).
  # Usage: __utah_env_write set NAME VALUE | __utah_env_write delete NAME; a bad or
  # read-only NAME -> __err, status 1.
  __utah_env_name "$1" "$2" || return 1
  __err="env.$1: cannot $1 '$2'"
  if [ "$1" = set ]; then
    command export "$2=$3" 2>/dev/null && return 0
  else
    command unset "$2" 2>/dev/null && return 0
  fi
  return 1
}
"""

ENV_LOAD_POSIX = spelled(r"""
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
  __uel_bn='\n' __uel_w=@SPACE@
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
""")

DEFINITIONS = [(ENV_NAME, ENV_NAME_POSIX), (ENV_GET, ENV_GET_POSIX), (ENV_WRITE, ENV_WRITE_POSIX),
               (ENV_LOAD, ENV_LOAD_POSIX)]
