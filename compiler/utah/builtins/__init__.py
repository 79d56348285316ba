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

from .. import modules, patterns
from ..records import record

from ..types import (ANY, BOOLEAN, NUMBER, OBJECT, REGEX, STRING, VOID, ArrayType,
                     FunctionType, Prim, Type, union)

TYPE_T = Prim("T")  # element type of the receiver array
TYPE_U = Prim("U")  # a callback's result / reduce's accumulator


class ParamSpec(metaclass=record, frozen=True):
    name: str
    type: Type
    optional: bool = False
    default: object = None  # a Python str/int/float/bool literal, or None
    variadic: bool = False


class Builtin:
    """One entry of the table: a frozen record, compared and hashed by all its fields.

    Entries of the table are made when first looked up (`namespace_table` keeps what
    `sig` gave until then), with their signature text, and parse it on first use of
    `params`, `returns`, `generic`, `min_args` or `max_args` (most programs use few of
    the built-ins): they are `_UnparsedBuiltin`s until then.
    """

    __slots__ = ("namespace", "name", "method_of", "key", "_signature",
                 "params", "returns", "generic", "min_args", "max_args")
    _FIELDS = ("namespace", "name", "params", "returns", "method_of", "generic")
    _PARSED = ("params", "returns", "generic", "min_args", "max_args")  # slots set by parsing

    namespace: str  # "" for the globals
    name: str
    method_of: str | None  # "string" | "array" | "number"
    params: tuple[ParamSpec, ...]
    returns: Type
    generic: bool
    min_args: int
    max_args: int | None

    def __init__(self, namespace: str, name: str, params: tuple[ParamSpec, ...] = (),
                 returns: Type | None = None, method_of: str | None = None, generic: bool = False,
                 *, signature: str | None = None) -> None:
        init = object.__setattr__
        init(self, "namespace", namespace)
        init(self, "name", name)
        init(self, "method_of", method_of)
        init(self, "key", f"{namespace}.{name}" if namespace else name)
        init(self, "_signature", signature)
        if signature is None:
            self._set_parsed(_with_arity(tuple(params), returns, generic))

    def _set_parsed(self, parsed: tuple) -> None:
        for name, value in zip(self._PARSED, parsed):
            object.__setattr__(self, name, value)

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


class _UnparsedBuiltin(Builtin):
    """A `Builtin` whose signature is not parsed yet: the first read of a parsed field
    parses it and makes the entry a plain `Builtin`. (A class with `__getattr__` keeps
    Python from specializing attribute reads of its instances: the checker and the
    lowering read an entry's fields at every call of it.)"""

    __slots__ = ()

    def __getattr__(self, name: str) -> object:
        """Called for a slot not set yet: parses the signature (once)."""
        if name not in self._PARSED:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self._set_parsed(_with_arity(*_parse_signature(self._signature)))
        object.__setattr__(self, "__class__", Builtin)
        return object.__getattribute__(self, name)


def _with_arity(params: tuple[ParamSpec, ...], returns: Type | None, generic: bool) -> tuple:
    min_args = sum(1 for p in params if not p.optional and not p.variadic)
    max_args = None if any(p.variadic for p in params) else len(params)
    return params, returns, generic, min_args, max_args


# ------------------------------------------------------------------ signature parser

_NAMED = {"string": STRING, "number": NUMBER, "boolean": BOOLEAN, "any": ANY,
          "object": OBJECT, "void": VOID, "regex": REGEX, "T": TYPE_T, "U": TYPE_U}


# The tokens of a signature: `...`, `=>`, `[]`, a quoted default, a name or number, or
# one other character; blanks between them are skipped.
_SIG_TOKEN = patterns.compile(r'\s*(\.\.\.|=>|\[\]|"[^"]*"|[\w.+-]+|\S)')


class _SigParser:
    """Reads a signature a token at a time (read character by character, parsing the
    signatures a program uses took a tenth of its checking)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _SIG_TOKEN.findall(text)
        self.tokens.append("")  # the end
        self.pos = 0
        self.generic = False  # whether a type read so far mentions T or U

    def fail(self, what: str) -> None:
        raise ValueError(f"bad signature {self.text!r} at token {self.pos}: {what}")

    def eat(self, token: str) -> bool:
        if self.tokens[self.pos] == token:
            self.pos += 1
            return True
        return False

    def expect(self, token: str) -> None:
        if not self.eat(token):
            self.fail(f"expected {token!r}")

    def ident(self) -> str:
        token = self.tokens[self.pos]
        if not token.replace("_", "a").isalnum():
            self.fail("expected a name")
        self.pos += 1
        return token

    def params(self) -> list[ParamSpec]:
        self.expect("(")
        out: list[ParamSpec] = []
        while not self.eat(")"):
            if out:
                self.expect(",")
            variadic = self.eat("...")
            name = self.ident()
            optional = self.eat("?")
            self.expect(":")
            ty = self.type()
            default = None
            if self.eat("="):
                default = self.literal()
                optional = True
            out.append(ParamSpec(name, ty, optional or variadic, default, variadic))
        return out

    def literal(self) -> object:
        token = self.tokens[self.pos]
        self.pos += 1
        if token[:1] == '"':
            return token[1:-1]
        if token in ("true", "false"):
            return token == "true"
        try:
            return float(token) if "." in token else int(token)
        except ValueError:
            self.fail("expected a literal")

    def type(self) -> Type:
        first = self.single()
        if self.tokens[self.pos] != "|":
            return first  # (most types have one option: no list, no `union`)
        options = [first]
        while self.eat("|"):
            options.append(self.single())
        return union(*options)

    def single(self) -> Type:
        if self.tokens[self.pos] == "(":
            params = self.params()
            self.expect("=>")
            ty: Type = FunctionType(tuple(p.type for p in params), self.single())
        else:
            name = self.ident()
            ty = _NAMED.get(name)
            if ty is None:
                self.fail(f"unknown type {name!r}")
            if ty is TYPE_T or ty is TYPE_U:
                self.generic = True
        while self.eat("[]"):
            ty = ArrayType(ty)
        return ty


def _parse_signature(signature: str) -> tuple[tuple[ParamSpec, ...], Type, bool]:
    """Parameters, return type and genericity of `(a: string, n?: number): string`."""
    p = _SigParser(signature)
    params = p.params()
    p.expect(":")
    returns = p.type()
    if p.tokens[p.pos]:
        p.fail("trailing text")
    # (generic when a type of it names T or U: noted while reading, not by walking the
    # types read, which cost as much as the reading)
    return tuple(params), returns, p.generic


_lazy = False  # while a namespace's module loads (`namespace_table`): entries are made later


def sig(namespace: str, name: str, signature: str, method_of: str | None = None) -> Builtin:
    """A table entry from `(a: string, n?: number, ch: string = " "): string`; a bad
    signature raises ValueError (for the table's own entries: when first used).

    While a namespace's module loads, the entry is only its `(namespace, name, method_of,
    signature)`: `namespace_table` makes it a `Builtin` (which parses the signature on
    first use) when it is first looked up. A program looks up a few of a namespace's
    entries; making an object of each of them took a tenth of checking a small program."""
    if _lazy:
        return (namespace, name, method_of, signature)  # type: ignore[return-value]
    params, returns, generic = _parse_signature(signature)
    return Builtin(namespace, name, params, returns, method_of, generic)


def sigs(namespace: str, names: str, signature: str, method_of: str | None = None) -> list[Builtin]:
    """The same signature for several space-separated names."""
    return [sig(namespace, n, signature, method_of) for n in names.split()]


# ------------------------------------------------------------------------ registry

# The module of this package that holds each namespace's entries ("" = the globals): a
# namespace's module is imported when the checker first looks one of its names up, as a
# program uses few namespaces (importing all of them took a large part of a small
# program's compile). `tests/test_types.py` checks it against the modules.
_MODULE_OF_NAMESPACE: dict[str, str] = {
    "": "globals", "Math": "math", "console": "console", "string": "string", "array": "array",
    "number": "number", "fs": "fs", "json": "json", "args": "args", "script": "script",
    "env": "env", "os": "os", "process": "process", "timer": "timer", "date": "date",
    "utility": "utility", "validate": "validate",
}
NAMESPACES: frozenset[str] = frozenset(ns for ns in _MODULE_OF_NAMESPACE if ns)
# namespace → name → entry (or, until it is first looked up, what `sig` gave while the
# namespace's module loaded), for the namespaces loaded
_TABLES: dict[str, dict[str, Builtin | tuple]] = {}


def _table(namespace: str) -> dict[str, Builtin | tuple]:
    """`_TABLES[namespace]`, its module imported on first need ({} for a name that is no
    namespace)."""
    table = _TABLES.get(namespace)
    if table is None:
        global _lazy
        module = _MODULE_OF_NAMESPACE.get(namespace)
        entries: list[Builtin | tuple] = []
        if module is not None:
            _lazy = True
            try:
                entries = modules.module(f"{__name__}.{module}").BUILTINS
            finally:
                _lazy = False
        table = {}
        for entry in entries:  # (an entry made before: a module imported the usual way)
            entry_ns, name, method_of = entry[:3] if entry.__class__ is tuple \
                else (entry.namespace, entry.name, entry.method_of)
            if entry_ns != namespace or method_of not in (None, namespace):
                raise ValueError(f"built-in {entry_ns}.{name} is out of place in builtins/{module}.py")
            if name in table:
                raise ValueError(f"duplicate built-in {entry_ns}.{name}")
            table[name] = entry
        _TABLES[namespace] = table
    return table


def _entry(table: dict[str, Builtin | tuple], name: str) -> Builtin | None:
    """The entry `name` of `table`, made a `Builtin` if it is not one yet."""
    entry = table.get(name)
    if entry.__class__ is tuple:
        namespace, name, method_of, signature = entry
        entry = table[name] = _UnparsedBuiltin(namespace, name, method_of=method_of,
                                               signature=signature)
    return entry


def namespace_table(namespace: str) -> dict[str, Builtin]:
    """The entries of `namespace` by name (every one made a `Builtin`)."""
    table = _table(namespace)
    for name in table:
        _entry(table, name)
    return table  # type: ignore[return-value]


def lookup(namespace: str, name: str) -> Builtin | None:
    """`lookup("string", "trim")`; globals use namespace ""."""
    return _entry(_table(namespace), name)


def lookup_method(receiver_kind: str, name: str) -> Builtin | None:
    """`lookup_method("string", "trim")`: the entry behind `s.trim()`. The methods of a
    kind of value are entries of the namespace of that name, marked `method_of`."""
    found = _entry(_table(receiver_kind), name)
    return found if found is not None and found.method_of == receiver_kind else None


def all_builtins() -> list[Builtin]:
    return [entry for namespace in _MODULE_OF_NAMESPACE
            for entry in namespace_table(namespace).values()]
