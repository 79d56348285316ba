"""Helpers for the compiler's own plumbing: errors, defer, job-control capture, JSON text.

* ``__utah_uncaught`` — an error reached the top level: ``error: MSG`` on stderr, exit 1.
* ``__utah_run_defers`` — run the current function's deferred statements, last first.
* ``__utah_capture [TEXT]`` -> ``__r``: output captured from a job-control substitution.
* ``__utah_is_nullish X`` — status 0 for the texts ``null`` and ``undefined``.
* ``__utah_json_truthy J`` — status 0 when the JSON value J is truthy in JavaScript.
* ``__utah_json_number N`` -> ``__r``: a number as JSON (NaN and Infinity become null).
* ``__utah_spawn CMDLINE`` — start a command line held in a string as a background job.
* ``__utah_json_array KIND NAME`` -> ``__r``: an array as JSON text; KIND string, number,
  boolean or json says how each element is written.
"""

from .charsets import spelled

UNCAUGHT = r"""
__utah_uncaught() {
  # Why: an error nobody caught ends the script as LANGUAGE.md §7 says.
  # Usage: __utah_uncaught (message in __err) -> exits with status 1.
  printf 'error: %s\n' "$__err" >&2
  exit 1
}
"""

RUN_DEFERS = r"""
__utah_run_defers() {
  # Why: `defer` runs at every exit of a function, last registered first.
  # Usage: __utah_run_defers (the function's local array __defers) -> runs and clears it.
  local __ud_r=$__r __ud_err=$__err __ud_i
  for (( __ud_i = ${#__defers[@]} - 1; __ud_i >= 0; __ud_i-- )); do
    "${__defers[__ud_i]}"
  done
  __defers=()
  __r=$__ud_r __err=$__ud_err
}
"""

CAPTURE = r"""
__utah_capture() {
  # Why: a job-control substitution runs in the script's own shell, so what its
  # foreground commands print is collected in a file instead of a pipe.
  # Usage: __utah_capture [TEXT] -> __r (captured output, trailing newlines cut, then TEXT).
  local __uc_s=''
  if [[ -s $__capture_file ]]; then
    IFS= read -r -d '' __uc_s <"$__capture_file" || true
    : >"$__capture_file"
  fi
  while [[ $__uc_s == *$'\n' ]]; do __uc_s=${__uc_s%$'\n'}; done
  __r=$__uc_s${1-}
}
"""

IS_NULLISH = r"""
__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  [[ $1 == null || $1 == undefined ]]
}
"""

JSON_TRUTHY = r"""
__utah_json_truthy() {
  # Why: a value of type any (JSON text) is falsy when it is null, false, 0, -0, NaN,
  # the empty string or undefined.
  # Usage: __utah_json_truthy J -> status 0 when truthy.
  [[ -n $1 && $1 != null && $1 != false && $1 != 0 && $1 != -0 && $1 != NaN && $1 != '""'
     && $1 != undefined ]]
}
"""

JSON_NUMBER = r"""
__utah_json_number() {
  # Why: JSON has no NaN or Infinity; JSON.stringify writes them as null.
  # Usage: __utah_json_number N -> __r.
  case $1 in
    NaN | Infinity | -Infinity | '') __r=null ;;
    *) __r=$1 ;;
  esac
}
"""

JSON_ARRAY = r"""
__utah_json_array() {
  # Why: an array value becomes JSON text (for console.log, object literals, json.*)
  # without starting jq.
  # Usage: __utah_json_array KIND NAME -> __r; KIND: string number boolean json.
  # A null or undefined element (its marked text) is JSON null, and so is NaN or an
  # infinity (JSON has neither), as JSON.stringify writes them.
  local -n __uj_in=$2
  local __uj_out='' __uj_x
  for __uj_x in "${__uj_in[@]}"; do
    case $1:$__uj_x in
      *:$'\001null' | *:$'\001undefined') __r=null ;;
      json:NaN | json:Infinity | json:-Infinity) __r=null ;;  # (held by an `any`)
      string:*) __utah_json_quote "$__uj_x" ;;
      number:*) __utah_json_number "$__uj_x" ;;
      *) __r=$__uj_x ;;
    esac
    __uj_out+=${__uj_out:+,}$__r
  done
  __r=[$__uj_out]
}
"""

# --------------------------------------------------------------- POSIX sh versions
# No locals in POSIX sh: helper variables are globals with a prefix of their own
# (arrays are NAME__n and NAME__0 …, see runtime/posix.py).

RUN_DEFERS_POSIX = r"""
__utah_run_defers() {
  # Why: `defer` runs at every exit of a function, last registered first.
  # Usage: __utah_run_defers (the function's array __defers) -> runs and clears it.
  # __r and __err are saved on the locals stack: a deferred call may run defers too.
  __utah_save __r __err
  while [ "${__defers__n:-0}" -gt 0 ]; do
    __defers__n=$((__defers__n - 1))
    eval "__ud_f=\$__defers__$__defers__n"
    unset "__defers__$__defers__n"
    "$__ud_f"
  done
  __utah_restore __err __r
}
"""

CAPTURE_POSIX = r"""
__utah_capture() {
  # Why: a job-control substitution runs in the script's own shell, so what its
  # foreground commands print is collected in a file instead of a pipe.
  # Usage: __utah_capture [TEXT] -> __r (captured output, trailing newlines cut, then TEXT).
  __uc_s=
  __uc_nl='
'
  if [ -s "$__capture_file" ]; then
    while IFS= read -r __uc_line || [ -n "$__uc_line" ]; do
      __uc_s=$__uc_s$__uc_line$__uc_nl
    done <"$__capture_file"
    : >"$__capture_file"
  fi
  while :; do
    case $__uc_s in
      *"$__uc_nl") __uc_s=${__uc_s%"$__uc_nl"} ;;
      *) break ;;
    esac
  done
  __r=$__uc_s${1-}
}
"""

IS_NULLISH_POSIX = r"""
__utah_is_nullish() {
  # Why: `a ?? b` takes b when a is null or undefined (held as those texts).
  # Usage: __utah_is_nullish X -> status 0 when X is nullish.
  case $1 in
    null | undefined) return 0 ;;
  esac
  return 1
}
"""

JSON_TRUTHY_POSIX = r"""
__utah_json_truthy() {
  # Why: a value of type any (JSON text) is falsy when it is null, false, 0, -0, NaN,
  # the empty string or undefined.
  # Usage: __utah_json_truthy J -> status 0 when truthy.
  case $1 in
    '' | null | false | 0 | -0 | NaN | '""' | undefined) return 1 ;;
  esac
  return 0
}
"""

JSON_ARRAY_POSIX = spelled(r"""
__utah_json_array() {
  # Why: an array value becomes JSON text (for console.log, object literals, json.*)
  # without starting jq.
  # Usage: __utah_json_array KIND NAME -> __r; KIND: string number boolean json.
  # A null or undefined element (its marked text) is JSON null, and so is NaN or an
  # infinity (JSON has neither), as JSON.stringify writes them.
  __uj_out=
  __uj_i=0
  eval "__uj_n=\${${2}__n:-0}"
  while [ "$__uj_i" -lt "$__uj_n" ]; do
    eval "__uj_x=\${${2}__$__uj_i}"
    case $1:$__uj_x in
      *:@MARK@null | *:@MARK@undefined) __r=null ;;
      json:NaN | json:Infinity | json:-Infinity) __r=null ;;  # (held by an `any`)
      string:*) __utah_json_quote "$__uj_x" ;;
      number:*) __utah_json_number "$__uj_x" ;;
      *) __r=$__uj_x ;;
    esac
    __uj_out=$__uj_out${__uj_out:+,}$__r
    __uj_i=$((__uj_i + 1))
  done
  __r=[$__uj_out]
}
""")

SPAWN = r"""
__utah_spawn() {
  # Why: `$(${cmd} & echo $!)` starts a command line held in a string as a job of the
  # script. A single command is started directly, so the job's PID is the command's own
  # (`kill` and `ps` see it); a list or pipeline runs as one job in a subshell.
  # Usage: __utah_spawn CMDLINE -> a background job; its PID is in $!.
  case $1 in
    *[\;\&\|]* | *'
'*) eval "$1" & ;;
    *) eval "$1 &" ;;
  esac
}
"""

DEFINITIONS = [(UNCAUGHT, UNCAUGHT), (RUN_DEFERS, RUN_DEFERS_POSIX), (CAPTURE, CAPTURE_POSIX),
               (IS_NULLISH, IS_NULLISH_POSIX), (JSON_TRUTHY, JSON_TRUTHY_POSIX),
               (JSON_NUMBER, JSON_NUMBER), (JSON_ARRAY, JSON_ARRAY_POSIX), (SPAWN, SPAWN)]
