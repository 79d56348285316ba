"""Which `number` variables only ever hold integers, so their arithmetic and comparisons
can be written as plain shell arithmetic (`$((i + 1))`, `((i < n))`) instead of calls to
the JavaScript-number helpers.

A variable is integral when every value stored in it is: integer literals, other
integral variables, `+ - *` of those, `++`/`--`, and `.length`. Parameters and values
from outside (parseInt, args, JSON) are not: they may be NaN or fractional. The set is
the greatest fixpoint: start from every number variable and drop the ones with a
non-integral store until nothing changes.
"""
from __future__ import annotations

from .. import ast
from ..types import NUMBER, STRING, ArrayType

MAX_SAFE = 2 ** 53
_STORING = frozenset({ast.VarDecl, ast.Assign, ast.Param, ast.ForEach, ast.Try})  # (no subclasses)


def integral_symbols(roots: list[ast.Node]) -> set:
    stores: dict[object, list[ast.Expr | None]] = {}
    candidates: set = set()
    for node in storing_nodes(roots):
        if isinstance(node, ast.VarDecl) and node.symbol is not None and node.symbol.type == NUMBER:
            candidates.add(node.symbol)
            stores.setdefault(node.symbol, []).append(node.init)
        elif isinstance(node, ast.Assign) and isinstance(node.target, ast.Name):
            sym = node.target.symbol
            if node.op in ("=", "+=", "-=", "*="):
                value = node.value if node.op == "=" else ast.Binary(
                    node.op[0], node.target, node.value, span=node.span)
                stores.setdefault(sym, []).append(value)
            else:
                stores.setdefault(sym, []).append(None)  # /=, %=, **=, ||= … may leave integers
        elif isinstance(node, (ast.Param, ast.ForEach, ast.Try)) and node.symbol is not None:
            stores.setdefault(node.symbol, []).append(None)
    ints = set(candidates)
    changed = True
    while changed:
        changed = False
        for sym in list(ints):
            if not all(v is not None and is_integral(v, ints) for v in stores.get(sym, [])):
                ints.discard(sym)
                changed = True
    return ints


def storing_nodes(roots: list[ast.Node]):
    """Every VarDecl, Assign, Param, ForEach and Try below `roots`, imported files included:
    as the parser noted them in `Program.stores`, or found by a walk."""
    for root in roots:
        stores = getattr(root, "stores", None) if isinstance(root, ast.Program) else None
        if stores is None:
            yield from (node for node in ast.walk(root) if node.__class__ in _STORING)
            continue
        yield from stores
        for stmt in root.body:  # `import` stands at the top level only
            if isinstance(stmt, ast.Import) and stmt.imported is not None:
                yield from storing_nodes([stmt.imported])


def is_integral(e: ast.Expr, ints: set) -> bool:
    """Whether `e` is certainly an integer, given the integral variables `ints`.
    (Node classes told by identity: they have no subclasses, and this runs per operand.)"""
    cls = e.__class__
    if cls is ast.NumberLit:
        return isinstance(e.value, int) and abs(e.value) < MAX_SAFE
    if cls is ast.Name:
        return e.symbol in ints
    if cls is ast.Binary:
        if e.op in ("+", "-", "*"):
            return is_integral(e.left, ints) and is_integral(e.right, ints)
        return e.op == "%" and (is_integral(e.left, ints) and isinstance(e.right, ast.NumberLit)
                                and isinstance(e.right.value, int) and e.right.value != 0)
    if cls is ast.Unary:
        return e.op in ("-", "+") and is_integral(e.operand, ints)
    if cls is ast.Update:
        return isinstance(e.target, ast.Name) and e.target.symbol in ints
    if cls is ast.Member:
        return e.property == "length" and _has_length(e.object)
    return False


def is_integral_without_effects(e: ast.Expr, ints: set) -> bool:
    """`is_integral(e)`, and no `++`/`--` anywhere in `e` (as `ast.walk` would find)."""
    return is_integral(e, ints) and not _has_update(e)


def _has_update(e: ast.Expr) -> bool:
    """Whether the integral expression `e` holds an `Update`; follows `is_integral`'s
    shapes and walks only what they leave open (the object of a `.length`)."""
    if isinstance(e, ast.Binary):
        return _has_update(e.left) or _has_update(e.right)
    if isinstance(e, ast.Unary):
        return _has_update(e.operand)
    if isinstance(e, ast.Update):
        return True
    if isinstance(e, ast.Member):
        return any(isinstance(n, ast.Update) for n in ast.walk(e.object))
    return False  # a literal or a name


def _has_length(obj: ast.Expr) -> bool:
    return obj.ty == STRING or isinstance(obj.ty, ArrayType)
