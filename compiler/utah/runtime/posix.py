"""POSIX-only plumbing helpers: arrays and function locals without bash features.

The posix printer (printer/posix.py) writes calls to these; it adds to a program the
ones its text uses (``used_in``), so they are not in the ``HELPERS`` table.

Array convention of the posix target (run-time helpers with array arguments follow it):
an array NAME is the variable ``NAME__n`` (its length) and the variables ``NAME__0`` …
``NAME__{n-1}`` (its elements); an element past the length is always unset. Helpers
reach an array by its name through ``eval``, and eval text only ever contains names
the compiler wrote and references like ``\\$__x``, never a value.

Functions have no locals in POSIX sh: a function with locals saves their values (and
whether they were set) on a stack (``__us_n``, ``__us_1`` …) before its body runs and
restores them afterwards, so that recursion works. Helpers use globals with a prefix of
their own; none of them calls user code, so they are reentrant enough.
"""
from __future__ import annotations

from .. import patterns

from .charsets import spelled

SAVE = r"""
__utah_save() {
  # Why: POSIX sh has no `local`; a function saves the variables it uses as locals.
  # Usage: __utah_save NAME... -> pushes each variable's value (or that it is unset).
  for __us_name in "$@"; do
    __us_n=$((${__us_n:-0} + 1))
    eval "__us_$__us_n=\${$__us_name+s}\${$__us_name-}"
  done
}
"""

RESTORE = r"""
__utah_restore() {
  # Why: undoes __utah_save when the function returns.
  # Usage: __utah_restore NAME... (the saved names in reverse order) -> pops each.
  for __us_name in "$@"; do
    eval "__us_v=\$__us_$__us_n"
    unset "__us_$__us_n"
    __us_n=$((__us_n - 1))
    case $__us_v in
      s*) eval "$__us_name=\${__us_v#s}" ;;
      *) unset "$__us_name" ;;
    esac
  done
}
"""

SAVE_ARRAY = r"""
__utah_save_array() {
  # Why: a local array is saved element by element (the stack holds scalars).
  # Usage: __utah_save_array NAME -> pushes the elements, then the length.
  __usa_i=0
  eval "__usa_c=\${${1}__n:-0}"
  while [ "$__usa_i" -lt "$__usa_c" ]; do
    __utah_save "${1}__$__usa_i"
    __usa_i=$((__usa_i + 1))
  done
  __utah_save "${1}__n"
}
"""

RESTORE_ARRAY = r"""
__utah_restore_array() {
  # Why: undoes __utah_save_array; the elements the function left are unset first.
  # Usage: __utah_restore_array NAME.
  __utah_aclear "$1"
  __utah_restore "${1}__n"
  eval "__usa_i=\${${1}__n:-0}"
  while [ "$__usa_i" -gt 0 ]; do
    __usa_i=$((__usa_i - 1))
    __utah_restore "${1}__$__usa_i"
  done
}
"""

ACLEAR = r"""
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
"""

APUSH = r"""
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
"""

ACOPY = r"""
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
"""

ASET = spelled(r"""
__utah_aset() {
  # Why: `NAME[INDEX]=VALUE`; an index at or past the end makes the array longer,
  # with undefined in the gap (as in JS).
  # Usage: __utah_aset NAME INDEX VALUE.
  eval "${1}__$2=\$3"
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$2" -ge "$__uap_n" ]; then
    __uap_i=$__uap_n
    while [ "$__uap_i" -lt "$2" ]; do
      eval "${1}__$__uap_i=@MARK@undefined"
      __uap_i=$((__uap_i + 1))
    done
    eval "${1}__n=$(($2 + 1))"
  fi
}
""")

APOP = r"""
__utah_apop() {
  # Why: removes the last element of an array (if any).
  # Usage: __utah_apop NAME.
  eval "__uap_n=\${${1}__n:-0}"
  if [ "$__uap_n" -gt 0 ]; then
    __uap_n=$((__uap_n - 1))
    unset "${1}__$__uap_n"
    eval "${1}__n=\$__uap_n"
  fi
}
"""

ABIND = r"""
__utah_abind() {
  # Why: an array argument arrives as its length followed by its elements.
  # Usage: __utah_abind NAME COUNT ELEMENT... -> NAME holds the first COUNT elements.
  __uab_name=$1
  __uab_c=$2
  shift 2
  __utah_aclear "$__uab_name"
  while [ "$__uab_c" -gt 0 ]; do
    __utah_apush "$__uab_name" "$1"
    shift
    __uab_c=$((__uab_c - 1))
  done
}
"""

REFS = r"""
__utah_refs() {
  # Why: "${NAME[@]}" as arguments of a command: the command runs through eval over
  # text that names each element, so no value ever becomes shell code.
  # Usage: __utah_refs NAME START -> __uref (text `"$NAME__START" …`).
  __uref=
  __urf_i=$2
  eval "__urf_n=\${${1}__n:-0}"
  while [ "$__urf_i" -lt "$__urf_n" ]; do
    __uref="$__uref \"\$${1}__$__urf_i\""
    __urf_i=$((__urf_i + 1))
  done
}
"""

DEFINITIONS = [SAVE, RESTORE, ACLEAR, APUSH, ACOPY, SAVE_ARRAY, RESTORE_ARRAY, ASET, APOP, ABIND, REFS]

_NAME = patterns.compile(r"^(__utah_\w+)\(\) \{$", patterns.MULTILINE)
TEXTS: dict[str, str] = {_NAME.search(t).group(1): t.strip("\n") + "\n" for t in DEFINITIONS}  # type: ignore[union-attr]
_CALL = r"\b(" + "|".join(sorted(TEXTS, key=len, reverse=True)) + r")\b"  # a call of any helper


def used_in(text: str) -> list[str]:
    """The texts of the helpers `text` calls, with what they call, in definition order."""
    find = patterns.compile(_CALL).findall
    names: set[str] = set()
    pending = set(find(text))
    while pending:
        name = pending.pop()
        if name not in names:
            names.add(name)
            pending |= set(find(TEXTS[name].split("\n", 1)[1]))
    return [TEXTS[n] for n in TEXTS if n in names]
