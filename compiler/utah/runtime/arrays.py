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
  ``__utah_array_concat NAME...`` -> ``__ra``
"""

JOIN = r"""
__utah_join() {
  # Why: JS a.join(sep) with the whole separator ("${a[*]}" joins by one IFS char).
  # Usage: __utah_join NAME SEP -> __r.
  local -n __ua_in=$1
  local __ua_e __ua_i=0
  __r=
  for __ua_e in "${__ua_in[@]}"; do
    if (( __ua_i++ )); then __r+=$2; fi
    __r+=$__ua_e
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

DEFINITIONS = [
    JOIN, STRING_OF_ARRAY, INDEX_OF, LAST_INDEX_OF, INCLUDES, SLICE, REVERSE,
    SORT, UNIQUE, CONCAT,
]
