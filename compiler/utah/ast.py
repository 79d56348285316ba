"""Syntax tree of a Utah program, as the parser builds it.

Every node carries the `span` it was parsed from. The checker fills in the slots marked
"set by the checker" (`ty` on expressions, `symbol` on names and declarations, `target`
on calls); the parser leaves them as None.
"""
from __future__ import annotations

from typing import Any, Union

from .source import Span

# Node classes are built by `_node` below rather than by `@dataclass`: the same
# `__init__` (keyword-only `span` and checker slots), `__eq__`, `__repr__`,
# `__match_args__` and `__dataclass_fields__`, but all `__init__`s are compiled in one
# go, which makes importing this module several times cheaper.

_KW_ONLY = object()  # a keyword-only field without default, left out of repr and ==
_LATER = object()  # a keyword-only slot filled later (default None), left out of repr and ==
_NODE_CLASSES: list[type] = []


def _node(cls: type) -> type:
    """Record a node class; `_build_nodes` gives it its methods once all are defined."""
    _NODE_CLASSES.append(cls)
    return cls


@_node
class Node:
    span: Span = _KW_ONLY

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = self._compared
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._compared)
        return f"{self.__class__.__qualname__}({shown})"


# ---------------------------------------------------------------------------- types

@_node
class TypeName(Node):
    """`string`, `number`, `boolean`, `object`, `any`, `void`, `null`, or a declared name."""
    name: str


@_node
class ArrayTypeExpr(Node):
    """`T[]` or `Array<T>`."""
    element: "TypeExpr"


@_node
class UnionTypeExpr(Node):
    """`A | B`."""
    options: list["TypeExpr"]


@_node
class ObjectTypeExpr(Node):
    """`{ a: string; b?: number }` written inline."""
    fields: list["FieldDecl"]


TypeExpr = Union[TypeName, ArrayTypeExpr, UnionTypeExpr, ObjectTypeExpr]


@_node
class FieldDecl(Node):
    name: str
    type: TypeExpr
    optional: bool = False


# ---------------------------------------------------------------------- expressions

@_node
class Expr(Node):
    ty: Any = _LATER  # set by the checker


@_node
class NumberLit(Expr):
    value: float  # an int-valued literal is stored as int
    raw: str


@_node
class StringLit(Expr):
    """A string with no interpolation (single quotes, or double/backtick without `${}`)."""
    value: str


@_node
class BoolLit(Expr):
    value: bool


@_node
class NullLit(Expr):
    pass


@_node
class UndefinedLit(Expr):
    pass


@_node
class RegexLit(Expr):
    pattern: str
    flags: str


@_node
class ShellParam(Expr):
    """`$NAME`, `$1`, `$?`, `$!`, `$$`, `$#`, `$@` inside a double-quoted string."""
    name: str


@_node
class ShellCode(Node):
    """Shell text with Utah interpolations: the inside of `$( … )` or a raw command line.

    `parts` alternates raw shell text (str, exactly as written, escapes untouched) and
    `${expr}` interpolations (Expr). Where an interpolation stands (command word, plain
    word, inside shell quotes) is decided later, by `shellcode.py`.
    """
    parts: list[Union[str, Expr]]


@_node
class CommandSubst(Expr):
    """`$( … )` inside a string, or a template literal whose whole content is one."""
    code: ShellCode


@_node
class InterpString(Expr):
    """A double-quoted string or template literal with interpolations.

    `parts` holds literal text (str, escapes already decoded) and expressions:
    `${expr}` as the Expr itself, `$( … )` as CommandSubst, `$NAME` as ShellParam.
    `quote` is '"' or '`'.
    """
    parts: list[Union[str, Expr]]
    quote: str


@_node
class ArrayLit(Expr):
    elements: list[Expr]


@_node
class Property(Node):
    key: str
    value: Expr


@_node
class ObjectLit(Expr):
    properties: list[Property]


@_node
class Name(Expr):
    id: str
    symbol: Any = _LATER  # set by the checker


@_node
class Member(Expr):
    """`obj.prop` or `obj?.prop`; also `ns.fn` as the callee of a namespace call."""
    object: Expr
    property: str
    optional: bool = False


@_node
class Index(Expr):
    """`obj[index]` or `obj?.[index]`."""
    object: Expr
    index: Expr
    optional: bool = False


@_node
class Call(Expr):
    """`f(a)`, `s.trim()`, `ns.fn(a)`, `s?.trim()`."""
    callee: Expr
    args: list[Expr]
    optional: bool = False
    target: Any = _LATER  # set by the checker


@_node
class Unary(Expr):
    """`!x`, `-x`, `+x`, `typeof x`."""
    op: str
    operand: Expr


@_node
class Update(Expr):
    """`++x`, `x++`, `--x`, `x--` on a name, element or property."""
    op: str
    prefix: bool
    target: Expr


@_node
class Binary(Expr):
    """Arithmetic, comparison, equality and the short-circuit operators `&& || ??`."""
    op: str
    left: Expr
    right: Expr


@_node
class Assign(Expr):
    """`=`, `+=`, `-=`, `*=`, `/=`, `%=`, `**=`, `||=`, `&&=`, `??=`."""
    op: str
    target: Expr
    value: Expr


@_node
class Conditional(Expr):
    test: Expr
    then: Expr
    otherwise: Expr


@_node
class Param(Node):
    """A parameter. A variadic `...rest: T[]` has a name starting with '...'."""
    name: str
    type: TypeExpr | None = None
    default: Expr | None = None
    optional: bool = False  # added by the parser: `n?: number` (may be omitted; no default)
    symbol: Any = _LATER  # set by the checker


@_node
class Arrow(Expr):
    """`(x, i) => expr` or `x => { … }`; only as an argument of an array method."""
    params: list[Param]
    body: Union[Expr, "Block"]
    return_type: TypeExpr | None = None  # added by the parser: `(x: string): T => …`


@_node
class ParallelExpr(Expr):
    """`parallel f(args)` used as a value: the PID of the background job."""
    call: Call


# ----------------------------------------------------------------------- statements

@_node
class Stmt(Node):
    pass


@_node
class Block(Stmt):
    body: list[Stmt]


@_node
class VarDecl(Stmt):
    kind: str  # "let" or "const"
    name: str
    type: TypeExpr | None
    init: Expr | None
    symbol: Any = _LATER  # set by the checker


@_node
class FunctionDecl(Stmt):
    name: str
    params: list[Param]
    return_type: TypeExpr | None
    body: Block
    symbol: Any = _LATER  # set by the checker


@_node
class InterfaceDecl(Stmt):
    """`interface Name { … }`, `record Name { … }` or `type Name = …`."""
    name: str
    fields: list[FieldDecl] | None  # None for a `type` alias
    alias: TypeExpr | None = None


@_node
class ExprStmt(Stmt):
    expr: Expr


@_node
class RawCommand(Stmt):
    """A raw shell command line (LANGUAGE.md §8)."""
    code: ShellCode


@_node
class If(Stmt):
    test: Expr
    then: Stmt
    otherwise: Stmt | None


@_node
class While(Stmt):
    test: Expr
    body: Stmt


@_node
class DoWhile(Stmt):
    body: Stmt
    test: Expr


@_node
class For(Stmt):
    """Classic `for (init; test; update)`; each part may be missing."""
    init: Stmt | None  # a VarDecl or an ExprStmt
    test: Expr | None
    update: Expr | None
    body: Stmt


@_node
class ForEach(Stmt):
    """`for (let x: T in xs)` / `for (const x of xs)`: keyword is "in" or "of"."""
    kind: str  # "let" or "const"
    name: str
    type: TypeExpr | None
    keyword: str
    iterable: Expr
    body: Stmt
    symbol: Any = _LATER  # set by the checker


@_node
class Break(Stmt):
    pass


@_node
class Continue(Stmt):
    pass


@_node
class Return(Stmt):
    value: Expr | None


@_node
class SwitchCase(Node):
    test: Expr | None  # None for `default`
    body: list[Stmt]


@_node
class Switch(Stmt):
    discriminant: Expr
    cases: list[SwitchCase]


@_node
class Try(Stmt):
    block: Block
    param: str | None  # the name in `catch (e)`
    handler: Block | None
    finalizer: Block | None
    symbol: Any = _LATER  # set by the checker (catch param)


@_node
class Throw(Stmt):
    value: Expr


@_node
class Exit(Stmt):
    """`exit(n)`, `exit n` or `exit` (status 0)."""
    value: Expr | None


@_node
class Defer(Stmt):
    body: Stmt


@_node
class Import(Stmt):
    path: str
    # set by the checker: the imported file's tree, or None when it was already included
    imported: "Program | None" = _LATER


@_node
class Parallel(Stmt):
    """`parallel f(args);` as a statement."""
    call: Call


@_node
class Empty(Stmt):
    """A lone `;`."""


@_node
class Program(Node):
    body: list[Stmt]


def _build_nodes() -> None:
    """Give every class recorded by `_node` its fields, `__init__` and `__match_args__`."""
    import dataclasses  # for `Field` objects, so that `dataclasses.fields()` works on nodes

    fields_of: dict[type, dict[str, tuple[object, bool]]] = {}  # name -> (default, hidden)
    source: list[str] = []
    for cls in _NODE_CLASSES:
        own: dict[str, tuple[object, bool]] = {}
        for base in reversed(cls.__mro__[1:]):
            own.update(fields_of.get(base, {}))
        for name in cls.__dict__.get("__annotations__", {}):
            default = cls.__dict__.get(name, dataclasses.MISSING)
            own[name] = (default, default is _KW_ONLY or default is _LATER)
            if default is _KW_ONLY:
                delattr(cls, name)
            elif default is _LATER:
                setattr(cls, name, None)
        fields_of[cls] = own
        positional, keyword = [], []
        for name, (default, hidden) in own.items():
            if hidden:
                keyword.append(name if default is _KW_ONLY else f"{name}=None")
            else:
                assert default in (dataclasses.MISSING, None, False), default
                positional.append(name if default is dataclasses.MISSING else f"{name}={default!r}")
        params = ", ".join(["self", *positional, "*", *keyword])
        body = "".join(f"\n    self.{name} = {name}" for name in own)
        source.append(f"def __init__{cls.__name__}({params}):{body}\n")
        cls._compared = tuple(n for n, (_, hidden) in own.items() if not hidden)
        cls.__match_args__ = cls._compared
        cls.__dataclass_fields__ = {n: _field(dataclasses, n, d, h) for n, (d, h) in own.items()}
    namespace: dict[str, object] = {}
    exec("".join(source), {}, namespace)  # noqa: S102 - our own generated code
    for cls in _NODE_CLASSES:
        init = namespace[f"__init__{cls.__name__}"]
        init.__name__, init.__qualname__ = "__init__", f"{cls.__qualname__}.__init__"
        cls.__init__ = init


def _field(dataclasses, name: str, default: object, hidden: bool):
    if default is _LATER:
        default = None
    f = dataclasses.field(default=default, kw_only=hidden,
                          repr=not hidden, compare=not hidden)
    f.name, f._field_type = name, dataclasses._FIELD
    return f


_build_nodes()


# --------------------------------------------------------------------- traversal

_SLOTS_FILLED_LATER = frozenset({"span", "ty", "symbol", "target", "imported"})
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def child_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of a node class that may hold child nodes (cached)."""
    names = _CHILD_FIELDS.get(cls)
    if names is None:
        names = tuple(n for n in cls.__dataclass_fields__ if n not in _SLOTS_FILLED_LATER)
        _CHILD_FIELDS[cls] = names
    return names


def walk(roots, enter_imports: bool = True):
    """Every node below `roots` (a node or a list), imported programs included."""
    stack = [roots]
    pop, push, extend = stack.pop, stack.append, stack.extend
    fields_of = _CHILD_FIELDS
    while stack:
        node = pop()
        names = fields_of.get(node.__class__)
        if names is None:
            if isinstance(node, list):
                extend(node)
                continue
            if not isinstance(node, Node):
                continue
            names = child_fields(type(node))
        yield node
        if enter_imports and isinstance(node, Import) and node.imported is not None:
            push(node.imported)
        for name in names:
            value = getattr(node, name)
            if isinstance(value, (Node, list)):
                push(value)
