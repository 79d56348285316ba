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

from .charsets import spelled

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

# ---------------------------------------------------------------- POSIX sh versions
# Same calling conventions and results, with `?` patterns instead of ${s:i:n} and
# prefix/suffix removal of quoted text instead of ${s//a/b}.  Positions and lengths
# count what the shell counts: characters in a UTF-8 locale on bash, zsh, ksh93,
# yash and mksh, bytes on dash and posh (busybox ash counts characters in ${#s} but
# matches bytes with `?`).  ASCII text is exact everywhere; operations that only
# match and join whole substrings (trim, split and replace with a non-empty search,
# includes/startsWith/endsWith without a position, case mapping, comparison) are
# exact for any UTF-8 text on every shell.  The text before a search string SUB is
# ${s%"$SUB$after"} with after=${s#*"$SUB"}, not ${s%%"$SUB"*}: posh matches no
# ${v#...} / ${v%...} pattern where `*`, `?` or `[` follows a quoted part, and
# no ${1#...} whose pattern expands a positional parameter such as "$2".

TRIM_START_POSIX = spelled(r"""
__utah_trim_start() {
  # Why: JS s.trimStart() without sed: strips leading whitespace (space, tab,
  # newline, VT, FF, CR: posh has no [[:space:]], so the set is spelled out).
  # Usage: __utah_trim_start S -> __r.
  __uts_w=@SPACE@
  __r=${1#"${1%%[!$__uts_w]*}"}
}
""")

TRIM_END_POSIX = spelled(r"""
__utah_trim_end() {
  # Why: JS s.trimEnd() without sed: strips trailing whitespace (the set of
  # __utah_trim_start).
  # Usage: __utah_trim_end S -> __r.
  __ute_w=@SPACE@
  __r=${1%"${1##*[!$__ute_w]}"}
}
""")

QMARKS = r"""
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
"""

CUT = r"""
__utah_cut() {
  # Why: ${s:start:len} for the POSIX target (its sh has no substring expansion).
  # Usage: __utah_cut S START [LEN] -> __r (START, LEN >= 0).
  __r=${1:$2:${3-${#1}}}
}
"""

CUT_POSIX = r"""
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
"""

CLAMP_POS_POSIX = r"""
__utah_clamp_pos() {
  # Why: JS position arguments (indexOf from, substring, startsWith...) are
  # ToIntegerOrInfinity clamped to 0..length.
  # Usage: __utah_clamp_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}
"""

REL_POS_POSIX = r"""
__utah_rel_pos() {
  # Why: JS slice-style positions: a negative X counts from the end (LEN + X),
  # then the result is clamped to 0..LEN.
  # Usage: __utah_rel_pos X LEN -> __r.
  __utah_to_int "$1"
  if [ "$__r" -lt 0 ]; then __r=$(( __r + $2 )); fi
  if [ "$__r" -lt 0 ]; then __r=0; elif [ "$__r" -gt "$2" ]; then __r=$2; fi
}
"""

INDEX_OF_POSIX = r"""
__utah_str_index_of() {
  # Why: JS s.indexOf(sub, from) by parameter expansion (no grep, no awk).
  # Usage: __utah_str_index_of S SUB [FROM] -> __r (index, or -1).
  __usi_p=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; __usi_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usi_p; return 0; fi
  __utah_cut "$1" "$__usi_p"
  __usi_t=${__r#*"$2"}
  if [ "$__usi_t" = "$__r" ]; then __r=-1; else __r=$(( __usi_p + ${#__r} - ${#__usi_t} - ${#2} )); fi
}
"""

LAST_INDEX_OF_POSIX = r"""
__utah_str_last_index_of() {
  # Why: JS s.lastIndexOf(sub, from) by parameter expansion.
  # Usage: __utah_str_last_index_of S SUB [FROM] -> __r (index, or -1).
  __usl_p=${#1}
  if [ $# -gt 2 ] && [ "$3" != NaN ]; then __utah_clamp_pos "$3" ${#1}; __usl_p=$__r; fi
  if [ -z "$2" ]; then __r=$__usl_p; return 0; fi
  __utah_cut "$1" 0 $(( __usl_p + ${#2} ))
  __usl_t=${__r##*"$2"}
  if [ "$__usl_t" = "$__r" ]; then __r=-1; else __r=$(( ${#__r} - ${#__usl_t} - ${#2} )); fi
}
"""

INCLUDES_POSIX = r"""
__utah_str_includes() {
  # Why: JS s.includes(sub, from) as a status, with sub matched literally.
  # Usage: __utah_str_includes S SUB [FROM] -> status 0 when found.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in *"$2"*) return 0 ;; esac
  return 1
}
"""

STARTS_WITH_POSIX = r"""
__utah_str_starts_with() {
  # Why: JS s.startsWith(p, pos) as a status, with p matched literally.
  # Usage: __utah_str_starts_with S P [POS] -> status 0 when true.
  __r=0
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" "$__r"
  case $__r in "$2"*) return 0 ;; esac
  return 1
}
"""

ENDS_WITH_POSIX = r"""
__utah_str_ends_with() {
  # Why: JS s.endsWith(p, end) as a status, with p matched literally.
  # Usage: __utah_str_ends_with S P [END] -> status 0 when true.
  __r=${#1}
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; fi
  __utah_cut "$1" 0 "$__r"
  case $__r in *"$2") return 0 ;; esac
  return 1
}
"""

SUBSTRING_POSIX = r"""
__utah_substring() {
  # Why: JS s.substring(a, b): positions clamped to 0..length, NaN -> 0, swapped
  # when a > b.
  # Usage: __utah_substring S START [END] -> __r.
  __uss_b=${#1}
  __utah_clamp_pos "$2" ${#1}
  __uss_a=$__r
  if [ $# -gt 2 ]; then __utah_clamp_pos "$3" ${#1}; __uss_b=$__r; fi
  if [ "$__uss_a" -gt "$__uss_b" ]; then __r=$__uss_a __uss_a=$__uss_b __uss_b=$__r; fi
  __utah_cut "$1" "$__uss_a" $(( __uss_b - __uss_a ))
}
"""

SLICE_POSIX = r"""
__utah_str_slice() {
  # Why: JS s.slice(a, b): negative positions count from the end, empty when b <= a.
  # Usage: __utah_str_slice S START [END] -> __r.
  __usc_b=${#1}
  __utah_rel_pos "$2" ${#1}
  __usc_a=$__r
  if [ $# -gt 2 ]; then __utah_rel_pos "$3" ${#1}; __usc_b=$__r; fi
  if [ "$__usc_b" -le "$__usc_a" ]; then __r=; else __utah_cut "$1" "$__usc_a" $(( __usc_b - __usc_a )); fi
}
"""

CHAR_AT_POSIX = r"""
__utah_char_at() {
  # Why: JS s.charAt(i): "" outside 0..length-1.
  # Usage: __utah_char_at S I -> __r.
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$__r" -ge ${#1} ]; then __r=; else __utah_cut "$1" "$__r" 1; fi
}
"""

PAD_POSIX = r"""
__utah_pad() {
  # Why: JS s.padStart / s.padEnd(len, fill): the fill repeats and is cut to fit.
  # Usage: __utah_pad start|end S LEN [FILL] -> __r (FILL defaults to one space).
  __upd_f=${4- }
  __utah_to_int "$3"
  __upd_n=$(( __r - ${#2} ))
  if [ "$__upd_n" -le 0 ] || [ -z "$__upd_f" ]; then __r=$2; return 0; fi
  while [ ${#__upd_f} -lt "$__upd_n" ]; do __upd_f=$__upd_f$__upd_f; done
  __utah_cut "$__upd_f" 0 "$__upd_n"
  if [ "$1" = start ]; then __r=$__r$2; else __r=$2$__r; fi
}
"""

REPEAT_POSIX = r"""
__utah_str_repeat() {
  # Why: JS s.repeat(n) by doubling (no printf/seq loop per copy).
  # Usage: __utah_str_repeat S N -> __r; N < 0 or Infinity sets __err, status 1.
  __urp_s=$1
  __utah_to_int "$2"
  if [ "$__r" -lt 0 ] || [ "$2" = Infinity ]; then
    __err="Invalid count value: $2"
    return 1
  fi
  __urp_n=$__r __r=
  while [ "$__urp_n" -gt 0 ]; do
    if [ $(( __urp_n % 2 )) -eq 1 ]; then __r=$__r$__urp_s; fi
    __urp_n=$(( __urp_n / 2 ))
    if [ "$__urp_n" -gt 0 ]; then __urp_s=$__urp_s$__urp_s; fi
  done
}
"""

SUBST_POSIX = r"""
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
"""

REPLACE_POSIX = r"""
__utah_replace() {
  # Why: JS s.replace(str, rep): first occurrence of literal text, JS $-patterns in
  # rep; built by concatenation, immune to glob characters.
  # Usage: __utah_replace S SEARCH REPLACEMENT -> __r.
  __urr_s=$1 __urr_m=$3
  __urr_a=${__urr_s#*"$2"}
  if [ -n "$2" ] && [ "$__urr_a" = "$1" ]; then __r=$1; return 0; fi
  __urr_b=${__urr_s%"$2$__urr_a"}
  case $__urr_m in *\$*) __utah_subst "$__urr_m" "$2" "$__urr_b" "$__urr_a"; __urr_m=$__r ;; esac
  __r=$__urr_b$__urr_m$__urr_a
}
"""

REPLACE_ALL_POSIX = r"""
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
"""

CASE_MAP = r"""
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
"""

CASE_MAP_BASH = r"""
__utah_case_map() {
  # Why: JS toUpperCase / toLowerCase (the POSIX version maps ASCII and Latin-1).
  # Usage: __utah_case_map S upper|lower -> __r.
  if [ "$2" = upper ]; then __r=${1^^}; else __r=${1,,}; fi
}
"""

UPPER_POSIX = r"""
__utah_upper() {
  # Why: JS s.toUpperCase() (POSIX sh has no ${s^^}).
  # Usage: __utah_upper S -> __r.
  __utah_case_map "$1" upper
}
"""

LOWER_POSIX = r"""
__utah_lower() {
  # Why: JS s.toLowerCase() (POSIX sh has no ${s,,}).
  # Usage: __utah_lower S -> __r.
  __utah_case_map "$1" lower
}
"""

SPLIT_POSIX = r"""
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
"""

SPLIT_RE_POSIX = r"""
__utah_split_re() {
  # Why: JS s.split(/re/, limit) with the regex translated to ERE.  POSIX sh has
  # no regex matching, so one awk finds the matches (leftmost-longest, like the
  # bash version) and prints the pieces after a separator character that does not
  # occur in S; the shell splits that text.  Capture groups are not inserted on
  # this target (POSIX awk's match() does not report them).
  # Usage: __utah_split_re S ERE [LIMIT [NGROUPS]] -> __ra.
  __usr_n=4294967295 __usr_k=0
  if [ $# -gt 2 ]; then __utah_to_uint32 "$3"; __usr_n=$__r; fi
  __utah_ra_len 0
  if [ "$__usr_n" -eq 0 ]; then return 0; fi
  __usr_o=$(__usr_s=$1 __usr_re=$2 awk -v n="$__usr_n" 'BEGIN {
  s = ENVIRON["__usr_s"]; re = ENVIRON["__usr_re"]
  for (c = 31; c > 1; c--) if (index(s, sprintf("%c", c)) == 0) break
  d = sprintf("%c", c); printf "%s", d
  if (s == "") { if (!match(s, re)) printf "%s", d; exit }
  p = 0; q = 0; k = 0; z = length(s)
  while (q < z) {
    if (!match(substr(s, q + 1), re)) break
    i = q + RSTART - 1; e = i + RLENGTH
    if (i >= z) break
    if (e == p) { q = i + 1; continue }
    printf "%s%s", substr(s, p + 1, i - p), d
    if (++k >= n) exit
    p = e; q = e
    if (i == e) q = e + 1
  }
  printf "%s%s", substr(s, p + 1), d
}')
  __usr_d=${__usr_o#?}
  __usr_d=${__usr_o%"$__usr_d"}
  __usr_o=${__usr_o#?}
  while [ -n "$__usr_o" ]; do
    __usr_a=${__usr_o#*"$__usr_d"}
    __usr_t=${__usr_o%"$__usr_d$__usr_a"}
    eval "__ra__$__usr_k=\$__usr_t"
    __usr_o=$__usr_a __usr_k=$(( __usr_k + 1 ))
  done
  __utah_ra_len "$__usr_k"
}
"""

STR_CMP_POSIX = r"""
__utah_str_cmp() {
  # Why: JS compares strings by code unit; POSIX test has no string order (and
  # [ < ] where it exists follows the locale).  The common prefix is skipped, then
  # the first differing characters are ranked in a table of ASCII; other characters
  # by printf's character code (one process, only for such characters): UTF-8 byte
  # order and code point order agree.
  # Usage: __utah_str_cmp OP A B (OP: < <= > >= == !=) -> status 0 when true.
  __usc_a=$2 __usc_b=$3 __usc_c=0
  if [ "$__usc_a" != "$__usc_b" ]; then
    while :; do
      __usc_x=${__usc_a#?} __usc_y=${__usc_b#?}
      __usc_x=${__usc_a%"$__usc_x"} __usc_y=${__usc_b%"$__usc_y"}
      if [ "$__usc_x" != "$__usc_y" ]; then break; fi
      __usc_a=${__usc_a#?} __usc_b=${__usc_b#?}
    done
    __usc_t='	
 !"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~'
    __usc_i=${__usc_t#*"$__usc_x"} __usc_j=${__usc_t#*"$__usc_y"}
    if [ -z "$__usc_x" ]; then
      __usc_c=-1
    elif [ -z "$__usc_y" ]; then
      __usc_c=1
    elif [ "$__usc_i" = "$__usc_t" ] || [ "$__usc_j" = "$__usc_t" ]; then
      __usc_i=$(printf %d "'$__usc_x") __usc_j=$(printf %d "'$__usc_y")
      __usc_c=$(( __usc_i < __usc_j ? -1 : 1 ))
    else
      __usc_c=$(( ${#__usc_i} > ${#__usc_j} ? -1 : 1 ))
    fi
  fi
  case $1 in
    '<') [ "$__usc_c" -lt 0 ] ;;
    '>') [ "$__usc_c" -gt 0 ] ;;
    '<=') [ "$__usc_c" -le 0 ] ;;
    '>=') [ "$__usc_c" -ge 0 ] ;;
    '==') [ "$__usc_c" -eq 0 ] ;;
    '!=') [ "$__usc_c" -ne 0 ] ;;
    *) return 2 ;;
  esac
}
"""

REPLACE_RE = r"""
__utah_replace_re() {
  # Why: JS s.replace(/re/, rep) and the g flag, with an ERE via bash [[ =~ ]], no
  # process. A match is placed at the first occurrence of its text in what is left
  # (as __utah_split_re does); JS $-patterns in rep work.
  # Usage: __utah_replace_re S ERE REPLACEMENT [g] -> __r.
  local __urr_rest=$1 __urr_pre='' __urr_out='' __urr_m __urr_b __urr_rep
  while [[ $__urr_rest =~ $2 ]]; do
    __urr_m=${BASH_REMATCH[0]}
    __urr_b=''
    if [[ -n $__urr_m ]]; then __urr_b=${__urr_rest%%"$__urr_m"*}; fi
    __urr_rep=$3
    if [[ $__urr_rep == *'$'* ]]; then
      __utah_subst "$__urr_rep" "$__urr_m" "$__urr_pre$__urr_b" "${__urr_rest:${#__urr_b}+${#__urr_m}}"
      __urr_rep=$__r
    fi
    __urr_out+=$__urr_b$__urr_rep
    __urr_pre+=$__urr_b$__urr_m
    __urr_rest=${__urr_rest:${#__urr_b}+${#__urr_m}}
    if [[ -z $__urr_m ]]; then
      [[ -n $__urr_rest ]] || break
      __urr_out+=${__urr_rest:0:1} __urr_pre+=${__urr_rest:0:1} __urr_rest=${__urr_rest:1}
    fi
    [[ ${4-} == g ]] || break
  done
  __r=$__urr_out$__urr_rest
}
"""

REPLACE_RE_POSIX = r"""
__utah_replace_re() {
  # Why: JS s.replace(/re/, rep) and the g flag: POSIX sh cannot match a regular
  # expression, so one awk does the whole replacement (values pass through the
  # environment, which awk does not unescape).
  # Usage: __utah_replace_re S ERE REPLACEMENT [g] -> __r.
  __r=$(__urr_s=$1 __urr_re=$2 __urr_rep=$3 __urr_g=${4-} awk 'BEGIN {
    s = ENVIRON["__urr_s"]; re = ENVIRON["__urr_re"]; rep = ENVIRON["__urr_rep"]
    out = ""; pre = ""; done = 0
    while (!done && match(s, re)) {
      b = substr(s, 1, RSTART - 1); m = substr(s, RSTART, RLENGTH); a = substr(s, RSTART + RLENGTH)
      r = ""; t = rep; i = index(t, "$")
      while (i > 0) {
        r = r substr(t, 1, i - 1); c = substr(t, i + 1, 1); t = substr(t, i + 2)
        if (c == "$") r = r "$"
        else if (c == "&") r = r m
        else if (c == "`") r = r pre b
        else if (c == "\047") r = r a
        else { r = r "$"; t = c t }
        i = index(t, "$")
      }
      out = out b r t; pre = pre b m; s = a
      if (RLENGTH == 0) {
        if (s == "") done = 1
        else { out = out substr(s, 1, 1); pre = pre substr(s, 1, 1); s = substr(s, 2) }
      }
      if (ENVIRON["__urr_g"] != "g") done = 1
    }
    printf "%s.", out s
  }')
  __r=${__r%.}
}
"""


DEFINITIONS = [
    (TRIM_START, TRIM_START_POSIX), (TRIM_END, TRIM_END_POSIX), (TRIM, TRIM), (CLAMP_POS, CLAMP_POS_POSIX),
    (REL_POS, REL_POS_POSIX), (INDEX_OF, INDEX_OF_POSIX), (LAST_INDEX_OF, LAST_INDEX_OF_POSIX),
    (INCLUDES, INCLUDES_POSIX), (STARTS_WITH, STARTS_WITH_POSIX), (ENDS_WITH, ENDS_WITH_POSIX),
    (SUBSTRING, SUBSTRING_POSIX), (SLICE, SLICE_POSIX), (CHAR_AT, CHAR_AT_POSIX), (PAD, PAD_POSIX),
    (REPEAT, REPEAT_POSIX), (SUBST, SUBST_POSIX), (REPLACE, REPLACE_POSIX),
    (REPLACE_ALL, REPLACE_ALL_POSIX), (UPPER, UPPER_POSIX), (LOWER, LOWER_POSIX), (SPLIT, SPLIT_POSIX),
    (SPLIT_RE, SPLIT_RE_POSIX), (STR_CMP, STR_CMP_POSIX), (QMARKS, QMARKS), (CUT, CUT_POSIX),
    (CASE_MAP_BASH, CASE_MAP), (REPLACE_RE, REPLACE_RE_POSIX),
]
