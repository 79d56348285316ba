"""Syntax tree of a Utah program, as the parser builds it.

Every node carries the `loc` it was parsed from (and gives its `span` on request). The
checker fills in the slots marked "set by the checker" (`ty` on expressions, `symbol` on
names and declarations, `target` on calls); the parser leaves them as None.
"""
from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Any, Union

from .records import field, record
from .source import Span


@record
class Node:
    """`loc` is where the node was written: `(source, start offset, end offset)`, the first
    argument of every node class. A tuple is made per node, a `Span` only on request
    (`span`), nearly always for a message: making one per node cost a tenth of parsing."""
    loc: tuple = field(repr=False, compare=False)

    @property
    def span(self) -> Span:
        loc = self.loc
        return Span(*loc) if loc is not None else None


# ---------------------------------------------------------------------------- types

@record
class TypeName(Node):
    """`string`, `number`, `boolean`, `object`, `any`, `void`, `null`, or a declared name."""
    name: str


@record
class ArrayTypeExpr(Node):
    """`T[]` or `Array<T>`."""
    element: "TypeExpr"


@record
class UnionTypeExpr(Node):
    """`A | B`."""
    options: list["TypeExpr"]


@record
class ObjectTypeExpr(Node):
    """`{ a: string; b?: number }` written inline."""
    fields: list["FieldDecl"]


TypeExpr = TypeName | ArrayTypeExpr | UnionTypeExpr | ObjectTypeExpr


@record
class FieldDecl(Node):
    name: str
    type: TypeExpr
    optional: bool = False


# ---------------------------------------------------------------------- expressions

@record
class Expr(Node):
    ty: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class NumberLit(Expr):
    value: float  # an int-valued literal is stored as int
    raw: str


@record
class StringLit(Expr):
    """A string with no interpolation (single quotes, or double/backtick without `${}`)."""
    value: str


@record
class BoolLit(Expr):
    value: bool


@record
class NullLit(Expr):
    pass


@record
class UndefinedLit(Expr):
    pass


@record
class RegexLit(Expr):
    pattern: str
    flags: str


@record
class ShellParam(Expr):
    """`$NAME`, `$1`, `$?`, `$!`, `$$`, `$#`, `$@` inside a double-quoted string."""
    name: str


@record
class ShellCode(Node):
    """Shell text with Utah interpolations: the inside of `$( … )` or a raw command line.

    `parts` alternates raw shell text (str, exactly as written, escapes untouched) and
    `${expr}` interpolations (Expr). Where an interpolation stands (command word, plain
    word, inside shell quotes) is decided later, by `shellcode.py`.
    """
    parts: list[Union[str, Expr]]


@record
class CommandSubst(Expr):
    """`$( … )` inside a string, or a template literal whose whole content is one."""
    code: ShellCode


@record
class InterpString(Expr):
    """A double-quoted string or template literal with interpolations.

    `parts` holds literal text (str, escapes already decoded) and expressions:
    `${expr}` as the Expr itself, `$( … )` as CommandSubst, `$NAME` as ShellParam.
    `quote` is '"' or '`'.
    """
    parts: list[Union[str, Expr]]
    quote: str


@record
class ArrayLit(Expr):
    elements: list[Expr]


@record
class Property(Node):
    key: str
    value: Expr


@record
class ObjectLit(Expr):
    properties: list[Property]


@record
class Name(Expr):
    id: str
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class Member(Expr):
    """`obj.prop` or `obj?.prop`; also `ns.fn` as the callee of a namespace call."""
    object: Expr
    property: str
    optional: bool = False


@record
class Index(Expr):
    """`obj[index]` or `obj?.[index]`."""
    object: Expr
    index: Expr
    optional: bool = False


@record
class Call(Expr):
    """`f(a)`, `s.trim()`, `ns.fn(a)`, `s?.trim()`."""
    callee: Expr
    args: list[Expr]
    optional: bool = False
    target: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class Unary(Expr):
    """`!x`, `-x`, `+x`, `typeof x`."""
    op: str
    operand: Expr


@record
class Update(Expr):
    """`++x`, `x++`, `--x`, `x--` on a name, element or property."""
    op: str
    prefix: bool
    target: Expr


@record
class Binary(Expr):
    """Arithmetic, comparison, equality and the short-circuit operators `&& || ??`."""
    op: str
    left: Expr
    right: Expr


@record
class Assign(Expr):
    """`=`, `+=`, `-=`, `*=`, `/=`, `%=`, `**=`, `||=`, `&&=`, `??=`."""
    op: str
    target: Expr
    value: Expr


@record
class Conditional(Expr):
    test: Expr
    then: Expr
    otherwise: Expr


@record
class Param(Node):
    """A parameter. A variadic `...rest: T[]` has a name starting with '...'."""
    name: str
    type: TypeExpr | None = None
    default: Expr | None = None
    optional: bool = False  # added by the parser: `n?: number` (may be omitted; no default)
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class Arrow(Expr):
    """`(x, i) => expr` or `x => { … }`; only as an argument of an array method."""
    params: list[Param]
    body: Union[Expr, "Block"]
    return_type: TypeExpr | None = None  # added by the parser: `(x: string): T => …`


@record
class ParallelExpr(Expr):
    """`parallel f(args)` used as a value: the PID of the background job."""
    call: Call


# ----------------------------------------------------------------------- statements

@record
class Stmt(Node):
    pass


@record
class Block(Stmt):
    body: list[Stmt]


@record
class VarDecl(Stmt):
    kind: str  # "let" or "const"
    name: str
    type: TypeExpr | None
    init: Expr | None
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class FunctionDecl(Stmt):
    name: str
    params: list[Param]
    return_type: TypeExpr | None
    body: Block
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class InterfaceDecl(Stmt):
    """`interface Name { … }`, `record Name { … }` or `type Name = …`."""
    name: str
    fields: list[FieldDecl] | None  # None for a `type` alias
    alias: TypeExpr | None = None


@record
class ExprStmt(Stmt):
    expr: Expr


@record
class RawCommand(Stmt):
    """A raw shell command line (LANGUAGE.md §8)."""
    code: ShellCode


@record
class If(Stmt):
    test: Expr
    then: Stmt
    otherwise: Stmt | None


@record
class While(Stmt):
    test: Expr
    body: Stmt


@record
class DoWhile(Stmt):
    body: Stmt
    test: Expr


@record
class For(Stmt):
    """Classic `for (init; test; update)`; each part may be missing."""
    init: Stmt | None  # a VarDecl or an ExprStmt
    test: Expr | None
    update: Expr | None
    body: Stmt


@record
class ForEach(Stmt):
    """`for (let x: T in xs)` / `for (const x of xs)`: keyword is "in" or "of"."""
    kind: str  # "let" or "const"
    name: str
    type: TypeExpr | None
    keyword: str
    iterable: Expr
    body: Stmt
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


@record
class Break(Stmt):
    pass


@record
class Continue(Stmt):
    pass


@record
class Return(Stmt):
    value: Expr | None


@record
class SwitchCase(Node):
    test: Expr | None  # None for `default`
    body: list[Stmt]


@record
class Switch(Stmt):
    discriminant: Expr
    cases: list[SwitchCase]


@record
class Try(Stmt):
    block: Block
    param: str | None  # the name in `catch (e)`
    handler: Block | None
    finalizer: Block | None
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker (catch param)


@record
class Throw(Stmt):
    value: Expr


@record
class Exit(Stmt):
    """`exit(n)`, `exit n` or `exit` (status 0)."""
    value: Expr | None


@record
class Defer(Stmt):
    body: Stmt


@record
class Import(Stmt):
    path: str
    # set by the checker: the imported file's tree, or None when it was already included
    imported: "Program | None" = field(default=None, kw_only=True, repr=False, compare=False)


@record
class Parallel(Stmt):
    """`parallel f(args);` as a statement."""
    call: Call


@record
class Empty(Stmt):
    """A lone `;`."""


@record
class Program(Node):
    body: list[Stmt]


# --------------------------------------------------------------------- traversal

_SLOTS_FILLED_LATER = frozenset({"loc", "ty", "symbol", "target", "imported"})
_PLAIN_VALUES = frozenset({"str", "bool", "int", "float"})  # annotations of fields without nodes
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}


def child_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of a node class that may hold child nodes (cached): not the
    ones the checker fills in, nor those declared as plain text, numbers or flags."""
    names = _CHILD_FIELDS.get(cls)
    if names is None:
        names = tuple(n for n, spec in cls._record_specs.items()
                      if n not in _SLOTS_FILLED_LATER and spec.type not in _PLAIN_VALUES)
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
