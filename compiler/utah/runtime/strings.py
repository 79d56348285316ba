"""String helpers: JS string methods by parameter expansion (no process).

Every search text is quoted inside the patterns, so `*`, `?`, `[`, `\\` and the
rest are literal; replacements are built by concatenation, so bash 5.2's
patsub_replacement (`&`) never applies.  Lengths and positions count characters
of the current locale (UTF-8: code points; JS counts UTF-16 code units, which
differs only for characters outside the BMP).

Calling conventions (result in ``__r`` unless stated):

* ``__utah_trim S`` / ``__utah_trim_start S`` / ``__utah_trim_end S``
* ``__utah_str_index_of S SUB [FROM]``, ``__utah_str_last_index_of S SUB [FROM]`` (-1 when absent)
* ``__utah_str_includes S SUB [FROM]``, ``__utah_str_starts_with S P [POS]``,
  ``__utah_str_ends_with S P [END]``: status 0 when true
* ``__utah_substring S START [END]``, ``__utah_str_slice S START [END]``, ``__utah_char_at S I``
* ``__utah_pad start|end S LEN [FILL]``, ``__utah_str_repeat S N`` (N < 0: ``__err``, status 1)
* ``__utah_replace S SEARCH REPL``, ``__utah_replace_all S SEARCH REPL`` (JS ``$$ $& $` $'``)
* ``__utah_upper S``, ``__utah_lower S``
* ``__utah_split S SEP [LIMIT]`` and ``__utah_split_re S ERE [LIMIT [NGROUPS]]`` -> ``__ra``
* ``__utah_str_cmp OP A B``: status, byte (code point) order whatever the locale
* ``__utah_clamp_pos X LEN`` / ``__utah_rel_pos X LEN``: JS position arguments
"""

TRIM_START = r"""
__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace ([:space:]).
  # Usage: __utah_trim_start S -> __r.
  __r=${1#"${1%%[![:space:]]*}"}
}
"""

TRIM_END = r"""
__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace ([:space:]).
  # Usage: __utah_trim_end S -> __r.
  __r=${1%"${1##*[![:space:]]}"}
}
"""

TRIM = r"""
__utah_trim() {
  # Why: JS s.trim() without sed: strips whitespace at both ends.
  # Usage: __utah_trim S -> __r.
  __utah_trim_start "$1"
  __utah_trim_end "$__r"
}
"""

CLAMP_POS = r"""
__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}
"""

REL_POS = r"""
__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if (( __r < 0 )); then __r=$(( __r + $2 )); fi
  if (( __r < 0 )); then __r=0; elif (( __r > $2 )); then __r=$2; fi
}
"""

INDEX_OF = r"""
__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  local __t __p=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; __p=$__r; fi
  if [[ -z $2 ]]; then __r=$__p; return 0; fi
  __t=${1:__p}
  __t=${__t%%"$2"*}
  if [[ $__t == "${1:__p}" ]]; then __r=-1; else __r=$(( __p + ${#__t} )); fi
}
"""

LAST_INDEX_OF = r"""
__utah_str_last_index_of() {
  # Why: JS s.lastIndexOf(sub, from) by parameter expansion.
  # Usage: __utah_str_last_index_of S SUB [FROM] -> __r (index, or -1).
  local __t __p=${#1}
  if (( $# > 2 )) && [[ $3 != NaN ]]; then __utah_clamp_pos "$3" "${#1}"; __p=$__r; fi
  if [[ -z $2 ]]; then __r=$__p; return 0; fi
  __t=${1:0:__p+${#2}}
  __r=${__t%"$2"*}
  if [[ $__r == "$__t" ]]; then __r=-1; else __r=${#__r}; fi
}
"""

INCLUDES = r"""
__utah_str_includes() {
  # Why: JS s.includes(sub, from) as a status, with sub matched literally.
  # Usage: __utah_str_includes S SUB [FROM] -> status 0 when found.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == *"$2"* ]]
}
"""

STARTS_WITH = r"""
__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:__r} == "$2"* ]]
}
"""

ENDS_WITH = r"""
__utah_str_ends_with() {
  # Why: JS s.endsWith(p, end) as a status, with p matched literally.
  # Usage: __utah_str_ends_with S P [END] -> status 0 when true.
  __r=${#1}
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; fi
  [[ ${1:0:__r} == *"$2" ]]
}
"""

SUBSTRING = r"""
__utah_substring() {
  # Why: JS s.substring(a, b): positions clamped to 0..length, NaN -> 0, swapped
  # when a > b (${s:a:n} alone does none of this).
  # Usage: __utah_substring S START [END] -> __r.
  local __a __b=${#1}
  __utah_clamp_pos "$2" "${#1}"
  __a=$__r
  if (( $# > 2 )); then __utah_clamp_pos "$3" "${#1}"; __b=$__r; fi
  if (( __a > __b )); then __r=$__a __a=$__b __b=$__r; fi
  __r=${1:__a:__b-__a}
}
"""

SLICE = r"""
__utah_str_slice() {
  # Why: JS s.slice(a, b): negative positions count from the end, empty when b <= a.
  # Usage: __utah_str_slice S START [END] -> __r.
  local __a __b=${#1}
  __utah_rel_pos "$2" "${#1}"
  __a=$__r
  if (( $# > 2 )); then __utah_rel_pos "$3" "${#1}"; __b=$__r; fi
  if (( __b <= __a )); then __r=; else __r=${1:__a:__b-__a}; fi
}
"""

CHAR_AT = r"""
__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1 (a negative ${s:i:1} would count
  # from the end).
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if (( __r < 0 || __r >= ${#1} )); then __r=; else __r=${1:__r:1}; fi
}
"""

PAD = r"""
__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  local __f=${4- } __n
  __utah_to_int "$3"
  __n=$(( __r - ${#2} ))
  if (( __n <= 0 )) || [[ -z $__f ]]; then __r=$2; return 0; fi
  while (( ${#__f} < __n )); do __f+=$__f; done
  __f=${__f:0:__n}
  if [[ $1 == start ]]; then __r=$__f$2; else __r=$2$__f; fi
}
"""

REPEAT = r"""
__utah_str_repeat() {
  # Why: JS s.repeat(n) by doubling (no printf/seq loop per copy).
  # Usage: __utah_str_repeat S N -> __r; N < 0 or Infinity sets __err, status 1.
  local __s=$1 __n
  __utah_to_int "$2"
  if (( __r < 0 )) || [[ $2 == Infinity ]]; then
    __err="Invalid count value: $2"
    return 1
  fi
  __n=$__r __r=
  while (( __n > 0 )); do
    if (( __n & 1 )); then __r+=$__s; fi
    __n=$(( __n >> 1 ))
    if (( __n > 0 )); then __s+=$__s; fi
  done
}
"""

SUBST = r"""
__utah_subst() {
  # Why: a JS replace() replacement string may hold $$ $& $` $' patterns.
  # Usage: __utah_subst REPLACEMENT MATCHED BEFORE AFTER -> __r.
  local __t=$1
  __r=
  while [[ $__t == *'$'* ]]; do
    __r+=${__t%%'$'*}
    __t=${__t#*'$'}
    case $__t in
      '$'*) __r+='$' __t=${__t:1} ;;
      '&'*) __r+=$2 __t=${__t:1} ;;
      '`'*) __r+=$3 __t=${__t:1} ;;
      "'"*) __r+=$4 __t=${__t:1} ;;
      *) __r+='$' ;;
    esac
  done
  __r+=$__t
}
"""

REPLACE = r"""
__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters and patsub_replacement.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  local __b=${1%%"$2"*} __m=$3 __a
  if [[ -n $2 && $__b == "$1" ]]; then __r=$1; return 0; fi
  __a=${1:${#__b}+${#2}}
  if [[ $__m == *'$'* ]]; then __utah_subst "$__m" "$2" "$__b" "$__a"; __m=$__r; fi
  __r=$__b$__m$__a
}
"""

REPLACE_ALL = r"""
__utah_replace_all() {
  # Why: JS s.replaceAll(str, rep) with literal search text (an empty search
  # inserts rep around every character), JS $-patterns in rep.
  # Usage: __utah_replace_all S SEARCH REPLACEMENT -> __r.
  local __s=$1 __o='' __b __m=$3 __p=0 __n=${#2}
  if [[ -z $2 ]]; then
    while (( __p <= ${#1} )); do
      if [[ $3 == *'$'* ]]; then __utah_subst "$3" '' "${1:0:__p}" "${1:__p}"; __m=$__r; fi
      __o+=$__m${1:__p:1}
      __p=$(( __p + 1 ))
    done
    __r=$__o
    return 0
  fi
  while [[ $__s == *"$2"* ]]; do
    __b=${__s%%"$2"*}
    __s=${__s:${#__b}+__n}
    __p=$(( __p + ${#__b} ))
    if [[ $3 == *'$'* ]]; then __utah_subst "$3" "$2" "${1:0:__p}" "$__s"; __m=$__r; fi
    __o+=$__b$__m
    __p=$(( __p + __n ))
  done
  __r=$__o$__s
}
"""

UPPER = r"""
__utah_upper() {
  # Why: JS s.toUpperCase() without tr (case mapping of the current locale).
  # Usage: __utah_upper S -> __r.
  __r=${1^^}
}
"""

LOWER = r"""
__utah_lower() {
  # Why: JS s.toLowerCase() without tr (case mapping of the current locale).
  # Usage: __utah_lower S -> __r.
  __r=${1,,}
}
"""

SPLIT = r"""
__utah_split() {
  # Why: JS s.split(sep, limit) into an array without IFS or globbing: the
  # separator is literal text ("" splits into characters; "".split(",") is [""]).
  # Usage: __utah_split S SEP [LIMIT] -> __ra.
  local __s=$1 __t __n=4294967295 __i
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if [[ -z $2 ]]; then
    for (( __i = 0; __i < ${#__s} && __i < __n; __i++ )); do __uo+=("${__s:__i:1}"); done
  elif (( __n > 0 )); then
    while [[ $__s == *"$2"* ]]; do
      __t=${__s%%"$2"*}
      __uo+=("$__t")
      if (( ${#__uo[@]} >= __n )); then break; fi
      __s=${__s:${#__t}+${#2}}
    done
    if (( ${#__uo[@]} < __n )); then __uo+=("$__s"); fi
  fi
  __ra=("${__uo[@]}")
}
"""

SPLIT_RE = r"""
__utah_split_re() {
  # Why: JS s.split(/re/, limit) with the regex translated to ERE; [[ =~ ]] finds
  # each match in the shell.  Capture groups are inserted as JS does.  A match is
  # located at the first occurrence of its text, which is exact for regexes
  # without anchors; ^ and $ are tested against the rest of the string.
  # Usage: __utah_split_re S ERE [LIMIT [NGROUPS]] -> __ra.  NGROUPS: how many
  # capture groups to insert (default all).
  local __s=$1 __re=$2 __n=4294967295 __g=999 __p=0 __q=0 __t __m __i __e __k
  local -a __uo=()
  if (( $# > 2 )); then __utah_to_uint32 "$3"; __n=$__r; fi
  if (( $# > 3 )); then __g=$4; fi
  if (( __n == 0 )); then __ra=(); return 0; fi
  if [[ -z $__s ]]; then
    if [[ $__s =~ $__re ]]; then __ra=(); else __ra=(""); fi
    return 0
  fi
  while (( __q < ${#__s} )); do
    __t=${__s:__q}
    if ! [[ $__t =~ $__re ]]; then break; fi
    __m=${BASH_REMATCH[0]}
    __t=${__t%%"$__m"*}
    __i=$(( __q + ${#__t} ))
    __e=$(( __i + ${#__m} ))
    if (( __i >= ${#__s} )); then break; fi
    if (( __e == __p )); then
      __q=$(( __i + 1 ))
      continue
    fi
    __uo+=("${__s:__p:__i-__p}")
    if (( ${#__uo[@]} >= __n )); then __ra=("${__uo[@]}"); return 0; fi
    for (( __k = 1; __k < ${#BASH_REMATCH[@]} && __k <= __g; __k++ )); do
      __uo+=("${BASH_REMATCH[__k]}")
      if (( ${#__uo[@]} >= __n )); then __ra=("${__uo[@]}"); return 0; fi
    done
    __p=$__e __q=$__e
    if (( __i == __e )); then __q=$(( __e + 1 )); fi
  done
  __uo+=("${__s:__p}")
  __ra=("${__uo[@]}")
}
"""

STR_CMP = r"""
__utah_str_cmp() {
  # Why: JS compares strings by code unit, but [[ < ]] follows the locale's
  # collation; with LC_ALL=C for the comparison the order is by bytes, which for
  # UTF-8 is code point order.
  # Usage: __utah_str_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  local LC_ALL=C
  case $1 in
    '<') [[ $2 < "$3" ]] ;;
    '>') [[ $2 > "$3" ]] ;;
    '<=') ! [[ $2 > "$3" ]] ;;
    '>=') ! [[ $2 < "$3" ]] ;;
    '==') [[ $2 == "$3" ]] ;;
    '!=') [[ $2 != "$3" ]] ;;
    *) return 2 ;;
  esac
}
"""

DEFINITIONS = [
    TRIM_START, TRIM_END, TRIM, CLAMP_POS, REL_POS, INDEX_OF, LAST_INDEX_OF,
    INCLUDES, STARTS_WITH, ENDS_WITH, SUBSTRING, SLICE, CHAR_AT, PAD, REPEAT,
    SUBST, REPLACE, REPLACE_ALL, UPPER, LOWER, SPLIT, SPLIT_RE, STR_CMP,
]
