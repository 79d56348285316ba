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


class Node(metaclass=record):
    """`loc` is where the node was written: `(source, start offset, end offset)`, the first
    argument of every node class. A tuple is made per node, a `Span` only on request
    (`span`), nearly always for a message: making one per node cost a tenth of parsing."""
    loc: tuple = field(repr=False, compare=False)

    @property
    def span(self) -> Span:
        loc = self.loc
        return Span(*loc) if loc is not None else None


# ---------------------------------------------------------------------------- types

class TypeName(Node, metaclass=record):
    """`string`, `number`, `boolean`, `object`, `any`, `void`, `null`, or a declared name."""
    name: str


class ArrayTypeExpr(Node, metaclass=record):
    """`T[]` or `Array<T>`."""
    element: "TypeExpr"


class UnionTypeExpr(Node, metaclass=record):
    """`A | B`."""
    options: list["TypeExpr"]


class ObjectTypeExpr(Node, metaclass=record):
    """`{ a: string; b?: number }` written inline."""
    fields: list["FieldDecl"]


TypeExpr = TypeName | ArrayTypeExpr | UnionTypeExpr | ObjectTypeExpr


class FieldDecl(Node, metaclass=record):
    name: str
    type: TypeExpr
    optional: bool = False


# ---------------------------------------------------------------------- expressions

class Expr(Node, metaclass=record):
    ty: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class NumberLit(Expr, metaclass=record):
    value: float  # an int-valued literal is stored as int
    raw: str


class StringLit(Expr, metaclass=record):
    """A string with no interpolation (single quotes, or double/backtick without `${}`)."""
    value: str


class BoolLit(Expr, metaclass=record):
    value: bool


class NullLit(Expr, metaclass=record):
    pass


class UndefinedLit(Expr, metaclass=record):
    pass


class RegexLit(Expr, metaclass=record):
    pattern: str
    flags: str


class ShellParam(Expr, metaclass=record):
    """`$NAME`, `$1`, `$?`, `$!`, `$$`, `$#`, `$@` inside a double-quoted string."""
    name: str


class ShellCode(Node, metaclass=record):
    """Shell text with Utah interpolations: the inside of `$( … )` or a raw command line.

    `parts` alternates raw shell text (str, exactly as written, escapes untouched) and
    `${expr}` interpolations (Expr). Where an interpolation stands (command word, plain
    word, inside shell quotes) is decided later, by `shellcode.py`.
    """
    parts: list[Union[str, Expr]]


class CommandSubst(Expr, metaclass=record):
    """`$( … )` inside a string, or a template literal whose whole content is one."""
    code: ShellCode


class InterpString(Expr, metaclass=record):
    """A double-quoted string or template literal with interpolations.

    `parts` holds literal text (str, escapes already decoded) and expressions:
    `${expr}` as the Expr itself, `$( … )` as CommandSubst, `$NAME` as ShellParam.
    `quote` is '"' or '`'.
    """
    parts: list[Union[str, Expr]]
    quote: str


class ArrayLit(Expr, metaclass=record):
    elements: list[Expr]


class Property(Node, metaclass=record):
    key: str
    value: Expr


class ObjectLit(Expr, metaclass=record):
    properties: list[Property]


class Name(Expr, metaclass=record):
    id: str
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class Member(Expr, metaclass=record):
    """`obj.prop` or `obj?.prop`; also `ns.fn` as the callee of a namespace call."""
    object: Expr
    property: str
    optional: bool = False


class Index(Expr, metaclass=record):
    """`obj[index]` or `obj?.[index]`."""
    object: Expr
    index: Expr
    optional: bool = False


class Call(Expr, metaclass=record):
    """`f(a)`, `s.trim()`, `ns.fn(a)`, `s?.trim()`."""
    callee: Expr
    args: list[Expr]
    optional: bool = False
    target: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class Unary(Expr, metaclass=record):
    """`!x`, `-x`, `+x`, `typeof x`."""
    op: str
    operand: Expr


class Update(Expr, metaclass=record):
    """`++x`, `x++`, `--x`, `x--` on a name, element or property."""
    op: str
    prefix: bool
    target: Expr


class Binary(Expr, metaclass=record):
    """Arithmetic, comparison, equality and the short-circuit operators `&& || ??`."""
    op: str
    left: Expr
    right: Expr


class Assign(Expr, metaclass=record):
    """`=`, `+=`, `-=`, `*=`, `/=`, `%=`, `**=`, `||=`, `&&=`, `??=`."""
    op: str
    target: Expr
    value: Expr


class Conditional(Expr, metaclass=record):
    test: Expr
    then: Expr
    otherwise: Expr


class Param(Node, metaclass=record):
    """A parameter. A variadic `...rest: T[]` has a name starting with '...'."""
    name: str
    type: TypeExpr | None = None
    default: Expr | None = None
    optional: bool = False  # added by the parser: `n?: number` (may be omitted; no default)
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class Arrow(Expr, metaclass=record):
    """`(x, i) => expr` or `x => { … }`; only as an argument of an array method."""
    params: list[Param]
    body: Union[Expr, "Block"]
    return_type: TypeExpr | None = None  # added by the parser: `(x: string): T => …`


class ParallelExpr(Expr, metaclass=record):
    """`parallel f(args)` used as a value: the PID of the background job."""
    call: Call


# ----------------------------------------------------------------------- statements

class Block(Node, metaclass=record):
    body: list[Stmt]


class VarDecl(Node, metaclass=record):
    kind: str  # "let" or "const"
    name: str
    type: TypeExpr | None
    init: Expr | None
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class FunctionDecl(Node, metaclass=record):
    name: str
    params: list[Param]
    return_type: TypeExpr | None
    body: Block
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class InterfaceDecl(Node, metaclass=record):
    """`interface Name { … }`, `record Name { … }` or `type Name = …`."""
    name: str
    fields: list[FieldDecl] | None  # None for a `type` alias
    alias: TypeExpr | None = None


class ExprStmt(Node, metaclass=record):
    expr: Expr


class RawCommand(Node, metaclass=record):
    """A raw shell command line (LANGUAGE.md §8)."""
    code: ShellCode


class If(Node, metaclass=record):
    test: Expr
    then: Stmt
    otherwise: Stmt | None


class While(Node, metaclass=record):
    test: Expr
    body: Stmt


class DoWhile(Node, metaclass=record):
    body: Stmt
    test: Expr


class For(Node, metaclass=record):
    """Classic `for (init; test; update)`; each part may be missing."""
    init: Stmt | None  # a VarDecl or an ExprStmt
    test: Expr | None
    update: Expr | None
    body: Stmt


class ForEach(Node, metaclass=record):
    """`for (let x: T in xs)` / `for (const x of xs)`: keyword is "in" or "of"."""
    kind: str  # "let" or "const"
    name: str
    type: TypeExpr | None
    keyword: str
    iterable: Expr
    body: Stmt
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker


class Break(Node, metaclass=record):
    pass


class Continue(Node, metaclass=record):
    pass


class Return(Node, metaclass=record):
    value: Expr | None


class SwitchCase(Node, metaclass=record):
    test: Expr | None  # None for `default`
    body: list[Stmt]


class Switch(Node, metaclass=record):
    discriminant: Expr
    cases: list[SwitchCase]


class Try(Node, metaclass=record):
    block: Block
    param: str | None  # the name in `catch (e)`
    handler: Block | None
    finalizer: Block | None
    symbol: Any = field(default=None, kw_only=True, repr=False, compare=False)  # set by the checker (catch param)


class Throw(Node, metaclass=record):
    value: Expr


class Exit(Node, metaclass=record):
    """`exit(n)`, `exit n` or `exit` (status 0)."""
    value: Expr | None


class Defer(Node, metaclass=record):
    body: Stmt


class Import(Node, metaclass=record):
    path: str
    # set by the checker: the imported file's tree, or None when it was already included
    imported: "Program | None" = field(default=None, kw_only=True, repr=False, compare=False)


class Parallel(Node, metaclass=record):
    """`parallel f(args);` as a statement."""
    call: Call


class Empty(Node, metaclass=record):
    """A lone `;`."""


# (a union, not a class all statements derive from: each level of a class hierarchy adds to
# the cost of making every class below it, and nothing asks whether a node is a statement)
Stmt = (Block | VarDecl | FunctionDecl | InterfaceDecl | ExprStmt | RawCommand | If | While | DoWhile
        | For | ForEach | Break | Continue | Return | Switch | Try | Throw | Exit | Defer | Import
        | Parallel | Empty)


class Program(Node, metaclass=record):
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
