"""Array helpers: JS array methods on bash indexed arrays passed by name.

The array argument is the *name* of the caller's array (read through a
``local -n`` reference, or ``${!name}`` for several arrays); it may be any name
that does not start with ``__u``, including ``__ra`` itself.  Array results go
to ``__ra``, scalars to ``__r``, predicates answer with the status.

* ``__utah_join NAME SEP`` -> ``__r`` (whole separator)
* ``__utah_string_of_array NAME`` -> ``__r`` (JS String(array): joined with ",")
* ``__utah_array_index_of NAME X [FROM]``, ``__utah_array_last_index_of NAME X [FROM]`` -> ``__r``
* ``__utah_array_includes NAME X``: status (also Utah's ``contains``)
* ``__utah_array_slice NAME [START [END]]``, ``__utah_array_reverse NAME``,
  ``__utah_array_sort NAME [asc|desc]``, ``__utah_array_unique NAME``,
  ``__utah_array_concat NAME...``, ``__utah_array_shuffle NAME`` -> ``__ra``
* ``__utah_array_splice NAME OUT START [COUNT [ITEM...]]`` -> ``__ra`` (NAME spliced),
  the array OUT (the removed elements)
"""

from .charsets import spelled

JOIN = r"""
__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char);
  # a null or undefined element (its marked text) joins as "".
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    case $__ua_e in $'\001null' | $'\001undefined') ;; *) __r+=$__ua_e ;; esac
  done
}
"""

STRING_OF_ARRAY = r"""
__utah_string_of_array() {
  # Why: JS String(array) when an array is interpolated: elements joined with ",".
  # Usage: __utah_string_of_array NAME -> __r.
  __utah_join "$1" ,
}
"""

INDEX_OF = r"""
__utah_array_index_of() {
  # Why: JS a.indexOf(x, from): the first whole element equal to x (a loop; no
  # pattern matching on the joined text).
  # Usage: __utah_array_index_of NAME X [FROM] -> __r (index, or -1).
  local -n __ua_in=$1
  local __ua_i=0 __ua_n=${#__ua_in[@]}
  if (( $# > 2 )); then __utah_rel_pos "$3" "$__ua_n"; __ua_i=$__r; fi
  for (( ; __ua_i < __ua_n; __ua_i++ )); do
    if [[ ${__ua_in[__ua_i]} == "$2" ]]; then __r=$__ua_i; return 0; fi
  done
  __r=-1
}
"""

LAST_INDEX_OF = r"""
__utah_array_last_index_of() {
  # Why: JS a.lastIndexOf(x, from): the last whole element equal to x.
  # Usage: __utah_array_last_index_of NAME X [FROM] -> __r (index, or -1).
  local -n __ua_in=$1
  local __ua_i=$(( ${#__ua_in[@]} - 1 ))
  if (( $# > 2 )); then
    __utah_to_int "$3"
    if (( __r < 0 )); then __r=$(( __r + ${#__ua_in[@]} )); fi
    if (( __r < __ua_i )); then __ua_i=$__r; fi
  fi
  for (( ; __ua_i >= 0; __ua_i-- )); do
    if [[ ${__ua_in[__ua_i]} == "$2" ]]; then __r=$__ua_i; return 0; fi
  done
  __r=-1
}
"""

INCLUDES = r"""
__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  local -n __ua_in=$1
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ $__ua_e == "$2" ]]; then return 0; fi
  done
  return 1
}
"""

SLICE = r"""
__utah_array_slice() {
  # Why: JS a.slice(start, end): negative positions count from the end.
  # Usage: __utah_array_slice NAME [START [END]] -> __ra.
  local -n __ua_in=$1
  local __ua_a=0 __ua_b=${#__ua_in[@]}
  if (( $# > 1 )); then __utah_rel_pos "$2" "$__ua_b"; __ua_a=$__r; fi
  if (( $# > 2 )); then __utah_rel_pos "$3" "${#__ua_in[@]}"; __ua_b=$__r; fi
  if (( __ua_b <= __ua_a )); then __ra=(); return 0; fi
  __ra=("${__ua_in[@]:__ua_a:__ua_b-__ua_a}")
}
"""

REVERSE = r"""
__utah_array_reverse() {
  # Why: JS a.reverse(); bash has no array reversal.
  # Usage: __utah_array_reverse NAME -> __ra (the caller writes it back).
  local -n __ua_in=$1
  local -a __ua_out=()
  local __ua_i
  for (( __ua_i = ${#__ua_in[@]} - 1; __ua_i >= 0; __ua_i-- )); do
    __ua_out+=("${__ua_in[__ua_i]}")
  done
  __ra=("${__ua_out[@]}")
}
"""

SORT = r"""
__utah_array_sort() {
  # Why: JS a.sort() (code unit order, never the locale's collation) and Utah's
  # numeric sort(a, "asc"|"desc"), as a stable bottom-up merge sort in the shell:
  # no sort process, elements may hold newlines.
  # Usage: __utah_array_sort NAME [asc|desc] -> __ra.
  local -n __ua_in=$1
  local -a __ua_a=("${__ua_in[@]}") __ua_b
  local __ua_mode=${2-} __ua_op='>' __ua_n=${#__ua_in[@]} __ua_w=1 __ua_i __ua_l __ua_m __ua_r __ua_e __ua_k
  local LC_ALL=C
  if [[ $__ua_mode == desc ]]; then __ua_op='<'; fi
  while (( __ua_w < __ua_n )); do
    __ua_b=()
    for (( __ua_i = 0; __ua_i < __ua_n; __ua_i += 2 * __ua_w )); do
      __ua_l=$__ua_i
      __ua_m=$(( __ua_i + __ua_w < __ua_n ? __ua_i + __ua_w : __ua_n ))
      __ua_e=$(( __ua_i + 2 * __ua_w < __ua_n ? __ua_i + 2 * __ua_w : __ua_n ))
      __ua_r=$__ua_m
      while (( __ua_l < __ua_m && __ua_r < __ua_e )); do
        __ua_k=0
        if [[ -z $__ua_mode ]]; then
          if [[ ${__ua_a[__ua_l]} > "${__ua_a[__ua_r]}" ]]; then __ua_k=1; fi
        elif __utah_num_cmp "$__ua_op" "${__ua_a[__ua_l]}" "${__ua_a[__ua_r]}"; then
          __ua_k=1
        fi
        if (( __ua_k )); then
          __ua_b+=("${__ua_a[__ua_r]}")
          __ua_r=$(( __ua_r + 1 ))
        else
          __ua_b+=("${__ua_a[__ua_l]}")
          __ua_l=$(( __ua_l + 1 ))
        fi
      done
      __ua_b+=("${__ua_a[@]:__ua_l:__ua_m-__ua_l}" "${__ua_a[@]:__ua_r:__ua_e-__ua_r}")
    done
    __ua_a=("${__ua_b[@]}")
    __ua_w=$(( __ua_w * 2 ))
  done
  __ra=("${__ua_a[@]}")
}
"""

SORT_NULLISH = r"""
__utah_array_sort_nullish() {
  # Why: JS a.sort() puts undefined elements last and sorts a null as the text
  # "null"; __utah_array_sort sorts the rest, a null as "null" and the mark (so
  # that it comes back). Used for arrays that may hold null or undefined.
  # Usage: __utah_array_sort_nullish NAME [asc|desc] -> __ra.
  local -n __un_in=$1
  local -a __un_a=()
  local __un_x __un_i __un_u=0
  for __un_x in "${__un_in[@]}"; do
    case $__un_x in
      $'\001undefined') __un_u=$(( __un_u + 1 )) ;;
      $'\001null') __un_a+=($'null\001') ;;
      *) __un_a+=("$__un_x") ;;
    esac
  done
  __utah_array_sort __un_a "${@:2}"
  for __un_i in "${!__ra[@]}"; do
    if [[ ${__ra[__un_i]} == $'null\001' ]]; then __ra[__un_i]=$'\001null'; fi
  done
  for (( __un_i = 0; __un_i < __un_u; __un_i++ )); do __ra+=($'\001undefined'); done
}
"""

UNIQUE = r"""
__utah_array_unique() {
  # Why: Utah's array.unique(a): drops repeated elements, keeping the first of
  # each, with an associative array (no sort | uniq).
  # Usage: __utah_array_unique NAME -> __ra.
  local -n __ua_in=$1
  local -A __ua_seen=()
  local -a __ua_out=()
  local __ua_e
  for __ua_e in "${__ua_in[@]}"; do
    if [[ -z ${__ua_seen["x$__ua_e"]-} ]]; then
      __ua_seen["x$__ua_e"]=1
      __ua_out+=("$__ua_e")
    fi
  done
  __ra=("${__ua_out[@]}")
}
"""

CONCAT = r"""
__utah_array_concat() {
  # Why: JS a.concat(b, ...) / Utah's array.merge(a, b) of arrays held by name.
  # Usage: __utah_array_concat NAME... -> __ra.
  local -a __ua_out=()
  local __ua_t
  for __ua_t; do
    __ua_t="${__ua_t}[@]"
    __ua_out+=("${!__ua_t}")
  done
  __ra=("${__ua_out[@]}")
}
"""

# ---------------------------------------------------------------- POSIX sh versions
# POSIX sh has no arrays: an array NAME is held as NAME__n (length) and NAME__0 ...
# NAME__{n-1}, read and written with eval of text the helper writes itself (names
# and indexes only; values are always referenced as $var, never spliced in).  A
# result goes to __ra (__ra__n, __ra__0, ...); NAME may be __ra itself.

JOIN_POSIX = spelled(r"""
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
    case $__uaj_e in @MARK@null | @MARK@undefined) ;; *) __r=$__r$__uaj_e ;; esac
    __uaj_i=$(( __uaj_i + 1 ))
  done
}
""")

INDEX_OF_POSIX = r"""
__utah_array_index_of() {
  # Why: JS a.indexOf(x, from): the first whole element equal to x (a loop; no
  # pattern matching on the joined text).
  # Usage: __utah_array_index_of NAME X [FROM] -> __r (index, or -1).
  __uai_n='' __uai_e=''  # set by eval below
  eval "__uai_n=\${$1__n:-0}"
  __uai_i=0
  if [ $# -gt 2 ]; then __utah_rel_pos "$3" "$__uai_n"; __uai_i=$__r; fi
  while [ "$__uai_i" -lt "$__uai_n" ]; do
    eval "__uai_e=\${$1__$__uai_i}"
    if [ "$__uai_e" = "$2" ]; then __r=$__uai_i; return 0; fi
    __uai_i=$(( __uai_i + 1 ))
  done
  __r=-1
}
"""

LAST_INDEX_OF_POSIX = r"""
__utah_array_last_index_of() {
  # Why: JS a.lastIndexOf(x, from): the last whole element equal to x.
  # Usage: __utah_array_last_index_of NAME X [FROM] -> __r (index, or -1).
  __ual_n='' __ual_e=''  # set by eval below
  eval "__ual_n=\${$1__n:-0}"
  __ual_i=$(( __ual_n - 1 ))
  if [ $# -gt 2 ]; then
    __utah_to_int "$3"
    if [ "$__r" -lt 0 ]; then __r=$(( __r + __ual_n )); fi
    if [ "$__r" -lt "$__ual_i" ]; then __ual_i=$__r; fi
  fi
  while [ "$__ual_i" -ge 0 ]; do
    eval "__ual_e=\${$1__$__ual_i}"
    if [ "$__ual_e" = "$2" ]; then __r=$__ual_i; return 0; fi
    __ual_i=$(( __ual_i - 1 ))
  done
  __r=-1
}
"""

INCLUDES_POSIX = r"""
__utah_array_includes() {
  # Why: JS a.includes(x) / Utah array.contains(a, x): whole-element equality.
  # Usage: __utah_array_includes NAME X -> status 0 when some element equals X.
  __uan_n='' __uan_e=''  # set by eval below
  eval "__uan_n=\${$1__n:-0}"
  __uan_i=0
  while [ "$__uan_i" -lt "$__uan_n" ]; do
    eval "__uan_e=\${$1__$__uan_i}"
    if [ "$__uan_e" = "$2" ]; then return 0; fi
    __uan_i=$(( __uan_i + 1 ))
  done
  return 1
}
"""

SLICE_POSIX = r"""
__utah_array_slice() {
  # Why: JS a.slice(start, end): negative positions count from the end.
  # Usage: __utah_array_slice NAME [START [END]] -> __ra.
  __uas_n=''  # set by eval below
  eval "__uas_n=\${$1__n:-0}"
  __uas_a=0 __uas_b=$__uas_n __uas_k=0
  if [ $# -gt 1 ]; then __utah_rel_pos "$2" "$__uas_n"; __uas_a=$__r; fi
  if [ $# -gt 2 ]; then __utah_rel_pos "$3" "$__uas_n"; __uas_b=$__r; fi
  while [ "$__uas_a" -lt "$__uas_b" ]; do
    eval "__ra__$__uas_k=\${$1__$__uas_a}"
    __uas_a=$(( __uas_a + 1 )) __uas_k=$(( __uas_k + 1 ))
  done
  __utah_ra_len "$__uas_k"
}
"""

REVERSE_POSIX = r"""
__utah_array_reverse() {
  # Why: JS a.reverse(); sh has no arrays, let alone a reversal.  Swaps from both
  # ends, so NAME may be __ra.
  # Usage: __utah_array_reverse NAME -> __ra (the caller writes it back).
  __uar_n='' __uar_x=''  # set by eval below
  eval "__uar_n=\${$1__n:-0}"
  __uar_i=0 __uar_j=$(( __uar_n - 1 ))
  while [ "$__uar_i" -le "$__uar_j" ]; do
    eval "__uar_x=\${$1__$__uar_i} __uar_y=\${$1__$__uar_j}"
    eval "__ra__$__uar_i=\$__uar_y __ra__$__uar_j=\$__uar_x"
    __uar_i=$(( __uar_i + 1 )) __uar_j=$(( __uar_j - 1 ))
  done
  __utah_ra_len "$__uar_n"
}
"""

SORT_POSIX = r"""
__utah_array_sort() {
  # Why: JS a.sort() (code unit order, never the locale's collation) and Utah's
  # numeric sort(a, "asc"|"desc"), as a stable bottom-up merge sort in the shell:
  # no sort process, elements may hold newlines.  Runs alternate between the
  # scratch arrays __uso_a and __uso_b.
  # Usage: __utah_array_sort NAME [asc|desc] -> __ra.
  __uso_n='' __uso_x='' __uso_y=''  # set by eval below
  eval "__uso_n=\${$1__n:-0}"
  __uso_m=${2-} __uso_op='>' __uso_i=0 __uso_w=1 __uso_s=__uso_a __uso_d=__uso_b
  if [ "$__uso_m" = desc ]; then __uso_op='<'; fi
  while [ "$__uso_i" -lt "$__uso_n" ]; do
    eval "__uso_a__$__uso_i=\${$1__$__uso_i}"
    __uso_i=$(( __uso_i + 1 ))
  done
  while [ "$__uso_w" -lt "$__uso_n" ]; do
    __uso_i=0 __uso_o=0
    while [ "$__uso_i" -lt "$__uso_n" ]; do
      __uso_l=$__uso_i
      __uso_h=$(( __uso_i + __uso_w < __uso_n ? __uso_i + __uso_w : __uso_n ))
      __uso_r=$__uso_h
      __uso_e=$(( __uso_i + 2 * __uso_w < __uso_n ? __uso_i + 2 * __uso_w : __uso_n ))
      while [ "$__uso_l" -lt "$__uso_h" ] || [ "$__uso_r" -lt "$__uso_e" ]; do
        __uso_k=0
        if [ "$__uso_l" -ge "$__uso_h" ]; then
          __uso_k=1
        elif [ "$__uso_r" -lt "$__uso_e" ]; then
          eval "__uso_x=\${${__uso_s}__$__uso_l} __uso_y=\${${__uso_s}__$__uso_r}"
          if [ -z "$__uso_m" ]; then
            if __utah_str_cmp '>' "$__uso_x" "$__uso_y"; then __uso_k=1; fi
          elif __utah_num_cmp "$__uso_op" "$__uso_x" "$__uso_y"; then
            __uso_k=1
          fi
        fi
        if [ "$__uso_k" -eq 1 ]; then
          eval "${__uso_d}__$__uso_o=\${${__uso_s}__$__uso_r}"
          __uso_r=$(( __uso_r + 1 ))
        else
          eval "${__uso_d}__$__uso_o=\${${__uso_s}__$__uso_l}"
          __uso_l=$(( __uso_l + 1 ))
        fi
        __uso_o=$(( __uso_o + 1 ))
      done
      __uso_i=$(( __uso_i + 2 * __uso_w ))
    done
    __uso_t=$__uso_s __uso_s=$__uso_d __uso_d=$__uso_t
    __uso_w=$(( __uso_w * 2 ))
  done
  __uso_i=0
  while [ "$__uso_i" -lt "$__uso_n" ]; do
    eval "__ra__$__uso_i=\${${__uso_s}__$__uso_i}"
    __uso_i=$(( __uso_i + 1 ))
  done
  __utah_ra_len "$__uso_n"
}
"""

SORT_NULLISH_POSIX = spelled(r"""
__utah_array_sort_nullish() {
  # Why: JS a.sort() puts undefined elements last and sorts a null as the text
  # "null"; __utah_array_sort sorts the rest (in the scratch array __usn_a), a
  # null as "null" and the mark (so that it comes back). Used for arrays that
  # may hold null or undefined.
  # Usage: __utah_array_sort_nullish NAME [asc|desc] -> __ra.
  __usn_n='' __usn_x=''  # set by eval below
  eval "__usn_n=\${$1__n:-0}"
  __usn_i=0 __usn_o=0 __usn_u=0
  while [ "$__usn_i" -lt "$__usn_n" ]; do
    eval "__usn_x=\${$1__$__usn_i}"
    case $__usn_x in
      @MARK@undefined) __usn_u=$(( __usn_u + 1 )) ;;
      @MARK@null) eval "__usn_a__$__usn_o=null@MARK@"; __usn_o=$(( __usn_o + 1 )) ;;
      *) eval "__usn_a__$__usn_o=\$__usn_x"; __usn_o=$(( __usn_o + 1 )) ;;
    esac
    __usn_i=$(( __usn_i + 1 ))
  done
  __usn_a__n=$__usn_o
  shift
  __utah_array_sort __usn_a "$@"
  __usn_i=0
  while [ "$__usn_i" -lt "$__usn_o" ]; do
    eval "__usn_x=\$__ra__$__usn_i"
    case $__usn_x in
      null@MARK@) eval "__ra__$__usn_i=@MARK@null" ;;
    esac
    __usn_i=$(( __usn_i + 1 ))
  done
  while [ "$__usn_u" -gt 0 ]; do
    eval "__ra__$__usn_i=@MARK@undefined"
    __usn_i=$(( __usn_i + 1 )) __usn_u=$(( __usn_u - 1 ))
  done
  __utah_ra_len "$__usn_i"
}
""")

UNIQUE_POSIX = r"""
__utah_array_unique() {
  # Why: Utah's array.unique(a): drops repeated elements, keeping the first of
  # each (no sort | uniq; sh has no associative array, so each element is looked
  # up among those kept).
  # Usage: __utah_array_unique NAME -> __ra.
  __uau_n='' __uau_e='' __uau_x=''  # set by eval below
  eval "__uau_n=\${$1__n:-0}"
  __uau_i=0 __uau_k=0
  while [ "$__uau_i" -lt "$__uau_n" ]; do
    eval "__uau_e=\${$1__$__uau_i}"
    __uau_j=0
    while [ "$__uau_j" -lt "$__uau_k" ]; do
      eval "__uau_x=\$__ra__$__uau_j"
      if [ "$__uau_x" = "$__uau_e" ]; then break; fi
      __uau_j=$(( __uau_j + 1 ))
    done
    if [ "$__uau_j" -eq "$__uau_k" ]; then
      eval "__ra__$__uau_k=\$__uau_e"
      __uau_k=$(( __uau_k + 1 ))
    fi
    __uau_i=$(( __uau_i + 1 ))
  done
  __utah_ra_len "$__uau_k"
}
"""

CONCAT_POSIX = r"""
__utah_array_concat() {
  # Why: JS a.concat(b, ...) / Utah's array.merge(a, b) of arrays held by name;
  # collected in __uac first, since a NAME may be __ra.
  # Usage: __utah_array_concat NAME... -> __ra.
  __uac_n=''  # set by eval below
  __uac_k=0
  for __uac_t in "$@"; do
    eval "__uac_n=\${${__uac_t}__n:-0}"
    __uac_i=0
    while [ "$__uac_i" -lt "$__uac_n" ]; do
      eval "__uac__$__uac_k=\${${__uac_t}__$__uac_i}"
      __uac_i=$(( __uac_i + 1 )) __uac_k=$(( __uac_k + 1 ))
    done
  done
  __uac_i=0
  while [ "$__uac_i" -lt "$__uac_k" ]; do
    eval "__ra__$__uac_i=\$__uac__$__uac_i"
    __uac_i=$(( __uac_i + 1 ))
  done
  __utah_ra_len "$__uac_k"
}
"""

RA_LEN = r"""
__utah_ra_len() {
  # Why: the POSIX target's array result __ra ends at __ra__n; elements past the
  # length are unset (the posix array convention), the bash array is cut.
  # Usage: __utah_ra_len N -> __ra has length N.
  __ra=("${__ra[@]:0:$1}")
}
"""

RA_LEN_POSIX = r"""
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
"""


SPLICE = r"""
__utah_array_splice() {
  # Why: JS a.splice(start, count, ...items): a negative START counts from the end,
  # no COUNT removes the rest.  Two results: the removed elements go to the array
  # named OUT, the spliced array to __ra (the caller writes it back to NAME).
  # Usage: __utah_array_splice NAME OUT START [COUNT [ITEM...]] -> OUT, __ra.
  local -n __ua_in=$1 __ua_rm=$2
  local __ua_s __ua_d
  __utah_rel_pos "$3" "${#__ua_in[@]}"
  __ua_s=$__r __ua_d=$(( ${#__ua_in[@]} - __r ))
  if (( $# > 3 )); then
    __utah_to_int "$4"
    if (( __r < __ua_d )); then __ua_d=$(( __r < 0 ? 0 : __r )); fi
  fi
  __ua_rm=("${__ua_in[@]:__ua_s:__ua_d}")
  __ra=("${__ua_in[@]:0:__ua_s}" "${@:5}" "${__ua_in[@]:__ua_s+__ua_d}")
}
"""

SHUFFLE = r"""
__utah_array_shuffle() {
  # Why: Utah's array.shuffle(a): a shuffled copy (Fisher-Yates with $RANDOM; no
  # shuf process, elements may hold newlines).
  # Usage: __utah_array_shuffle NAME -> __ra.
  local -n __ua_in=$1
  local -a __ua_out=("${__ua_in[@]}")
  local __ua_i __ua_j __ua_x
  for (( __ua_i = ${#__ua_out[@]} - 1; __ua_i > 0; __ua_i-- )); do
    __ua_j=$(( ((RANDOM << 15) | RANDOM) % (__ua_i + 1) ))
    __ua_x=${__ua_out[__ua_i]}
    __ua_out[__ua_i]=${__ua_out[__ua_j]}
    __ua_out[__ua_j]=$__ua_x
  done
  __ra=("${__ua_out[@]}")
}
"""

SPLICE_POSIX = r"""
__utah_array_splice() {
  # Why: JS a.splice(start, count, ...items): a negative START counts from the end,
  # no COUNT removes the rest.  Two results: the removed elements go to the array
  # named OUT, the spliced array to __ra (the caller writes it back to NAME); it is
  # built in __uspl first, since NAME may be __ra.
  # Usage: __utah_array_splice NAME OUT START [COUNT [ITEM...]] -> OUT, __ra.
  __uspl_n=''  # set by eval below
  __uspl_a=$1 __uspl_o=$2
  eval "__uspl_n=\${$1__n:-0}"
  __utah_rel_pos "$3" "$__uspl_n"
  __uspl_s=$__r __uspl_e=$__uspl_n
  if [ $# -gt 3 ]; then
    __utah_to_int "$4"
    if [ "$__r" -lt $(( __uspl_n - __uspl_s )) ]; then
      __uspl_e=$(( __uspl_s + (__r < 0 ? 0 : __r) ))
    fi
    shift
  fi
  shift 3
  __utah_aclear "$__uspl_o"
  eval "${__uspl_o}__n=$(( __uspl_e - __uspl_s ))"
  __uspl_i=0 __uspl_k=0
  while [ "$__uspl_i" -le "$__uspl_n" ]; do
    if [ "$__uspl_i" -eq "$__uspl_s" ]; then
      for __uspl_v in "$@"; do
        eval "__uspl__$__uspl_k=\$__uspl_v"
        __uspl_k=$(( __uspl_k + 1 ))
      done
    fi
    if [ "$__uspl_i" -eq "$__uspl_n" ]; then
      break
    elif [ "$__uspl_i" -ge "$__uspl_s" ] && [ "$__uspl_i" -lt "$__uspl_e" ]; then
      eval "${__uspl_o}__$(( __uspl_i - __uspl_s ))=\${${__uspl_a}__$__uspl_i}"
    else
      eval "__uspl__$__uspl_k=\${${__uspl_a}__$__uspl_i}"
      __uspl_k=$(( __uspl_k + 1 ))
    fi
    __uspl_i=$(( __uspl_i + 1 ))
  done
  __uspl_i=0
  while [ "$__uspl_i" -lt "$__uspl_k" ]; do
    eval "__ra__$__uspl_i=\$__uspl__$__uspl_i"
    __uspl_i=$(( __uspl_i + 1 ))
  done
  __utah_ra_len "$__uspl_k"
}
"""

SHUFFLE_POSIX = r"""
__utah_array_shuffle() {
  # Why: Utah's array.shuffle(a): a shuffled copy (Fisher-Yates; no shuf process).
  # POSIX sh has no $RANDOM: each index comes from the digits of __utah_math random
  # (a generator in $(( ))).  Swaps inside __ra, so NAME may be __ra.
  # Usage: __utah_array_shuffle NAME -> __ra.
  __ush_n='' __ush_x='' __ush_y=''  # set by eval below
  eval "__ush_n=\${$1__n:-0}"
  __ush_i=0
  while [ "$__ush_i" -lt "$__ush_n" ]; do
    eval "__ra__$__ush_i=\${$1__$__ush_i}"
    __ush_i=$(( __ush_i + 1 ))
  done
  __utah_ra_len "$__ush_n"
  while [ "$__ush_i" -gt 1 ]; do
    __ush_i=$(( __ush_i - 1 ))
    __utah_math random
    __ush_j=${__r#0.}000000000
    __ush_j=${__ush_j%"${__ush_j#?????????}"}
    __ush_j=${__ush_j#"${__ush_j%%[!0]*}"}
    __ush_j=$(( ${__ush_j:-0} % (__ush_i + 1) ))
    eval "__ush_x=\$__ra__$__ush_i __ush_y=\$__ra__$__ush_j"
    eval "__ra__$__ush_i=\$__ush_y __ra__$__ush_j=\$__ush_x"
  done
}
"""

DEFINITIONS = [
    (RA_LEN, RA_LEN_POSIX), (JOIN, JOIN_POSIX), (STRING_OF_ARRAY, STRING_OF_ARRAY), (INDEX_OF, INDEX_OF_POSIX),
    (LAST_INDEX_OF, LAST_INDEX_OF_POSIX), (INCLUDES, INCLUDES_POSIX), (SLICE, SLICE_POSIX),
    (REVERSE, REVERSE_POSIX), (SORT, SORT_POSIX), (SORT_NULLISH, SORT_NULLISH_POSIX),
    (UNIQUE, UNIQUE_POSIX), (CONCAT, CONCAT_POSIX),
    (SPLICE, SPLICE_POSIX), (SHUFFLE, SHUFFLE_POSIX),
]
