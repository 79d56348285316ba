"""Utah's static types (LANGUAGE.md §3).

Types are frozen records (hashable, comparable); `str(t)` gives TypeScript-like text
for messages. `runtime_kind` tells the lowering how a value of the type is held in the
shell: a scalar string, an indexed array, or JSON text.
"""
from __future__ import annotations

from .records import record
TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable

from . import ast


class Type:
    """Base of every type.

    `runtime_kind`: "scalar", "array" or "json", how a value of the type lives in the shell
    (an attribute, read per expression by the lowering; `runtime_kind(t)` gives it too)."""


class Prim(Type, metaclass=record, frozen=True, eq=False):
    """A primitive type. There is one of each name (`Prim(name)` gives the one made
    first), so they compare and hash by identity: `==` at C speed, where a record's
    comparison is a Python call (types are compared everywhere, every phase)."""
    name: str

    def __new__(cls, name: str) -> "Prim":
        made = _PRIMS.get(name)
        if made is None:
            made = _PRIMS[name] = super().__new__(cls)
            made.runtime_kind = "json" if name == "object" or name == "any" else "scalar"
        return made

    def __reduce__(self) -> tuple:
        return Prim, (self.name,)

    def __str__(self) -> str:
        return self.name


_PRIMS: dict[str, Prim] = {}


STRING = Prim("string")
NUMBER = Prim("number")
BOOLEAN = Prim("boolean")
VOID = Prim("void")
NULL = Prim("null")
UNDEFINED = Prim("undefined")
ANY = Prim("any")
OBJECT = Prim("object")
REGEX = Prim("regex")

PRIMITIVES = {t.name: t for t in (STRING, NUMBER, BOOLEAN, VOID, NULL, UNDEFINED, ANY, OBJECT, REGEX)}


class ArrayType(Type, metaclass=record, frozen=True):
    element: Type
    runtime_kind = "array"  # (not a field: no annotation)

    def __str__(self) -> str:
        inner = str(self.element)
        if isinstance(self.element, (UnionType, FunctionType)):
            inner = f"({inner})"
        return inner + "[]"


class InterfaceType(Type, metaclass=record, frozen=True):
    """A declared `interface`/`record` (or an inline `{ … }` type, named "")."""
    name: str
    fields: tuple[tuple[str, Type, bool], ...]  # (name, type, optional)
    runtime_kind = "json"

    def field(self, name: str) -> tuple[Type, bool] | None:
        for fname, ftype, optional in self.fields:
            if fname == name:
                return ftype, optional
        return None

    def __str__(self) -> str:
        if self.name:
            return self.name
        inner = "; ".join(f"{n}{'?' if o else ''}: {t}" for n, t, o in self.fields)
        return "{ " + inner + " }" if inner else "{}"


class UnionType(Type, metaclass=record, frozen=True):
    options: tuple[Type, ...]

    @property
    def runtime_kind(self) -> str:
        return "json" if is_jsonish(self) else "scalar"

    def __str__(self) -> str:
        return " | ".join(str(o) for o in self.options)


class FunctionType(Type, metaclass=record, frozen=True):
    """The type of an arrow argument: `(x: T, i: number) => R`."""
    params: tuple[Type, ...]
    returns: Type
    runtime_kind = "scalar"

    def __str__(self) -> str:
        ps = ", ".join(f"p{i}: {p}" for i, p in enumerate(self.params))
        return f"({ps}) => {self.returns}"


EMPTY_ARRAY = ArrayType(ANY)  # the type of `[]`


def is_jsonish(t: Type) -> bool:
    """object, any, interfaces, and unions made only of those."""
    if t.__class__ is Prim:  # the common case, without calling `Prim.__eq__` twice
        return t.name == "object" or t.name == "any"
    if t.__class__ is InterfaceType:  # (`t` is no primitive here: not OBJECT nor ANY)
        return True
    if t.__class__ is UnionType:
        return all(is_jsonish(o) for o in t.options)
    return False


def union(*types: Type) -> Type:
    """A flattened, deduplicated union; a single option is returned as itself."""
    opts: list[Type] = []
    for t in types:
        for o in (t.options if t.__class__ is UnionType else (t,)):
            if o not in opts:
                opts.append(o)
    return opts[0] if len(opts) == 1 else UnionType(tuple(opts))


def assignable(src: Type, dst: Type) -> bool:
    """May a value of type `src` be stored where `dst` is expected?"""
    if src is dst or src is ANY or dst is ANY:  # (a primitive type is one object)
        return True
    if src.__class__ is Prim and dst.__class__ is Prim:  # the common case, told at once
        return src is NULL or src is UNDEFINED
    if src.__class__ is ArrayType and dst.__class__ is ArrayType:  # (before a record's `==`)
        return src.element is ANY or assignable(src.element, dst.element)
    # (ANY and the other primitives are single objects, told by identity above and
    # below: `==` with a record type is a Python call)
    if src is NULL or src is UNDEFINED or (src.__class__ is dst.__class__ and src == dst):
        return True
    if src.__class__ is UnionType:
        return all(assignable(o, dst) for o in src.options)
    if dst.__class__ is UnionType:
        return any(assignable(src, o) for o in dst.options)
    if dst is VOID:
        return src is VOID or src is UNDEFINED or src is NULL
    if is_jsonish(src) and is_jsonish(dst):
        return True
    if src.__class__ is FunctionType and dst.__class__ is FunctionType:
        return True  # arrows are checked at the call site
    return False


def either_type(a: Type, b: Type) -> Type:
    """The type of `a || b`, `a ?? b`, `a && b`, `c ? a : b` and of a function that
    returns `a` or `b`: `any` when either is `any` (TypeScript's rule; the value may be
    the other operand's, which only an `any` holds as it is: an `any` holding a string
    is JSON text, a typed string is not), else their `common_type`."""
    if a is ANY or b is ANY:
        return ANY
    return common_type(a, b)


def common_type(a: Type, b: Type) -> Type:
    """The type of array literal elements (and, unless one is `any`, `either_type`)."""
    if a == b:
        return a
    if a == ANY:
        return b
    if b == ANY:
        return a
    if a in (NULL, UNDEFINED):
        return b
    if b in (NULL, UNDEFINED):
        return a
    if a.__class__ is ArrayType and b.__class__ is ArrayType:
        if a.element == ANY:
            return b
        if b.element == ANY:
            return a
        return ArrayType(common_type(a.element, b.element))
    if is_jsonish(a) and is_jsonish(b):
        return OBJECT
    return union(a, b)


def runtime_kind(t: Type) -> str:
    """"scalar", "array" or "json": how a value of type `t` lives in the shell."""
    return t.runtime_kind


def resolve_type_expr(expr: "ast.TypeExpr | None",
                      lookup: Callable[[str], Type | None],
                      error: Callable[[ast.Node, str], None] | None = None) -> Type:
    """Turn a written type into a Type.

    `lookup(name)` gives a declared interface/alias (or None); `error(node, message)`
    reports an unknown type name. An unknown name resolves to ANY so checking goes on.
    """
    if expr is None:
        return ANY
    if expr.__class__ is ast.TypeName:
        name = expr.name
        if name in PRIMITIVES and name != "regex":
            return PRIMITIVES[name]
        if name in ("Object", "JSON", "unknown"):
            return OBJECT if name != "unknown" else ANY
        if name in ("String", "Number", "Boolean"):
            return PRIMITIVES[name.lower()]
        found = lookup(name)
        if found is not None:
            return found
        if error is not None:
            error(expr, f"unknown type '{name}'")
        return ANY
    if expr.__class__ is ast.ArrayTypeExpr:
        return ArrayType(resolve_type_expr(expr.element, lookup, error))
    if expr.__class__ is ast.UnionTypeExpr:
        return union(*(resolve_type_expr(o, lookup, error) for o in expr.options))
    if expr.__class__ is ast.ObjectTypeExpr:
        return InterfaceType("", tuple(
            (f.name, resolve_type_expr(f.type, lookup, error), f.optional) for f in expr.fields))
    return ANY
