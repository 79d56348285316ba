"""Run-time shell helper functions emitted into compiled programs.

Each helper is one shell function named ``__utah_<name>``.  Conventions
(docs/DESIGN.md): values are shell strings (numbers in JavaScript's canonical
text), results come back in the global ``__r`` (scalar) or ``__ra`` (array), or
as the exit status for predicates (0 = true).  Helpers run in the caller's
shell, never in a subshell, and spawn no process except one ``awk`` for
non-integer arithmetic.  Arrays are passed by *name*; the caller's array may
have any name that does not start with ``__u`` (helper locals use that prefix).

The helpers themselves are defined in the sibling modules ``numbers``,
``strings``, ``arrays`` and ``jsontext``; each documents the calling
convention of its helpers in the comment lines of the shell text.
"""

from __future__ import annotations

import re
TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Iterable

from ..records import record


@record(frozen=True)
class Helper:
    name: str  # shell function name, e.g. "__utah_arith"
    bash: str  # complete function definition for bash 4.4+, leading comment says why
    deps: tuple[str, ...] = ()  # names of helpers it calls
    posix: str | None = None  # POSIX sh version, where written
    posix_deps: tuple[str, ...] = ()  # names of helpers the POSIX version calls

    def text(self, dialect: str) -> str | None:
        return self.bash if dialect == "bash" else self.posix

    def deps_for(self, dialect: str) -> tuple[str, ...]:
        return self.deps if dialect == "bash" else self.posix_deps


_CALL = re.compile(r"\b(__utah_[A-Za-z0-9_]+)\b")
_DEFINE = re.compile(r"^(__utah_[A-Za-z0-9_]+)\(\) \{$", re.M)


def _parse(text: str) -> tuple[str, str, tuple[str, ...]]:
    """(name, text, deps) of one function definition: every ``__utah_*`` word other
    than the function itself is a dep."""
    text = text.strip("\n") + "\n"
    names = _DEFINE.findall(text)
    if len(names) != 1:
        raise ValueError(f"expected exactly one function definition, got {names}")
    name = names[0]
    return name, text, tuple(sorted({m for m in _CALL.findall(text) if m != name}))


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


def _definitions() -> dict[str, tuple[str, str | None]]:
    """Every helper's (bash text, POSIX text or None) by name, the name read cheaply from
    the definition line; `_make` checks it against the full parse."""
    from . import (args, arrays, console, core, dates, env, fs, json, jsontext, numbers, script,
                   strings, system, utility, validate)
    index: dict[str, tuple[str, str | None]] = {}
    for module in (core, numbers, strings, arrays, jsontext, fs, args, script, console, json,
                   env, system, dates, utility, validate):
        for entry in module.DEFINITIONS:  # a bash text, or (bash text, POSIX text)
            bash, posix = entry if isinstance(entry, tuple) else (entry, None)
            end = bash.find("() {\n")
            name = bash[bash.rfind("\n", 0, end) + 1:end]
            if name in index:
                raise ValueError(f"helper {name} defined twice")
            index[name] = (bash, posix)
    return index


_INDEX: dict[str, tuple[str, str | None]] = {}  # filled on first need
_TABLE: dict[str, Helper] = {}  # the helpers made so far; all of them once HELPERS is read


def _index() -> dict[str, tuple[str, str | None]]:
    """Every helper's texts by name, read from the modules on first need."""
    if not _INDEX:
        _INDEX.update(_definitions())
    return _INDEX


def helper(name: str) -> Helper:
    """The helper called `name`, made from its texts on first use (KeyError if unknown).

    Helpers are made one at a time because reading all of them (every compilation used
    to) cost more than compiling a small program."""
    found = _TABLE.get(name)
    if found is None:
        texts = _index().get(name)
        if texts is None:
            raise KeyError(f"unknown run-time helper {name!r}")
        found = make_helper(*texts)
        if found.name != name:
            raise ValueError(f"helper {found.name} was read as {name}")
        _TABLE[name] = found
    return found


def _is_helper(name: str) -> bool:
    return name in _index()


def _all_helpers() -> dict[str, Helper]:
    """The complete table, with every dependency checked."""
    from . import posix
    for name in _index():
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
