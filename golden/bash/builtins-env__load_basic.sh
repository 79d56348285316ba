#!/usr/bin/env bash
# shellcheck disable=SC2034  # arrays reach run-time helpers by name

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

__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}

__utah_env_load app.env || __utah_uncaught
names=(PLAIN EXPORTED DQ SQ INLINE EMPTY EQ UNI)
for n in "${names[@]}"; do
  __t1=$n
  __utah_env_get "$n" || __utah_uncaught
  __t2=$__r
  printf '%s\n' "$__t1=[$__t2]"
done
printf '%s\n' "$(printenv PLAIN)"
