"""The table of built-in functions (LANGUAGE.md §9, BUILTINS.md).

One module per namespace holds a list of `Builtin` entries written as compact
TypeScript-like signatures, e.g.

    sig("string", "padStart", '(s: string, n: number, ch: string = " "): string',
        method_of="string")

For methods the receiver is the first parameter. In signatures `T` is the element type
of the receiver array and `U` a second type variable (the result of `map`'s callback, the
accumulator of `reduce`); both are bound by the checker at each call.
"""
from __future__ import annotations

import sys

from .. import modules, startcache
from ..records import record

from ..types import (ANY, BOOLEAN, NUMBER, OBJECT, REGEX, STRING, VOID, ArrayType,
                     FunctionType, Prim, Type, UnionType)

TYPE_T = Prim("T")  # element type of the receiver array
TYPE_U = Prim("U")  # a callback's result / reduce's accumulator


class ParamSpec(metaclass=record, frozen=True):
    name: str
    type: Type
    optional: bool = False
    default: object = None  # a Python str/int/float/bool literal, or None
    variadic: bool = False


class Builtin:
    """One entry of the table: a frozen record, compared and hashed by all its fields."""

    __slots__ = ("namespace", "name", "method_of", "key",
                 "params", "returns", "generic", "min_args", "max_args")
    _FIELDS = ("namespace", "name", "params", "returns", "method_of", "generic")

    namespace: str  # "" for the globals
    name: str
    method_of: str | None  # "string" | "array" | "number"
    params: tuple[ParamSpec, ...]
    returns: Type
    generic: bool
    min_args: int
    max_args: int | None

    def __init__(self, namespace: str, name: str, params: tuple[ParamSpec, ...] = (),
                 returns: Type | None = None, method_of: str | None = None,
                 generic: bool = False) -> None:
        init = object.__setattr__
        init(self, "namespace", namespace)
        init(self, "name", name)
        init(self, "method_of", method_of)
        init(self, "key", f"{namespace}.{name}" if namespace else name)
        init(self, "params", tuple(params))
        init(self, "returns", returns)
        init(self, "generic", generic)
        init(self, "min_args", sum(1 for p in params if not p.optional and not p.variadic))
        init(self, "max_args", None if any(p.variadic for p in params) else len(params))

    def __setattr__(self, name: str, value: object) -> None:
        from ..records import FrozenInstanceError
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    __delattr__ = __setattr__  # type: ignore[assignment]

    def _values(self) -> tuple:
        return tuple(getattr(self, f) for f in self._FIELDS)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Builtin):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "Builtin(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._FIELDS) + ")"


# ---------------------------------------------------------------------- types by name

# The types a signature names (signatures.py reads them, `_decoded_type` decodes them)
_NAMED = {"string": STRING, "number": NUMBER, "boolean": BOOLEAN, "any": ANY,
          "object": OBJECT, "void": VOID, "regex": REGEX, "T": TYPE_T, "U": TYPE_U}


# ------------------------------------------------------------------------ registry

# The module of this package that holds each namespace's entries ("" = the globals): a
# namespace's module is imported when the checker first looks one of its names up and
# the start-up cache does not hold the namespace (below), as a program uses few
# namespaces (importing all of them took a large part of a small program's compile).
# `tests/test_types.py` checks it against the modules.
_MODULE_OF_NAMESPACE: dict[str, str] = {
    "": "globals", "Math": "math", "console": "console", "string": "string", "array": "array",
    "number": "number", "fs": "fs", "json": "json", "args": "args", "script": "script",
    "env": "env", "os": "os", "process": "process", "timer": "timer", "date": "date",
    "utility": "utility", "validate": "validate",
}
NAMESPACES: frozenset[str] = frozenset(ns for ns in _MODULE_OF_NAMESPACE if ns)
# namespace → name → entry (or, until it is first looked up, its `_encoded` form from the
# start-up cache), for the namespaces loaded
_TABLES: dict[str, dict[str, Builtin | tuple]] = {}

# A namespace's entries, parsed, are kept in the start-up cache (startcache.py), as
# runtime/__init__.py keeps the helpers' texts: importing a namespace's module and parsing
# the signatures a program uses took near a tenth of checking a small program (a parse
# is about 80k instructions). An entry holds while this file (the `_encoded` form),
# signatures.py (the signature parser) and the namespace's module keep their modification
# time and size; one that does not is made again (every entry of the namespace parsed)
# and stored.
_DIR = __file__.rpartition("/")[0]
_OWN_STAMP = (startcache.file_stamp(__file__), startcache.file_stamp(f"{_DIR}/signatures.py"))


def _table(namespace: str) -> dict[str, Builtin | tuple]:
    """`_TABLES[namespace]`, from the start-up cache or its module on first need ({} for a
    name that is no namespace)."""
    table = _TABLES.get(namespace)
    if table is None:
        module = _MODULE_OF_NAMESPACE.get(namespace)
        table = _TABLES[namespace] = {} if module is None else _stored_table(namespace, module)
    return table


def _stored_table(namespace: str, module: str) -> dict[str, tuple]:
    """The entries of `namespace`, whose module is `module`, in their `_encoded` form: from
    the start-up cache, else read from the module (and stored)."""
    stamp = (*_OWN_STAMP, startcache.file_stamp(f"{_DIR}/{module}.py"))
    return startcache.kept(("builtins", namespace), None if None in stamp else stamp,
                           lambda: {name: _encoded(entry)
                                    for name, entry in _module_table(namespace, module).items()})


def _module_table(namespace: str, module: str) -> dict[str, Builtin]:
    """The entries of `namespace` from its module, each checked to be in its place."""
    table: dict[str, Builtin] = {}
    modules.load((f"{__name__}.signatures", f"{__name__}.{module}"))  # (the module imports signatures)
    for entry in sys.modules[f"{__name__}.{module}"].BUILTINS:
        if entry.namespace != namespace or entry.method_of not in (None, namespace):
            raise ValueError(f"built-in {entry.key} is out of place in builtins/{module}.py")
        if entry.name in table:
            raise ValueError(f"duplicate built-in {entry.key}")
        table[entry.name] = entry
    return table


def _encoded(entry: Builtin) -> tuple:
    """`entry` as values `marshal` takes: `(method_of, params, returns, generic)`, each
    parameter `(name, type, optional, default, variadic)`, each type `_encoded_type`'s."""
    params = tuple((p.name, _encoded_type(p.type), p.optional, p.default, p.variadic)
                   for p in entry.params)
    return entry.method_of, params, _encoded_type(entry.returns), entry.generic


def _encoded_type(t: Type) -> str | tuple:
    """A type of a signature as values `marshal` takes: a primitive (or type variable) by
    its name, else `("[]", element)`, `("|", options)` or `("=>", params, returns)`."""
    if t.__class__ is Prim:
        return t.name
    if t.__class__ is ArrayType:
        return "[]", _encoded_type(t.element)
    if t.__class__ is UnionType:
        return "|", tuple(_encoded_type(o) for o in t.options)
    if t.__class__ is FunctionType:
        return "=>", tuple(_encoded_type(p) for p in t.params), _encoded_type(t.returns)
    raise ValueError(f"a built-in's signature cannot hold the type {t}")


def _decoded(namespace: str, name: str, encoded: tuple) -> Builtin:
    """The `Builtin` of the `_encoded` form of the entry `name` of `namespace`."""
    method_of, params, returns, generic = encoded
    params = tuple([ParamSpec(p_name, _decoded_type(p_type), optional, default, variadic)
                    for p_name, p_type, optional, default, variadic in params])
    return Builtin(namespace, name, params, _decoded_type(returns), method_of, generic)


def _decoded_type(encoded: str | tuple) -> Type:
    """The type whose `_encoded_type` form is `encoded`."""
    if encoded.__class__ is str:
        return _NAMED[encoded]
    kind = encoded[0]
    if kind == "[]":
        return ArrayType(_decoded_type(encoded[1]))
    if kind == "|":
        return UnionType(tuple([_decoded_type(o) for o in encoded[1]]))
    return FunctionType(tuple([_decoded_type(p) for p in encoded[1]]), _decoded_type(encoded[2]))


def namespace_table(namespace: str) -> dict[str, Builtin]:
    """The entries of `namespace` by name (every one made a `Builtin`)."""
    table = _table(namespace)
    for name in table:
        lookup(namespace, name)
    return table  # type: ignore[return-value]


def lookup(namespace: str, name: str) -> Builtin | None:
    """`lookup("string", "trim")`; globals use namespace "". An entry is made a `Builtin`
    when first looked up. (The table read here once it is loaded: a call less per lookup.)"""
    table = _TABLES.get(namespace)
    if table is None:
        table = _table(namespace)
    entry = table.get(name)
    if entry.__class__ is tuple:
        entry = table[name] = _decoded(namespace, name, entry)
    return entry


def lookup_method(receiver_kind: str, name: str) -> Builtin | None:
    """`lookup_method("string", "trim")`: the entry behind `s.trim()`. The methods of a
    kind of value are entries of the namespace of that name, marked `method_of`."""
    found = lookup(receiver_kind, name)
    return found if found is not None and found.method_of == receiver_kind else None


def all_builtins() -> list[Builtin]:
    return [entry for namespace in _MODULE_OF_NAMESPACE
            for entry in namespace_table(namespace).values()]
