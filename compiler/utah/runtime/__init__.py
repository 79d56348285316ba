"""Run-time shell helper functions emitted into compiled programs.

Each helper is one shell function named ``__utah_<name>``.  Conventions
(docs/DESIGN.md): values are shell strings (numbers in JavaScript's canonical
text), results come back in the global ``__r`` (scalar) or ``__ra`` (array), or
as the exit status for predicates (0 = true).  Helpers run in the caller's
shell, never in a subshell, and spawn no process except one ``awk`` for
non-integer arithmetic.  Arrays are passed by *name*; the caller's array may
have any name that does not start with ``__u`` (helper locals use that prefix).

The helpers themselves are defined in the sibling modules (``numbers``,
``strings``, ``arrays``, ``jsontext``, …, listed in ``_HELPERS_OF_MODULE``); each
documents the calling convention of its helpers in the comment lines of the shell text.
"""

from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Iterable

import marshal
import sys

from .. import modules, startcache
from ..records import record


class Helper(metaclass=record, frozen=True):
    name: str  # shell function name, e.g. "__utah_arith"
    bash: str  # complete function definition for bash 4.4+, leading comment says why
    deps: tuple[str, ...] = ()  # names of helpers it calls
    posix: str | None = None  # POSIX sh version, where written
    posix_deps: tuple[str, ...] = ()  # names of helpers the POSIX version calls

    def text(self, dialect: str) -> str | None:
        return self.bash if dialect == "bash" else self.posix

    def deps_for(self, dialect: str) -> tuple[str, ...]:
        return self.deps if dialect == "bash" else self.posix_deps


# The characters of a shell function name. Names are found with string methods rather
# than regular expressions, whose compiling cost more start-up time than the scanning.
_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
_PREFIX = "__utah_"


def _defined(text: str) -> list[str]:
    """The names of the ``__utah_*`` functions `text` defines: the lines ``NAME() {``."""
    return [line[:-4] for line in text.split("\n") if line.startswith(_PREFIX)
            and line.endswith("() {") and not line[:-4].strip(_NAME_CHARS)]


def _called(text: str) -> set[str]:
    """Every ``__utah_*`` word of `text` (a name not preceded by a name character)."""
    pieces = text.split(_PREFIX)
    found = set()
    for before, after in zip(pieces, pieces[1:]):
        if not before or before[-1] not in _NAME_CHARS:
            rest = after.lstrip(_NAME_CHARS)
            if len(rest) < len(after):
                found.add(_PREFIX + after[:len(after) - len(rest)])
    return found


def _parse(text: str) -> tuple[str, str, tuple[str, ...]]:
    """(name, text, deps) of one function definition: every ``__utah_*`` word other
    than the function itself is a dep."""
    text = text.strip("\n") + "\n"
    names = _defined(text)
    if len(names) != 1:
        raise ValueError(f"expected exactly one function definition, got {names}")
    name = names[0]
    return name, text, tuple(sorted(_called(text) - {name}))


def make_helper(bash: str | tuple[str, str], posix: str | None = None) -> Helper:
    """Build a Helper from one function definition, or from a module's DEFINITIONS
    entry ``(bash_text, posix_text)``; the name and the deps are read from the texts."""
    if isinstance(bash, tuple):
        bash, posix = bash
    name, text, deps = _parse(bash)
    if posix is None:
        return Helper(name=name, bash=text, deps=deps)
    pname, ptext, pdeps = _parse(posix)
    if pname != name:
        raise ValueError(f"POSIX text of {name} defines {pname}")
    return Helper(name=name, bash=text, deps=deps, posix=ptext, posix_deps=pdeps)


# The helpers each module of this package defines (their names without `__utah_`), so that
# a compilation imports only the modules of the helpers its program uses: importing all of
# them cost more than compiling a small program. `tests/test_runtime.py` checks this list
# against the modules' DEFINITIONS.
_HELPERS_OF_MODULE: dict[str, str] = {
    "core": "uncaught run_defers capture is_nullish json_truthy json_number json_array spawn",
    "numbers": "float num_parts num_cmp num_truthy num_canon arith to_int to_uint32 radix_value "
               "to_number parse_int parse_float to_fixed math int_width is_int num_to_radix",
    "strings": "trim_start trim_end trim clamp_pos rel_pos str_index_of str_last_index_of "
               "str_includes str_starts_with str_ends_with substring str_slice char_at pad "
               "str_repeat subst replace replace_all upper lower split split_re str_cmp qmarks "
               "cut case_map replace_re",
    "arrays": "ra_len join string_of_array array_index_of array_last_index_of array_includes "
              "array_slice array_reverse array_sort array_sort_nullish array_unique array_concat array_splice "
              "array_shuffle",
    "jsontext": "json_quote",
    "fs": "fs_fail read_file write_file mkdir delete fs_change dirname strip_slashes basename "
          "extension path find temp_folder",
    "args": "args_define args_usage args_line args_fail args_find args_parse args_lookup "
            "args_get args_number args_flag args_has args_all",
    "script": "command_failed",
    "console": "prompt_line prompt_text prompt_number ask_yes_no prompt_path dialog_tool "
               "show_message show_progress confirm choice_options choice_pick choice_list "
               "show_choice choice_dialog choice_words show_multi_choice clear get_shell",
    "json": "jq json_unquote json_scalar json_lines json_path any_equals json_string",
    "env": "env_name env_get env_write env_load",
    "system": "get_os linux_version pid_ok proc_state proc_is_child proc_running proc_tree "
              "proc_busy proc_settle proc_kill now_ms proc_wait elapsed etime_seconds "
              "timer_start timer_read",
    "dates": "date_now date_ts date_format date_parse date_unit date_add date_diff day_of_week",
    "utility": "random random_bits uuid hash base64_encode base64_decode",
    "validate": "text_is is_numeric is_blank",
}
_MODULE_OF_HELPER: dict[str, str] = {
    f"__utah_{name}": module for module, names in _HELPERS_OF_MODULE.items() for name in names.split()}


def definitions_of(module: str) -> dict[str, tuple[str, str | None]]:
    """The (bash text, POSIX text or None) of each helper the module `module` of this
    package defines, by name; the name is read cheaply from the definition line
    (`helpers_of` checks it against the full parse)."""
    found: dict[str, tuple[str, str | None]] = {}
    modules.load((f"{__name__}.charsets", f"{__name__}.{module}"))  # (the module imports charsets)
    for entry in sys.modules[f"{__name__}.{module}"].DEFINITIONS:
        bash, posix = entry if isinstance(entry, tuple) else (entry, None)  # a bash text, or both
        end = bash.find("() {\n")
        name = bash[bash.rfind("\n", 0, end) + 1:end]
        if name in found:
            raise ValueError(f"helper {name} defined twice")
        found[name] = (bash, posix)
    return found


# What a compilation needs of a module's helpers, its texts and the helpers each calls, is
# kept in the start-up cache (startcache.py), as records.py keeps the methods of record
# classes: importing the module and reading the names out of its texts cost more than
# lowering a small program. An entry holds while the files it was made from, the module,
# `charsets.py` (every module builds texts with it; tests/test_runtime.py checks that no
# module imports anything else of this package) and this one, keep their modification
# time and size.
_MADE_FROM = ("__init__", "charsets")
_DIR = __file__.rpartition("/")[0]
_MODULE_HELPERS: dict[str, dict[str, bytes]] = {}  # module → helper name → _helper_fields, marshalled
_TABLE: dict[str, Helper] = {}  # the helpers made so far; all of them once HELPERS is read


def helper(name: str) -> Helper:
    """The helper called `name`, made on first use (KeyError if unknown).

    Helpers are made one at a time because making all of them (every compilation used
    to) cost more than compiling a small program."""
    found = _TABLE.get(name)
    if found is None:
        module = _MODULE_OF_HELPER.get(name)
        if module is None:
            raise KeyError(f"unknown run-time helper {name!r}")
        packed = _packed_helpers(module).get(name)
        if packed is None:
            raise KeyError(f"run-time helper {name!r} is not in runtime/{module}.py")
        found = _TABLE[name] = Helper(name, *marshal.loads(packed))
    return found


def helpers_of(module: str, cached: bool = True) -> dict[str, tuple]:
    """(bash text, deps, POSIX text or None, POSIX deps) of each helper the module
    `module` of this package defines, by name (`_packed_helpers`)."""
    return {name: marshal.loads(packed) for name, packed in _packed_helpers(module, cached).items()}


def _packed_helpers(module: str, cached: bool = True) -> dict[str, bytes]:
    """`helpers_of(module)`, each helper's fields marshalled on their own: from the
    start-up cache while it is up to date (unless not `cached`), else read from the
    module's texts (and stored). A compilation unmarshals the texts of the few helpers it
    uses, not those of the whole module (reading every text cost more than lowering a
    dozen statements)."""
    found = _MODULE_HELPERS.get(module) if cached else None
    if found is None:
        found = _MODULE_HELPERS[module] = startcache.kept(
            ("runtime", module), _stamp(module) if cached else None,
            lambda: {name: marshal.dumps(_helper_fields(make_helper(*texts), name))
                     for name, texts in definitions_of(module).items()})
    return found


def _helper_fields(made: Helper, name: str) -> tuple:
    if made.name != name:
        raise ValueError(f"helper {made.name} was read as {name}")
    return made.bash, made.deps, made.posix, made.posix_deps


def _stamp(module: str) -> tuple | None:
    """(path, modification time, size) of each file the texts of `module` come from."""
    stamps = tuple(startcache.file_stamp(f"{_DIR}/{name}.py") for name in (*_MADE_FROM, module))
    return None if None in stamps else stamps  # (not loaded from source files: read every time)


def _is_helper(name: str) -> bool:
    return name in _MODULE_OF_HELPER


def _all_helpers() -> dict[str, Helper]:
    """The complete table, with every dependency checked."""
    from . import posix
    for name in _MODULE_OF_HELPER:
        helper(name)
    for found in _TABLE.values():
        for dep in found.deps + found.posix_deps:
            if not _is_helper(dep) and dep not in posix.TEXTS:  # posix.py: the printer's plumbing
                raise ValueError(f"{found.name} calls unknown helper {dep}")
    return _TABLE


def __getattr__(name: str) -> object:
    """`HELPERS`, the table of every helper by name, is built when first read."""
    if name == "HELPERS":
        table = _all_helpers()
        globals()["HELPERS"] = table
        return table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def closure(names: Iterable[str], dialect: str = "bash") -> list[Helper]:
    """The named helpers plus everything their ``dialect`` texts call, dependencies first.

    The order depends only on the set of names: roots are visited in sorted
    order, dependencies depth-first in sorted order.
    """
    out: list[Helper] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        found = helper(name)
        for dep in found.deps_for(dialect):
            if _is_helper(dep):  # else a posix.py helper, which the posix printer adds
                visit(dep)
        out.append(found)

    for name in sorted(set(names)):
        visit(name)
    return out


def render(names: Iterable[str], dialect: str = "bash") -> str:
    """The shell text defining the closure of ``names``, one blank line apart."""
    parts = []
    for helper in closure(names, dialect):
        text = helper.text(dialect)
        if text is None:
            raise NotImplementedError(f"{helper.name} has no {dialect} version yet")
        parts.append(text)
    return "\n".join(parts)


__all__ = ["Helper", "HELPERS", "closure", "helper", "render", "make_helper"]
