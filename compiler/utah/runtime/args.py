"""Command-line options (`args.*`).

`args.define` records an option in parallel global arrays (`__args_long` without its
dashes, `__args_short`, `__args_desc`, `__args_type` string|number|boolean,
`__args_req`, `__args_def`, `__args_hasdef`). The script's own arguments are captured
in `__args_argv` at the start of the program. They are parsed once, at the first
`args.get*`/`has`/`all` after the last `define`: `--long value`, `--long=value`,
`-s value`, `-s=value`, `-sVALUE`, a boolean flag alone (or `--flag=true|false`),
`--` ends the options; anything else that does not start with `-` (or looks like a
negative number) is positional. `--help`/`-h` prints the usage and exits 0; an unknown
option, a missing value or required option, or a non-number for a number option prints
`error: …` and the usage on stderr and exits 2.

Calling conventions:

* ``__utah_args_define LONG SHORT DESC TYPE REQUIRED [DEFAULT]``
* ``__utah_args_get NAME`` -> ``__r`` (given value, else default, else "" / false)
* ``__utah_args_number NAME`` -> ``__r`` (NaN when absent or not a number)
* ``__utah_args_flag NAME`` / ``__utah_args_has NAME`` -> ``__r`` true when set / given
* a NAME never defined: ``__err``, status 1 (a catchable error: a bug in the program)
* ``__utah_args_all`` -> ``__ra`` (positional arguments)
* ``__utah_args_usage``: the usage text on stdout
"""

from .charsets import spelled

DEFINE = r"""
__utah_args_define() {
  # Why: args.define registers an option for the parser and the usage text.
  # Usage: __utah_args_define LONG SHORT DESC TYPE REQUIRED [DEFAULT].
  local __ud_long=${1#--} __ud_type=string
  case $4 in
    number) __ud_type=number ;;
    boolean | bool | flag) __ud_type=boolean ;;
  esac
  __args_long+=("${__ud_long#-}")
  __args_short+=("${2#-}")
  __args_desc+=("$3")
  __args_type+=("$__ud_type")
  __args_req+=("$5")
  if (( $# > 5 )); then
    __args_def+=("$6")
    __args_hasdef+=(1)
  else
    __args_def+=('')
    __args_hasdef+=('')
  fi
  __args_parsed=''
}
"""

USAGE = r"""
__utah_args_usage() {
  # Why: --help and option errors show a usage built from the definitions and
  # script.description.
  # Usage: __utah_args_usage -> the text on stdout.
  local __uu_i __uu_w=10 __uu_left=() __uu_note
  printf 'Usage: %s [options]\n' "${0##*/}"
  if [[ -n ${__script_description-} ]]; then
    printf '\n%s\n' "$__script_description"
  fi
  for __uu_i in "${!__args_long[@]}"; do
    __uu_left[__uu_i]="${__args_short[__uu_i]:+-${__args_short[__uu_i]}, }"
    [[ -n ${__args_short[__uu_i]} ]] || __uu_left[__uu_i]='    '
    __uu_left[__uu_i]+="--${__args_long[__uu_i]}"
    if [[ ${__args_type[__uu_i]} != boolean ]]; then
      __uu_left[__uu_i]+=" <${__args_type[__uu_i]}>"
    fi
    (( ${#__uu_left[__uu_i]} > __uu_w )) && __uu_w=${#__uu_left[__uu_i]}
  done
  printf '\nOptions:\n'
  for __uu_i in "${!__args_long[@]}"; do
    __uu_note=
    if [[ ${__args_req[__uu_i]} == true ]]; then
      __uu_note=' (required)'
    elif [[ -n ${__args_hasdef[__uu_i]} ]]; then
      __uu_note=" (default: ${__args_def[__uu_i]})"
    fi
    printf '  %-*s  %s\n' "$__uu_w" "${__uu_left[__uu_i]}" "${__args_desc[__uu_i]}$__uu_note"
  done
  printf '  %-*s  %s\n' "$__uu_w" '-h, --help' 'Show this help and exit'
}
"""

FAIL = r"""
__utah_args_fail() {
  # Why: a command-line mistake is the user's, not the program's: say what is
  # wrong, show the usage, exit 2 (as getopt-style tools do).
  # Usage: __utah_args_fail MESSAGE -> exits 2.
  {
    printf 'error: %s\n\n' "$1"
    __utah_args_usage
  } >&2
  exit 2
}
"""

FIND = r"""
__utah_args_find() {
  # Why: map a name to its definition: `--long`, `-s`, or either without dashes.
  # Usage: __utah_args_find NAME [exact] -> __r (index), status 1 when none.
  # With `exact` only the command-line spellings `--long` and `-s` match.
  local __uf_i
  for __uf_i in "${!__args_long[@]}"; do
    if [[ $1 == "--${__args_long[__uf_i]}" || ( -n ${__args_short[__uf_i]} && $1 == "-${__args_short[__uf_i]}" ) ]]; then
      __r=$__uf_i
      return 0
    fi
    if [[ -z ${2-} && ( ${1#--} == "${__args_long[__uf_i]}" || ( -n ${__args_short[__uf_i]} && ${1#-} == "${__args_short[__uf_i]}" ) ) ]]; then
      __r=$__uf_i
      return 0
    fi
  done
  return 1
}
"""

PARSE = r"""
__utah_args_parse() {
  # Why: the script's arguments are checked against the definitions once, when a
  # value is first asked for (all defines have run by then).
  # Usage: __utah_args_parse -> fills __args_val __args_given __args_pos, or exits.
  local __up_i=0 __up_a __up_n __up_v __up_has __up_k
  [[ -n ${__args_parsed-} ]] && return 0
  __args_parsed=1
  __args_val=() __args_given=() __args_pos=()
  while (( __up_i < ${#__args_argv[@]} )); do
    __up_a=${__args_argv[__up_i]}
    (( ++__up_i ))
    if [[ $__up_a == -- ]]; then
      __args_pos+=("${__args_argv[@]:__up_i}")
      break
    fi
    if [[ $__up_a != -?* || $__up_a =~ ^-[0-9.] ]]; then
      __args_pos+=("$__up_a")
      continue
    fi
    __up_n=$__up_a __up_v='' __up_has=''
    if [[ $__up_a == *=* ]]; then
      __up_n=${__up_a%%=*} __up_v=${__up_a#*=} __up_has=1
    fi
    if ! __utah_args_find "$__up_n" exact; then
      if [[ $__up_n == --help || $__up_n == -h ]]; then
        __utah_args_usage
        exit 0
      fi
      if [[ $__up_n != --* && ${#__up_n} -gt 2 ]] && __utah_args_find "${__up_n:0:2}" exact \
          && [[ ${__args_type[__r]} != boolean ]]; then
        __up_v=${__up_a:2} __up_has=1 __up_n=${__up_n:0:2}
      else
        __utah_args_fail "unknown option $__up_n"
      fi
    fi
    __up_k=$__r
    if [[ ${__args_type[__up_k]} == boolean ]]; then
      [[ -n $__up_has ]] || __up_v=true
      [[ $__up_v == true || $__up_v == false ]] \
        || __utah_args_fail "option $__up_n is a flag (true or false), got '$__up_v'"
    elif [[ -z $__up_has ]]; then
      (( __up_i < ${#__args_argv[@]} )) || __utah_args_fail "option $__up_n needs a value"
      __up_v=${__args_argv[__up_i]}
      (( ++__up_i ))
    fi
    if [[ ${__args_type[__up_k]} == number ]]; then
      __utah_to_number "$__up_v"
      if [[ $__r == NaN || -z ${__up_v//[[:space:]]/} ]]; then
        __utah_args_fail "option $__up_n expects a number, got '$__up_v'"
      fi
      __up_v=$__r
    fi
    __args_val[__up_k]=$__up_v
    __args_given[__up_k]=1
  done
  for __up_k in "${!__args_long[@]}"; do
    if [[ ${__args_req[__up_k]} == true && -z ${__args_given[__up_k]-} && -z ${__args_hasdef[__up_k]} ]]; then
      __utah_args_fail "missing required option --${__args_long[__up_k]}"
    fi
  done
}
"""

LOOKUP = r"""
__utah_args_lookup() {
  # Why: every args getter parses first and needs the option's definition; asking
  # for an option that was never defined is a bug in the program, an error that
  # `try` can catch (LANGUAGE.md §7).
  # Usage: __utah_args_lookup NAME -> __r (index); undefined NAME: __err, status 1.
  __utah_args_parse
  __utah_args_find "$1" && return 0
  __err="args: no option '$1' was defined"
  return 1
}
"""

GET = r"""
__utah_args_get() {
  # Why: args.get/getString: the value given, else the default, else "" (false
  # for a flag).
  # Usage: __utah_args_get NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_lookup "$1" || return 1
  if [[ -n ${__args_given[__r]-} ]]; then
    __r=${__args_val[__r]}
  elif [[ -n ${__args_hasdef[__r]} ]]; then
    __r=${__args_def[__r]}
  elif [[ ${__args_type[__r]} == boolean ]]; then
    __r=false
  else
    __r=''
  fi
}
"""

NUMBER = r"""
__utah_args_number() {
  # Why: args.getNumber: the value as a number; NaN (falsy) when there is none.
  # Usage: __utah_args_number NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_get "$1" || return 1
  if [[ -z $__r ]]; then __r=NaN; else __utah_to_number "$__r"; fi
}
"""

FLAG = r"""
__utah_args_flag() {
  # Why: args.getBoolean: a flag is true when given (or defaulted) true.
  # Usage: __utah_args_flag NAME -> __r true|false; undefined NAME: __err, status 1.
  __utah_args_get "$1" || return 1
  if [[ -n $__r && $__r != false && $__r != 0 ]]; then __r=true; else __r=false; fi
}
"""

HAS = r"""
__utah_args_has() {
  # Why: args.has: whether the option was given on the command line.
  # Usage: __utah_args_has NAME -> __r true|false; undefined NAME: __err, status 1.
  __utah_args_lookup "$1" || return 1
  if [[ -n ${__args_given[__r]-} ]]; then __r=true; else __r=false; fi
}
"""

ALL = r"""
__utah_args_all() {
  # Why: args.all: the positional arguments (options removed).
  # Usage: __utah_args_all -> __ra.
  __utah_args_parse
  __ra=("${__args_pos[@]}")
}
"""

# --------------------------------------------------------------- POSIX sh versions
# The parallel arrays follow the posix target's convention (NAME__n, NAME__0 …);
# __args_val and __args_given are the sparse scalars __args_val__K, __args_given__K.

DEFINE_POSIX = r"""
__utah_args_define() {
  # Why: args.define registers an option for the parser and the usage text.
  # Usage: __utah_args_define LONG SHORT DESC TYPE REQUIRED [DEFAULT].
  __uad_long=${1#--} __uad_type=string
  case $4 in
    number) __uad_type=number ;;
    boolean | bool | flag) __uad_type=boolean ;;
  esac
  __utah_apush __args_long "${__uad_long#-}"
  __utah_apush __args_short "${2#-}"
  __utah_apush __args_desc "$3"
  __utah_apush __args_type "$__uad_type"
  __utah_apush __args_req "$5"
  if [ $# -gt 5 ]; then
    __utah_apush __args_def "$6"
    __utah_apush __args_hasdef 1
  else
    __utah_apush __args_def ''
    __utah_apush __args_hasdef ''
  fi
  __args_parsed=''
}
"""

USAGE_POSIX = r"""
__utah_args_usage() {
  # Why: --help and option errors show a usage built from the definitions and
  # script.description.
  # Usage: __utah_args_usage -> the text on stdout.
  __uau_w=10
  printf 'Usage: %s [options]\n' "${0##*/}"
  if [ -n "${__script_description-}" ]; then
    printf '\n%s\n' "$__script_description"
  fi
  __uau_i=0
  while [ "$__uau_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uau_s=\${__args_short__$__uau_i} __uau_l=\${__args_long__$__uau_i} __uau_t=\${__args_type__$__uau_i}"
    if [ -n "$__uau_s" ]; then __uau_x="-$__uau_s, "; else __uau_x='    '; fi
    __uau_x=$__uau_x--$__uau_l
    if [ "$__uau_t" != boolean ]; then
      __uau_x="$__uau_x <$__uau_t>"
    fi
    eval "__uau_left__$__uau_i=\$__uau_x"
    if [ "${#__uau_x}" -gt "$__uau_w" ]; then __uau_w=${#__uau_x}; fi
    __uau_i=$((__uau_i + 1))
  done
  printf '\nOptions:\n'
  __uau_i=0
  while [ "$__uau_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uau_x=\${__uau_left__$__uau_i} __uau_r=\${__args_req__$__uau_i} __uau_h=\${__args_hasdef__$__uau_i}"
    __uau_note=
    if [ "$__uau_r" = true ]; then
      __uau_note=' (required)'
    elif [ -n "$__uau_h" ]; then
      eval "__uau_note=\" (default: \${__args_def__$__uau_i})\""
    fi
    eval "__uau_d=\${__args_desc__$__uau_i}"
    __utah_args_line "$__uau_w" "$__uau_x" "$__uau_d$__uau_note"
    __uau_i=$((__uau_i + 1))
  done
  __utah_args_line "$__uau_w" '-h, --help' 'Show this help and exit'
}
"""

LINE = r"""
__utah_args_line() {
  # Why: one usage line, the option padded to WIDTH (POSIX printf has no %*s).
  # Usage: __utah_args_line WIDTH OPTION TEXT -> the line on stdout.
  __ual_x=$2
  while [ "${#__ual_x}" -lt "$1" ]; do __ual_x="$__ual_x "; done
  printf '  %s  %s\n' "$__ual_x" "$3"
}
"""

FIND_POSIX = r"""
__utah_args_find() {
  # Why: map a name to its definition: `--long`, `-s`, or either without dashes.
  # Usage: __utah_args_find NAME [exact] -> __r (index), status 1 when none.
  # With `exact` only the command-line spellings `--long` and `-s` match.
  __uaf_i=0
  while [ "$__uaf_i" -lt "${__args_long__n:-0}" ]; do
    eval "__uaf_l=\${__args_long__$__uaf_i} __uaf_s=\${__args_short__$__uaf_i}"
    if [ "$1" = "--$__uaf_l" ] || { [ -n "$__uaf_s" ] && [ "$1" = "-$__uaf_s" ]; }; then
      __r=$__uaf_i
      return 0
    fi
    if [ -z "${2-}" ] && { [ "${1#--}" = "$__uaf_l" ] || { [ -n "$__uaf_s" ] && [ "${1#-}" = "$__uaf_s" ]; }; }; then
      __r=$__uaf_i
      return 0
    fi
    __uaf_i=$((__uaf_i + 1))
  done
  return 1
}
"""

PARSE_POSIX = spelled(r"""
__utah_args_parse() {
  # Why: the script's arguments are checked against the definitions once, when a
  # value is first asked for (all defines have run by then).
  # Usage: __utah_args_parse -> fills __args_val__K __args_given__K __args_pos, or exits.
  [ -n "${__args_parsed-}" ] && return 0
  __args_parsed=1
  __uapr_k=0 __uapr_w=@SPACE@
  while [ "$__uapr_k" -lt "${__args_long__n:-0}" ]; do
    unset "__args_val__$__uapr_k" "__args_given__$__uapr_k"
    __uapr_k=$((__uapr_k + 1))
  done
  __utah_aclear __args_pos
  __uapr_i=0
  while [ "$__uapr_i" -lt "${__args_argv__n:-0}" ]; do
    eval "__uapr_a=\${__args_argv__$__uapr_i}"
    __uapr_i=$((__uapr_i + 1))
    if [ "$__uapr_a" = -- ]; then
      __utah_acopy __args_pos __args_argv "$__uapr_i"
      break
    fi
    case $__uapr_a in
      '' | - | [!-]* | -[0123456789.]*)
        __utah_apush __args_pos "$__uapr_a"
        continue
        ;;
    esac
    __uapr_n=$__uapr_a __uapr_v='' __uapr_has=''
    case $__uapr_a in
      *=*) __uapr_n=${__uapr_a%%=*} __uapr_v=${__uapr_a#*=} __uapr_has=1 ;;
    esac
    if ! __utah_args_find "$__uapr_n" exact; then
      if [ "$__uapr_n" = --help ] || [ "$__uapr_n" = -h ]; then
        __utah_args_usage
        exit 0
      fi
      __uapr_rest=${__uapr_a#??}
      __uapr_two=${__uapr_a%"$__uapr_rest"}
      __uapr_ok=
      case $__uapr_n in
        --* | ? | ??) ;;
        *)
          if __utah_args_find "$__uapr_two" exact; then
            eval "__uapr_t=\${__args_type__$__r}"
            [ "$__uapr_t" = boolean ] || __uapr_ok=1
          fi
          ;;
      esac
      if [ -z "$__uapr_ok" ]; then
        __utah_args_fail "unknown option $__uapr_n"
      fi
      __uapr_v=$__uapr_rest __uapr_has=1 __uapr_n=$__uapr_two
    fi
    __uapr_k=$__r
    eval "__uapr_t=\${__args_type__$__uapr_k}"
    if [ "$__uapr_t" = boolean ]; then
      [ -n "$__uapr_has" ] || __uapr_v=true
      case $__uapr_v in
        true | false) ;;
        *) __utah_args_fail "option $__uapr_n is a flag (true or false), got '$__uapr_v'" ;;
      esac
    elif [ -z "$__uapr_has" ]; then
      [ "$__uapr_i" -lt "${__args_argv__n:-0}" ] || __utah_args_fail "option $__uapr_n needs a value"
      eval "__uapr_v=\${__args_argv__$__uapr_i}"
      __uapr_i=$((__uapr_i + 1))
    fi
    if [ "$__uapr_t" = number ]; then
      __utah_to_number "$__uapr_v"
      case $__uapr_v in
        *[!$__uapr_w]*) [ "$__r" != NaN ] ;;
        *) false ;;
      esac || __utah_args_fail "option $__uapr_n expects a number, got '$__uapr_v'"
      __uapr_v=$__r
    fi
    eval "__args_val__$__uapr_k=\$__uapr_v __args_given__$__uapr_k=1"
  done
  __uapr_k=0
  while [ "$__uapr_k" -lt "${__args_long__n:-0}" ]; do
    eval "__uapr_r=\${__args_req__$__uapr_k} __uapr_g=\${__args_given__$__uapr_k-} __uapr_h=\${__args_hasdef__$__uapr_k}"
    if [ "$__uapr_r" = true ] && [ -z "$__uapr_g" ] && [ -z "$__uapr_h" ]; then
      eval "__utah_args_fail \"missing required option --\${__args_long__$__uapr_k}\""
    fi
    __uapr_k=$((__uapr_k + 1))
  done
}
""")

GET_POSIX = r"""
__utah_args_get() {
  # Why: args.get/getString: the value given, else the default, else "" (false
  # for a flag).
  # Usage: __utah_args_get NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_lookup "$1" || return 1
  eval "__uag_g=\${__args_given__$__r-} __uag_h=\${__args_hasdef__$__r} __uag_t=\${__args_type__$__r}"
  if [ -n "$__uag_g" ]; then
    eval "__r=\${__args_val__$__r}"
  elif [ -n "$__uag_h" ]; then
    eval "__r=\${__args_def__$__r}"
  elif [ "$__uag_t" = boolean ]; then
    __r=false
  else
    __r=''
  fi
}
"""

NUMBER_POSIX = r"""
__utah_args_number() {
  # Why: args.getNumber: the value as a number; NaN (falsy) when there is none.
  # Usage: __utah_args_number NAME -> __r; undefined NAME: __err, status 1.
  __utah_args_get "$1" || return 1
  if [ -z "$__r" ]; then __r=NaN; else __utah_to_number "$__r"; fi
}
"""

FLAG_POSIX = r"""
__utah_args_flag() {
  # Why: args.getBoolean: a flag is true when given (or defaulted) true.
  # Usage: __utah_args_flag NAME -> __r true|false; undefined NAME: __err, status 1.
  __utah_args_get "$1" || return 1
  case $__r in
    '' | false | 0) __r=false ;;
    *) __r=true ;;
  esac
}
"""

HAS_POSIX = r"""
__utah_args_has() {
  # Why: args.has: whether the option was given on the command line.
  # Usage: __utah_args_has NAME -> __r true|false; undefined NAME: __err, status 1.
  __utah_args_lookup "$1" || return 1
  eval "__r=\${__args_given__$__r-}"
  if [ -n "$__r" ]; then __r=true; else __r=false; fi
}
"""

ALL_POSIX = r"""
__utah_args_all() {
  # Why: args.all: the positional arguments (options removed).
  # Usage: __utah_args_all -> __ra.
  __utah_args_parse
  __utah_aclear __ra
  __utah_acopy __ra __args_pos 0
}
"""

DEFINITIONS = [(DEFINE, DEFINE_POSIX), (USAGE, USAGE_POSIX), (LINE, LINE), (FAIL, FAIL),
               (FIND, FIND_POSIX), (PARSE, PARSE_POSIX), (LOOKUP, LOOKUP), (GET, GET_POSIX),
               (NUMBER, NUMBER_POSIX), (FLAG, FLAG_POSIX), (HAS, HAS_POSIX), (ALL, ALL_POSIX)]
