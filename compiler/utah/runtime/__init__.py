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
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
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


def _collect() -> dict[str, Helper]:
    from . import (args, arrays, console, core, dates, env, fs, json, jsontext, numbers, script,
                   strings, system, utility, validate)

    from . import posix

    table: dict[str, Helper] = {}
    for module in (core, numbers, strings, arrays, jsontext, fs, args, script, console, json,
                   env, system, dates, utility, validate):
        for entry in module.DEFINITIONS:  # a bash text, or (bash text, POSIX text)
            helper = make_helper(*entry) if isinstance(entry, tuple) else make_helper(entry)
            if helper.name in table:
                raise ValueError(f"helper {helper.name} defined twice")
            table[helper.name] = helper
    for helper in table.values():
        for dep in helper.deps + helper.posix_deps:
            if dep not in table and dep not in posix.TEXTS:  # posix.py: the printer's plumbing
                raise ValueError(f"{helper.name} calls unknown helper {dep}")
    return table


HELPERS: dict[str, Helper] = _collect()


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
        helper = HELPERS[name]
        for dep in helper.deps_for(dialect):
            if dep in HELPERS:  # else a posix.py helper, which the posix printer adds
                visit(dep)
        out.append(helper)

    for name in sorted(set(names)):
        if name not in HELPERS:
            raise KeyError(f"unknown run-time helper {name!r}")
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


__all__ = ["Helper", "HELPERS", "closure", "render", "make_helper"]
