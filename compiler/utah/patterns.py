"""The compiler's regular expressions, made without importing `re`.

Importing `re` (with `enum`, `functools`, `collections` and its pattern compiler) and
compiling the lexer's patterns took a sixth of a small `utah compile`. What `re` hands
`_sre.compile` for a pattern (its code, groups and flags) depends only on the pattern
and the Python version, so it is kept in the start-up cache (startcache.py) under the
Python version and `_sre.MAGIC`, and a pattern found there is made by `_sre.compile`
alone. One not found (the first run, another Python, a cache that cannot be written) is
compiled by `re`, and stored if it is the same pattern as `re.compile` makes.

`compile(p)` also stands in for `re.match(p, …)` and its cache: a pattern is made once per
process. The patterns are `re.Pattern`s, but `re` is imported when `sub` gets a template
with a backslash (or `Match.expand` is called): give `sub` a function.
"""
from __future__ import annotations

import sys

import _sre

from . import startcache

MULTILINE = 8  # re.MULTILINE

_KEY = ("patterns", sys.version, _sre.MAGIC)
_MAX_STORED = 200  # beyond, the cache keeps only the patterns of the process that adds one

_made: dict[tuple[str, int], object] = {}  # (pattern, flags) → the pattern, in this process
_stored: dict | None = None  # (pattern, flags) → the arguments of `_sre.compile`


def compile(pattern: str, flags: int = 0):
    """`re.compile(pattern, flags)`, from the start-up cache where it is there."""
    key = (pattern, flags)
    made = _made.get(key)
    if made is None:
        made = _made[key] = _make(key)
    return made


def escape(text: str) -> str:
    """`re.escape(text)`."""
    return text.translate(_SPECIAL_CHARS)


_SPECIAL_CHARS = {ord(c): "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def _make(key: tuple[str, int]):
    global _stored
    if _stored is None:
        _stored = startcache.get(_KEY) or {}
    args = _stored.get(key)
    if args is not None:
        return _sre.compile(*args)
    import re
    made = re.compile(*key)
    args = _compile_args(*key)
    if args is not None and _sre.compile(*args) == made:  # (compares code and flags)
        if len(_stored) >= _MAX_STORED:
            _stored = {k: _stored[k] for k in _made if k in _stored}
        _stored[key] = args
        startcache.put({_KEY: _stored})
    return made


def _compile_args(pattern: str, flags: int) -> tuple | None:
    """What `re` gives `_sre.compile` for `pattern` (as `re._compiler.compile` works them
    out); None if this Python's `re` works otherwise."""
    try:
        from re import _compiler, _parser
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]  # (some are int subclasses)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
                groupindex, tuple(indexgroup))
    except (ImportError, AttributeError, TypeError):
        return None
