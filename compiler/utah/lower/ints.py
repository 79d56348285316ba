"""Which `number` variables only ever hold integers, and which of those provably stay
within ±2^53, so that their arithmetic and comparisons can be written as plain shell
arithmetic (`$((i + 1))`, `((i < n))`) instead of calls to the JavaScript-number helpers.

A variable is integral when every value stored in it is: integer literals (and constant
expressions with an integer value), other integral variables, `+ - *` of those,
`++`/`--`, and `.length`. Parameters and values from outside (parseInt, args, JSON) are
not: they may be NaN or fractional. The set is the greatest fixpoint: start from every
number variable and drop the ones with a non-integral store until nothing changes.

Shell arithmetic is exact in 64 bits, JavaScript only up to 2^53 (`MAX_EXACT`): past it a
result rounds to a double (`9007199254740993` is 9007199254740992) and may print in
exponent form (`9.9999999998e+21`), which `$(( ))` cannot even read. So an integral
variable is also *bounded* when a magnitude within 2^53 follows from its stores; only
the arithmetic of bounded operands whose every intermediate value stays within 2^53 is
plain `$(( ))` (`bound`), the rest is tested at run time (expr.py, `checked_arith`).
A bound comes from literals, `.length` (below `LENGTH_BOUND`), sums and products of the
operands' bounds, loop counters (`for (let i = a; i < n; i += k)` with nothing else
storing into `i` stays within a and n + k: `_loop_limit`) and other counters: a store
`x = x ± k` (`x++`, `x += k`, `k` not reading `x`) adds at most `STEPS` × the bound of
`k` to the bound of `x`'s other stores — so a running total `t += i` is unbounded unless
`i` stays small. The bounds are the least fixpoint from 0, widened: a variable whose bound
still grows after as many rounds as there are integral variables feeds on itself
(`x *= 2`, `x = y + 1; y = x`) and is unbounded.
"""
from __future__ import annotations

from .. import ast
from ..types import NUMBER, STRING, ArrayType
from .numbers import MAX_EXACT, constant

# No statement of a shell script runs 2^40 times: that would take weeks at the million
# simple commands a second of the fastest shell.
STEPS = 2 ** 40
# No string or array in a shell has 2^32 characters or elements (memory).
LENGTH_BOUND = 2 ** 32
# Integers of at most 15 characters (digits and a sign) are below this in magnitude: what
# a run-time test of the text (expr.py, `NOT_SHORT_INTEGER`) shows.
SHORT_INTEGER_BOUND = 10 ** 15 - 1
# the assignments that keep an integral variable integral when the value is
_INTEGRAL_ASSIGNMENTS = frozenset({"=", "+=", "-=", "*="})
_STORING = frozenset({ast.VarDecl, ast.Assign, ast.Param, ast.ForEach, ast.Try, ast.Update,
                      ast.For})  # (no subclasses)


def integer_facts(stores: dict[type, list[ast.Node]]) -> tuple[set, dict, set]:
    """The integral number variables, the magnitude bound of each bounded one, and the
    loop counters never below 0 (`for (let i = 0; i < n; i++)` with nothing else storing
    into `i`: an array index needing no guard against a negative one), from the
    program's `storing_nodes`."""
    # per number variable: the values that must be integral for it to be (None: a store
    # that is not) — `x += v` (and -= *=) keeps an integral `x` integral when `v` is,
    # `x++` always: no value — and every node storing into it (for the bounds: its
    # declaration, assignments, then updates). (Stores into other than number variables
    # are left out: only those can be integral; so are Param, ForEach and Try, which
    # declare a variable of their own, never a candidate: those are declared by VarDecl.)
    operands: dict[object, list[ast.Expr | None]] = {}
    by_symbol: dict[object, list[ast.Node]] = {}
    candidates: set = set()
    Name, NumberLit = ast.Name, ast.NumberLit  # (told by `type`: the cheapest test per node)
    for node in stores[ast.VarDecl]:
        sym = node.symbol
        if sym is None or sym.type is not NUMBER:
            continue
        candidates.add(sym)
        by_symbol.setdefault(sym, []).append(node)
        operand = node.init
        if type(operand) is not NumberLit or type(operand.value) is not int:  # (else integral)
            operands.setdefault(sym, []).append(operand)
    for node in stores[ast.Assign]:
        target = node.target
        sym = target.symbol if type(target) is Name else None
        if sym is None or sym.type is not NUMBER:
            continue
        by_symbol.setdefault(sym, []).append(node)
        # (/=, %=, **=, ||= … may leave integers: None)
        operand = node.value if node.op in _INTEGRAL_ASSIGNMENTS else None
        if type(operand) is not NumberLit or type(operand.value) is not int:
            operands.setdefault(sym, []).append(operand)
    for node in stores[ast.Update]:
        target = node.target
        sym = target.symbol if type(target) is Name else None
        if sym is not None and sym.type is NUMBER:
            by_symbol.setdefault(sym, []).append(node)
    ints = set(candidates)
    changed = True
    while changed:
        changed = False
        for sym in list(ints):
            for v in operands.get(sym, ()):  # (a loop, not `all` of a generator: a call less)
                if v is None or not is_integral(v, ints):
                    ints.discard(sym)
                    changed = True
                    break
    loops, counting_up = {}, set()
    for loop in stores[ast.For]:
        limit = _loop_limit(loop, ints)
        nodes = by_symbol[loop.init.symbol] if limit is not None else ()
        if len(nodes) == 2 and nodes[0] is loop.init and nodes[1] is loop.update:
            loops[loop.init.symbol] = limit
            start = loop.init.init
            if type(start) is NumberLit and type(start.value) is int and start.value >= 0 \
                    and loop.update.op in ("++", "+="):
                counting_up.add(loop.init.symbol)
    return ints, _bounds(ints, by_symbol, loops), counting_up


def _loop_limit(loop: ast.For, ints: set) -> tuple[ast.Expr, int] | None:
    """(n, k) for `for (let i = …; i < n; i += k)` — `i` integral, `n` not reading it, `k`
    a positive integer literal (`i++`: 1), counting down (`i > n; i -= k`) as well: while
    nothing else stores into `i`, it stays within the start and n ± k."""
    init, test, update = loop.init, loop.test, loop.update
    if not (init.__class__ is ast.VarDecl and init.symbol in ints and test.__class__ is ast.Binary):
        return None
    sym = init.symbol
    if update.__class__ is ast.Update and update.target.__class__ is ast.Name and update.target.symbol is sym:
        up, step = update.op == "++", 1
    elif update.__class__ is ast.Assign and update.op in ("+=", "-=") and update.target.__class__ is ast.Name \
            and update.target.symbol is sym and _nonzero_integer(update.value) and update.value.value > 0:
        up, step = update.op == "+=", update.value.value
    else:
        return None
    op, left, right = test.op, test.left, test.right
    if right.__class__ is ast.Name and right.symbol is sym:  # `n > i` is `i < n`
        op, left, right = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}.get(op), right, left
    if not (left.__class__ is ast.Name and left.symbol is sym and op in (("<", "<=") if up else (">", ">="))):
        return None
    if _reads(right, sym):
        return None
    return right, step


def _bounds(ints: set, stores: dict, loops: dict) -> dict:
    """The bounded variables among `ints`, each with its bound (see the module's doc);
    `loops` gives the limit and step of the loop counters `_loop_limit` found."""
    bounds = dict.fromkeys(ints, 0)
    # Each variable's stores sorted once, not every round: the values stored (`others`),
    # the steps `k` of `x = x ± k` (`steps`), and the literals among them bounded at once:
    # the largest literal stored and the sum of the literal steps (None when a literal is
    # past 2^53). A variable that reads no other (no `others`, `steps` or loop) has its
    # bound worked out once (`fixed`), taken in round 1 and never grown past; the `rules`
    # of the rest are followed every round.
    rules: dict[object, tuple] = {}
    fixed: dict[object, int | None] = {}
    for sym in ints:
        largest, stepped, others, steps = 0, 0, [], []
        for node in stores[sym]:
            cls = node.__class__
            if cls is ast.Update:  # `x++`, `x--`: a step of 1
                stepped = None if stepped is None else stepped + STEPS
                continue
            if cls is ast.VarDecl or node.op == "=":
                value = node.init if cls is ast.VarDecl else node.value
                if value.__class__ is ast.NumberLit:
                    b = bound(value, bounds)
                    largest = None if b is None or largest is None else max(largest, b)
                    continue
                if _reads_only(value, sym):
                    continue  # `x = x++` stores a value `x` held: no new bound
                step = _counter_step(value, sym)
                if step is None:
                    others.append(value)
                    continue
            elif node.op != "*=" and not _reads(node.value, sym):
                step = node.value  # `x += k`, `x -= k`
            else:  # `x *= k`, `x += x`: no counter, `x` feeds on itself
                others.append(ast.Binary(node.loc, node.op[0], node.target, node.value))
                continue
            if step.__class__ is ast.NumberLit:
                b = bound(step, bounds)
                stepped = None if b is None or stepped is None else stepped + STEPS * b
            else:
                steps.append(step)
        loop = loops.get(sym)
        if loop is not None:
            end = bound(loop[0], bounds)  # (with every variable at 0: the least it will be)
            if end is None or end + loop[1] > MAX_EXACT:
                loop = None  # a limit without a bound: never one
        if others or steps or loop is not None:
            rules[sym] = others, steps, largest, stepped, loop
        else:
            fixed[sym] = _stored_bound(others, steps, bounds, largest, stepped)
    syms = list(bounds)  # round 1: every variable; then those the others' bounds may move
    rounds = 0
    while syms:
        rounds += 1
        changed = False
        for sym in syms:
            rule = rules.get(sym)
            if rule is None:
                new = fixed[sym]
            else:
                others, steps, largest, stepped, loop = rule
                new = _stored_bound(others, steps, bounds, largest, stepped)
                if loop is not None:
                    limit, step = loop
                    start, end = _stored_bound(others, [], bounds, largest), bound(limit, bounds)
                    if start is not None and end is not None and end + step <= MAX_EXACT:
                        in_loop = max(start, end + step)
                        new = in_loop if new is None else min(new, in_loop)
            if new is None or (new > bounds[sym] and rounds > len(ints)):
                del bounds[sym]
                changed = True
            elif new > bounds[sym]:
                bounds[sym] = new
                changed = True
        syms = [sym for sym in bounds if sym in rules] if changed else ()
    return bounds


def _stored_bound(values: list[ast.Expr], steps: list[ast.Expr], bounds: dict,
                  total: int | None = 0, stepped: int | None = 0) -> int | None:
    """The bound of a variable given the `values` stored into it (beside literals whose
    largest bound is `total`) and its `steps` (beside literal ones adding `stepped`)."""
    if total is None or stepped is None:
        return None
    for value in values:
        b = bound(value, bounds)
        if b is None:
            return None
        total = max(total, b)
    total += stepped
    for step in steps:
        b = bound(step, bounds)
        if b is None:
            return None
        total += STEPS * b
    return total if total <= MAX_EXACT else None


def _reads_only(value: ast.Expr, sym) -> bool:
    """Whether `value` is `x`, or `x++`/`++x` and the like (whose own store is a step),
    for the variable `x` (`sym`)."""
    if value.__class__ is ast.Update:
        value = value.target
    return value.__class__ is ast.Name and value.symbol is sym


def _counter_step(value: ast.Expr, sym) -> ast.Expr | None:
    """`k` when `value` is `x + k`, `k + x` or `x - k` for the variable `x` (`sym`) and
    `k` does not read `x`."""
    if value.__class__ is not ast.Binary or value.op not in ("+", "-"):
        return None
    left, right = value.left, value.right
    if left.__class__ is ast.Name and left.symbol is sym:
        step = right
    elif value.op == "+" and right.__class__ is ast.Name and right.symbol is sym:
        step = left
    else:
        return None
    return None if _reads(step, sym) else step


def _reads(e: ast.Expr, sym) -> bool:
    """Whether `e` reads the variable `sym`. Names, literals and arithmetic (what loop
    limits and steps nearly always are) are told without `ast.walk`, whose generator
    costs more than such a small tree."""
    cls = e.__class__
    if cls is ast.Name:
        return e.symbol is sym
    if cls is ast.NumberLit:
        return False
    if cls is ast.Binary:
        return _reads(e.left, sym) or _reads(e.right, sym)
    return any(n.__class__ is ast.Name and n.symbol is sym for n in ast.walk(e))


def storing_nodes(roots: list[ast.Node]) -> dict[type, list[ast.Node]]:
    """Every VarDecl, Assign, Param, ForEach, Try, Update and For below `roots`, imported
    files included, by class: as the parser noted them in `Program.stores`, or found by a
    walk. (Sorted once for the analyses that take them, `integer_facts` and nullish.py's,
    each of which wants a few of the classes.)"""
    found: dict[type, list[ast.Node]] = {cls: [] for cls in _STORING}
    _sort_stores(roots, found)
    return found


def _sort_stores(roots: list[ast.Node], found: dict[type, list[ast.Node]]) -> None:
    """Adds the storing nodes below `roots` to `found` (`storing_nodes`)."""
    for root in roots:
        stores = getattr(root, "stores", None) if root.__class__ is ast.Program else None
        if stores is None:  # (the walk enters imported files)
            for node in ast.walk(root):
                if node.__class__ in _STORING:
                    found[node.__class__].append(node)
            continue
        for node in stores:
            found[node.__class__].append(node)
        for stmt in root.body:  # `import` stands at the top level only
            if stmt.__class__ is ast.Import and stmt.imported is not None:
                _sort_stores([stmt.imported], found)


def is_integral(e: ast.Expr, ints: set) -> bool:
    """Whether `e` is certainly an integer, given the integral variables `ints`.
    (Node classes told by identity: they have no subclasses, and this runs per operand.)"""
    cls = type(e)
    if cls is ast.NumberLit:
        return isinstance(e.value, int)
    if cls is ast.Name:
        return e.symbol in ints
    if cls is ast.Binary:
        if e.op in ("+", "-", "*") and is_integral(e.left, ints) and is_integral(e.right, ints):
            return True
        if e.op == "%" and _nonzero_integer(e.right) and is_integral(e.left, ints):
            return True
        return isinstance(constant(e), int)  # `2 ** 10`, `0.5 + 0.5`
    if cls is ast.Unary:
        return e.op in ("-", "+") and is_integral(e.operand, ints)
    if cls is ast.Update:
        return e.target.__class__ is ast.Name and e.target.symbol in ints
    if cls is ast.Member:
        return e.property == "length" and _has_length(e.object)
    return False


def bound(e: ast.Expr, bounds: dict, tested: set | None = None) -> int | None:
    """A bound on the magnitude of the integer `e` and of every value computed on the way,
    given the bounded variables `bounds`; None unless all stay within ±2^53. With `tested`
    (the integral variables), one without a bound counts as a short integer (below
    `SHORT_INTEGER_BOUND`): the caller tests at run time that it holds one
    (expr.py, `short_integer_tests`). (Node classes told by identity, as in `is_integral`.)"""
    cls = e.__class__
    if cls is ast.Name:
        found = bounds.get(e.symbol)
        if found is None and tested is not None and e.symbol in tested:
            return SHORT_INTEGER_BOUND
        return found
    if cls is ast.NumberLit:  # (`constant` of a literal, without the call: the commonest)
        value = e.value  # (an int or a float, never a bool)
        if value.__class__ is int and -MAX_EXACT <= value <= MAX_EXACT:
            return value if value >= 0 else -value
        return None
    if cls is ast.Binary:
        op = e.op
        if op in ("+", "-", "*"):
            left = bound(e.left, bounds, tested)
            right = None if left is None else bound(e.right, bounds, tested)
            if right is not None:
                result = left * right if op == "*" else left + right
                return result if result <= MAX_EXACT else None
        elif op == "%" and _nonzero_integer(e.right):
            left = bound(e.left, bounds, tested)
            if left is not None:
                return min(left, abs(e.right.value) - 1)
        value = constant(e)  # `2 ** 10`, `10 / 2`
        return abs(value) if isinstance(value, int) and abs(value) <= MAX_EXACT else None
    if cls is ast.Unary:
        if e.op in ("-", "+"):
            return bound(e.operand, bounds, tested)
        return None
    if cls is ast.Update:
        return bounds.get(e.target.symbol) if e.target.__class__ is ast.Name else None
    if cls is ast.Member:
        return LENGTH_BOUND if e.property == "length" and _has_length(e.object) else None
    return None


def _nonzero_integer(e: ast.Expr) -> bool:
    return e.__class__ is ast.NumberLit and isinstance(e.value, int) and e.value != 0


def has_update(e: ast.Expr) -> bool:
    """Whether the integral expression `e` holds an `Update`; follows `is_integral`'s
    shapes and walks only what they leave open (the object of a `.length`)."""
    if e.__class__ is ast.Binary:
        return has_update(e.left) or has_update(e.right)
    if e.__class__ is ast.Unary:
        return has_update(e.operand)
    if e.__class__ is ast.Update:
        return True
    if e.__class__ is ast.Member:
        return any(n.__class__ is ast.Update for n in ast.walk(e.object))
    return False  # a literal or a name


def _has_length(obj: ast.Expr) -> bool:
    return obj.ty == STRING or obj.ty.__class__ is ArrayType
