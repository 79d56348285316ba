"""`null` and `undefined` in typed scalar values (string, number, boolean).

A scalar slot holds null or undefined as a distinguished text: the byte 0x01 followed by
the word, `NULL_TEXT` and `UNDEFINED_TEXT` (docs/DESIGN.md, run-time conventions). Only
operations that can tell them apart pay for it (truthiness, `??`, `?.`, typeof, `===`,
turning a value into text), and only where the operand may be nullish: a literal, an
array element or a string's character (absent past the end), pop/shift/find, a `?.`
chain, a declaration without a value, an optional parameter, or a variable, parameter
or function that such a value can reach.

Which symbols may hold one is the least fixpoint over every store into them (the
parser's `Program.stores`), every argument of a user call and every returned value
(`CheckedProgram.flows`).
"""
from __future__ import annotations

from .. import ast
from ..records import record, replace
from ..types import ANY, NULL, NUMBER, STRING, UNDEFINED, ArrayType, UnionType

MARK = "\x01"
UNDEFINED_TEXT = MARK + "undefined"
NULL_TEXT = MARK + "null"

# built-ins whose result is undefined when there is nothing to give
_MAY_GIVE_UNDEFINED = frozenset({"array.pop", "array.shift", "array.find"})
_LINKS = (ast.Member, ast.Index, ast.Call)
# the expressions that can be nullish (`may_be_nullish`; all others never are)
_MAY_BE_NULLISH = frozenset({ast.NullLit, ast.UndefinedLit, ast.Name, *_LINKS, ast.Binary,
                             ast.Conditional, ast.Assign})
_SHORT_CIRCUITS = frozenset({"??", "||", "&&"})  # the binary operators that give an operand
_UNDEFINED = ast.UndefinedLit(None)
_TEXTS = (STRING, NULL, UNDEFINED)  # types of what a string parameter accepts
# Built-ins whose last parameter, left out, means what undefined made a number (0) does
# not — the end of the text or array, no limit, the whole text, no separator — and whose
# helpers tell it left out by their argument count: an undefined argument there is left
# out, as JavaScript's optional parameters take undefined. (Elsewhere undefined as a
# position is 0, as JavaScript has it, and a text parameter's default is `AsText`'s.)
_UNDEFINED_IS_OMITTED = frozenset({"string.substring", "string.slice", "array.slice",
                                   "string.split", "string.lastIndexOf", "string.endsWith"})


class AsText(ast.Expr, metaclass=record):
    """`String(expr)` where a built-in takes a string: a value that may be null or
    undefined reaches the built-in as the text JavaScript's String() gives, or as the
    parameter's `default` when it is undefined (JavaScript's default parameters)."""
    expr: ast.Expr
    default: str | None = None


class UnlessUndefined(ast.Expr, metaclass=record):
    """The last argument of a built-in in `_UNDEFINED_IS_OMITTED` that may be undefined:
    no argument at all when it is (a number is never empty text, which tells it apart;
    `split` tests its separator itself)."""
    expr: ast.Expr


def nullish_arguments(builtin, args: list[ast.Expr], has_receiver: bool,
                      symbols: set) -> list[ast.Expr]:
    """`args` of the built-in with each one a string parameter gets that may be null or
    undefined made `AsText`, and a last optional argument that may be undefined left out
    where that means something else (`_UNDEFINED_IS_OMITTED`): at once when it is the
    literal, else `UnlessUndefined`. The receiver of a method call (`has_receiver`: the
    first argument is one) stays as it is: a method called on null or undefined throws
    instead (`Lowerer.present_receiver`)."""
    params = builtin.params
    if builtin.key in _UNDEFINED_IS_OMITTED:
        args = _undefined_omitted(params, args, symbols)
    # (the strings that may be nullish made `AsText`, written out here: this runs per call)
    converted = None
    for i in range(1 if has_receiver else 0, len(args)):
        arg = args[i]
        if arg.ty not in _TEXTS or not may_be_nullish(arg, symbols):
            continue
        spec = params[i] if i < len(params) else params[-1] if params and params[-1].variadic else None
        if spec is None or not _takes_string(spec.type):
            continue
        if converted is None:
            converted = list(args)
        default = spec.default if isinstance(spec.default, str) else None
        converted[i] = AsText(arg.loc, arg, default, ty=STRING)
    return args if converted is None else converted


def _undefined_omitted(params, args: list[ast.Expr], symbols: set) -> list[ast.Expr]:
    while len(args) > 1 and args[-1].__class__ is ast.UndefinedLit and params[len(args) - 1].optional:
        args = args[:-1]
    last = args[-1]
    if len(args) > 1 and params[len(args) - 1].optional and last.ty in (NUMBER, STRING) \
            and may_be_nullish(last, symbols):
        args = [*args[:-1], UnlessUndefined(last.loc, last, ty=last.ty)]
    return args


def may_be_nullish_receiver(call: ast.Call, symbols: set) -> bool:
    """Whether the built-in method call `x.m(…)` may be made on null or undefined (where
    JavaScript throws a TypeError)."""
    target = call.target
    return target.method and target.args[0].ty.runtime_kind == "scalar" \
        and may_be_nullish(target.args[0], symbols)


def _takes_string(t) -> bool:
    return t is STRING or (t.__class__ is UnionType and STRING in t.options)


def nullish_symbols(stores: dict[type, list[ast.Node]], flows) -> set:
    """The variables, parameters and functions (their results) that may be nullish: typed
    scalars, and `any`s that may be undefined (which JSON text cannot hold); from the
    program's `storing_nodes` and `flows`."""
    values: list[tuple[object, ast.Expr]] = [(sym, e) for sym, e in flows if _may_hold_nullish(sym)]
    for node in stores[ast.VarDecl]:
        sym = node.symbol
        if sym is not None and _may_hold_nullish(sym):
            values.append((sym, node.init or _UNDEFINED))  # `let x: T;` is undefined
    for node in stores[ast.Param]:
        sym = node.symbol
        if sym is not None and getattr(node, "optional", False) and node.default is None \
                and _may_hold_nullish(sym):
            values.append((sym, _UNDEFINED))  # `n?: T` may be omitted
    for node in stores[ast.Assign]:
        if node.target.__class__ is ast.Name and node.op in ("=", "??=", "||=", "&&=") \
                and _may_hold_nullish(node.target.symbol):
            values.append((node.target.symbol, node.value))
    found: set = set()
    changed = True
    while changed:
        changed = False
        for sym, e in values:
            if sym not in found and may_be_nullish(e, found):
                found.add(sym)
                changed = True
    return found


def _may_hold_nullish(sym) -> bool:
    """Whether the symbol's values can be null or undefined: a typed scalar, an `any`."""
    return sym.type.runtime_kind == "scalar" or sym.type is ANY


def arrays_holding_nullish(stores: dict[type, list[ast.Node]], flows, symbols: set) -> set:
    """The array variables, parameters and functions (results) whose elements may be null
    or undefined, given the scalar `symbols` that may be: the least fixpoint over the
    stores into them, the calls that add elements (`CheckedProgram.flows`), and `xs[i] = v`
    where v may be nullish or i may lie past the end (the gap is undefined). Reading an
    element of any other array costs nothing more than telling an absent one."""
    values: list[tuple[object, ast.Expr]] = []
    found: set = set()
    for sym, e in flows:
        if sym.type.runtime_kind == "array":
            values.append((sym, e))
    for node in stores[ast.VarDecl]:
        sym = node.symbol
        if sym is not None and node.init is not None and sym.type.runtime_kind == "array":
            values.append((sym, node.init))
    for node in stores[ast.Assign]:
        if node.op != "=":
            continue
        target = node.target
        if target.__class__ is ast.Name:
            if target.symbol.type.runtime_kind == "array":
                values.append((target.symbol, node.value))
        elif target.__class__ is ast.Index and target.object.__class__ is ast.Name \
                and target.object.ty.__class__ is ArrayType \
                and (may_be_nullish(node.value, symbols) or not _within(target)):
            found.add(target.object.symbol)
    changed = True
    while changed:
        changed = False
        for sym, e in values:
            if sym not in found and holds_nullish(e, found, symbols):
                found.add(sym)
                changed = True
    return found


def _within(target: ast.Index) -> bool:
    """Whether `xs[i] = v` leaves no gap: i is 0 or `xs.length`."""
    i = target.index
    if i.__class__ is ast.NumberLit:
        return i.value == 0
    return i.__class__ is ast.Member and i.property == "length" \
        and i.object.__class__ is ast.Name and i.object.symbol is target.object.symbol


def holds_nullish(e: ast.Expr, arrays: set, symbols: set) -> bool:
    """Whether an element of the array expression `e` may be null or undefined, given the
    `arrays` and scalar `symbols` known to (`arrays_holding_nullish`)."""
    cls = e.__class__
    if cls is ast.Name:
        return e.symbol in arrays
    if cls is ast.ArrayLit:
        return any(may_be_nullish(x, symbols) for x in e.elements)
    if cls is ast.Conditional:
        return holds_nullish(e.then, arrays, symbols) or holds_nullish(e.otherwise, arrays, symbols)
    if cls is ast.Binary:
        return holds_nullish(e.left, arrays, symbols) or holds_nullish(e.right, arrays, symbols)
    if cls is ast.Assign:
        return holds_nullish(e.value, arrays, symbols)
    if cls is not ast.Call or e.target is None:
        return False
    builtin = getattr(e.target, "builtin", None)
    if builtin is None:
        return e.target.function in arrays
    if builtin.namespace != "array":
        return False  # split, json, fs, args…: texts, never null or undefined
    if builtin.key == "array.map":
        body = e.target.args[1].body
        return not isinstance(body, ast.Expr) or may_be_nullish(body, symbols)
    return any(holds_nullish(a, arrays, symbols) if isinstance(a.ty, ArrayType)
               else a.ty.runtime_kind == "scalar" and may_be_nullish(a, symbols)
               for a in e.target.args)


def may_be_nullish(e: ast.Expr, symbols: set) -> bool:
    """Whether the scalar expression `e` may evaluate to null or undefined."""
    # (this runs for most operands turned into text: the commonest questions, a name and
    # an expression that never is, come first and take the fewest steps)
    cls = e.__class__
    if cls is ast.Name:
        return e.symbol in symbols
    if cls not in _MAY_BE_NULLISH:
        return False  # a string, number or boolean literal, a template, arithmetic …
    if cls is ast.NullLit or cls is ast.UndefinedLit:
        return True
    if cls is ast.Binary and e.op not in _SHORT_CIRCUITS:
        return False  # arithmetic, a comparison
    if e.ty.runtime_kind != "scalar":
        return False  # arrays have none; JSON values hold JSON null
    if cls is ast.Call:
        target = e.target
        builtin = getattr(target, "builtin", None)
        if builtin is not None:
            if builtin.key in _MAY_GIVE_UNDEFINED:
                return True
        elif getattr(target, "function", None) in symbols:
            return True
        return guarded_link(e, symbols) is not None
    if cls is ast.Index:
        return e.object.ty.__class__ is ArrayType or e.object.ty == STRING \
            or guarded_link(e, symbols) is not None
    if cls is ast.Member:
        return guarded_link(e, symbols) is not None
    if cls is ast.Binary:
        if e.op == "&&" and may_be_nullish(e.left, symbols):
            return True
        return may_be_nullish(e.right, symbols)
    if cls is ast.Conditional:
        return may_be_nullish(e.then, symbols) or may_be_nullish(e.otherwise, symbols)
    return e.op == "=" and may_be_nullish(e.value, symbols)  # ast.Assign


def guarded_link(e: ast.Expr, symbols: set) -> ast.Member | ast.Index | None:
    """The outermost `?.` link of the chain `e` whose object may be nullish: when that
    object is null or undefined, the whole chain is undefined (JavaScript's short
    circuit). None when no link needs a guard. (A function is never nullish: `f?.()`
    needs none.)"""
    node = e
    while node.__class__ in _LINKS:
        if node.__class__ is ast.Call:
            node = node.callee
            continue
        obj = node.object
        if node.optional and obj.ty.runtime_kind == "scalar" and may_be_nullish(obj, symbols):
            return node
        node = obj
    return None


def without_link(e: ast.Expr, link: ast.Expr, obj: ast.Expr) -> ast.Expr:
    """The chain `e` with `link`'s object replaced by `obj` and its `?.` made a `.`."""
    if e is link:
        return replace(e, object=obj, optional=False)
    if e.__class__ is ast.Call:
        callee = without_link(e.callee, link, obj)
        target = e.target
        if getattr(target, "method", False):  # (its receiver is the callee's new object)
            target = target.__class__(target.builtin, [callee.object, *target.args[1:]], True)
        return replace(e, callee=callee, target=target)
    return replace(e, object=without_link(e.object, link, obj))
