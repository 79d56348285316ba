"""Array methods and their `array.*` forms. Mutating methods (push pop shift unshift sort
reverse splice) change the variable they are called on (LANGUAGE.md §4); callbacks of map,
filter, forEach, reduce, find, some and every are inlined as loops."""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit, var
from ...types import ANY, NUMBER, ArrayType, FunctionType
from ..context import ArrowFrame, LoopFrame
from ..expr import negate
from ..nullish import UNDEFINED_TEXT
from ..stmt import with_final_break
from . import helper_array, lowers, lowers_condition


def _receiver(lw, e: ast.Expr) -> str:
    """The array a mutating method changes: the variable itself when it is one."""
    return lw.array(e)


def _elements(name: str) -> Word:
    return Word((ir.Elements(name),))


@lowers("array.length")
def length(lw, args, call):
    return Word((ir.Count(lw.array(args[0])),))


@lowers("array.push")
def push(lw, args, call):
    name = _receiver(lw, args[0])
    values = [lw.json.text_of(lw, a) if a.ty.runtime_kind == "json" and not isinstance(a, ast.Name)
              else lw.value(a) for a in args[1:]]
    lw.emit(ir.ArrayAssign(name, values, append=True))
    return Word((ir.Count(name),))


@lowers("array.unshift")
def unshift(lw, args, call):
    name = _receiver(lw, args[0])
    lw.emit(ir.ArrayAssign(name, lw.argument_values(args[1:]) + [_elements(name)]))
    return Word((ir.Count(name),))


def _absent(call) -> str:
    """What pop, shift and find give when there is no element: undefined in a scalar; an
    element of an untyped array is raw text, where "" stands for it."""
    return UNDEFINED_TEXT if call.ty.runtime_kind == "scalar" else ""


@lowers("array.pop")
def pop(lw, args, call):
    name = _receiver(lw, args[0])
    t = lw.temp()
    lw.emit(ir.Assign(t, lit(_absent(call))))
    last = ir.Arith(f"${{#{name}[@]}} - 1")
    lw.emit(ir.If([(ir.Block([ir.ArithTest(f"${{#{name}[@]}} > 0")]),
                    ir.Block([ir.Assign(t, Word((ir.Var(name, last),))),
                              ir.ArrayPop(name)]))]))
    return var(t)


@lowers("array.shift")
def shift(lw, args, call):
    name = _receiver(lw, args[0])
    t = lw.temp()
    absent = _absent(call)
    first = ir.Expansion(name, "-", absent, ir.Arith("0")) if absent else ir.Var(name, ir.Arith("0"))
    lw.emit(ir.Assign(t, Word((first,))))
    lw.emit(ir.ArrayAssign(name, [Word((ir.Elements(name, start=1),))]))
    return var(t)


@lowers_condition("array.includes", "array.contains")
def includes(lw, args, call):
    """With a start position, the index helper's search from there (which, comparing
    text, finds NaN as includes does)."""
    name = lw.array(args[0])
    if len(args) > 2:
        return ir.AndOr([ir.Cmd([lit(lw.use("__utah_array_index_of")), lit(name), *lw.argument_values(args[1:3])]),
                         ir.ArithTest("__r >= 0")], ["&&"])
    return ir.Cmd([lit(lw.use("__utah_array_includes")), lit(name), *lw.argument_values(args[1:2])])


@lowers_condition("array.isEmpty")
def is_empty(lw, args, call):
    return ir.ArithTest(f"${{#{lw.array(args[0])}[@]}} == 0")


@lowers("array.indexOf")
def index_of(lw, args, call):
    """In a number array NaN is never found (NaN !== NaN); the helper compares text."""
    if args[0].ty != ArrayType(NUMBER):
        return _named_helper(lw, "__utah_array_index_of", args)
    name = lw.array(args[0])
    values = lw.argument_values(args[1:])
    if values[0].literal == "NaN":
        return lit("-1")
    if values[0].literal is not None:
        return _named_helper(lw, "__utah_array_index_of", args, name, values)
    lw.use("__utah_array_index_of")
    t = lw.temp()
    search = ir.Block([ir.Cmd([lit("__utah_array_index_of"), lit(name), *values]),
                       ir.Assign(t, var("__r"))])
    lw.emit(ir.If([(ir.Block([ir.Test("==", values[0], lit("NaN"))]),
                    ir.Block([ir.Assign(t, lit("-1"))]))], search))
    return var(t)


@lowers("array.join")
def join(lw, args, call):
    return _named_helper(lw, "__utah_join", args)


def _named_helper(lw, helper: str, args, name: str | None = None, values=None):
    """A helper taking the array by name, then scalar arguments; result in `__r`.
    `name` and `values` are the lowered arguments when the caller lowered them already."""
    if name is None:
        name = lw.array(args[0])
        values = lw.argument_values(args[1:])
    lw.use(helper)
    lw.emit(ir.Cmd([lit(helper), lit(name), *values]))
    t = lw.temp()
    lw.emit(ir.Assign(t, var("__r")))
    return var(t)


@lowers("array.slice")
def slice_(lw, args, call):
    return helper_array(lw, "__utah_array_slice", [lit(lw.array(args[0])), *lw.argument_values(args[1:])])


@lowers("array.concat", "array.merge")
def concat(lw, args, call):
    names = []
    for a in args:
        if isinstance(a.ty, ArrayType):
            names.append(lw.keep_array(lw.array(a)))
        else:
            t = lw.temp(array=True)
            lw.emit(ir.ArrayAssign(t, [lw.value(a)]))
            names.append(t)
    return helper_array(lw, "__utah_array_concat", [lit(n) for n in names])


@lowers("array.unique")
def unique(lw, args, call):
    return helper_array(lw, "__utah_array_unique", [lit(lw.array(args[0]))])


@lowers("array.shuffle")
def shuffle(lw, args, call):
    return helper_array(lw, "__utah_array_shuffle", [lit(lw.array(args[0]))])


@lowers("array.splice")
def splice(lw, args, call):
    """Removes (and inserts) in the variable itself; returns the removed elements (as
    JavaScript does). The helper leaves them in a temporary array, the spliced array
    in `__ra`, which is written back as `reorder` does."""
    name = _receiver(lw, args[0])
    removed = lw.temp(array=True)
    lw.emit(ir.ArrayAssign(removed, []))  # written by the helper, through its name
    words = lw.argument_values(args[1:3])
    items = [lw.json.text_of(lw, a) if a.ty.runtime_kind == "json" and not isinstance(a, ast.Name)
             else lw.value(a) for a in args[3:]]
    lw.use("__utah_array_splice")
    lw.emit(ir.Cmd([lit("__utah_array_splice"), lit(name), lit(removed), *words, *items]))
    lw.emit(ir.ArrayAssign(name, [_elements("__ra")]))
    return removed


@lowers("array.reverse", "array.sort")
def reorder(lw, args, call):
    """Sorts or reverses the variable in place and returns it (as JavaScript does)."""
    name = _receiver(lw, args[0])
    method = call.target.builtin.name
    if method == "sort":
        if len(args) > 1 and isinstance(args[1], ast.Arrow):
            if lw.holds_nullish(args[0]):  # (JavaScript puts them last without comparing them)
                lw.unsupported(args[1], "sort with a comparison function of an array that may hold "
                               "null or undefined")
            else:
                _sort_by(lw, name, args[1])
            return name
        extra = lw.argument_values(args[1:2])
        helper = "__utah_array_sort_nullish" if lw.holds_nullish(args[0]) else "__utah_array_sort"
        lw.use(helper)
        lw.emit(ir.Cmd([lit(helper), lit(name), *extra]))
    else:
        lw.use("__utah_array_reverse")
        lw.emit(ir.Cmd([lit("__utah_array_reverse"), lit(name)]))
    lw.emit(ir.ArrayAssign(name, [_elements("__ra")]))
    return name


def _sort_by(lw, name: str, fn: ast.Arrow) -> None:
    """`a.sort((x, y) => …)`: a stable insertion sort in the shell with the comparison
    inlined, as JavaScript's sort is stable: each element moves left past those before
    it that it compares below (`fn(element, before) < 0`, the element first as in V8;
    NaN moves nothing). Quadratic, but a script sorts tens of elements, and no process
    or helper function is involved."""
    items, count, i, j, element = lw.temp(array=True), lw.temp(), lw.temp(), lw.temp(), lw.temp()
    lw.emit(ir.ArrayAssign(items, [_elements(name)]))
    lw.emit(ir.Assign(count, Word((ir.Count(items),))))
    lw.emit(ir.Assign(i, lit("1")))
    names = [p.symbol.shell_name for p in fn.params if p.symbol is not None]
    for param in names:
        lw.ctx.declare_local(param)
    with lw.new_block as outer:
        lw.emit(ir.Assign(element, Word((ir.Var(items, ir.Arith(i)),))))
        lw.emit(ir.Assign(j, Word((ir.Arith(f"{i} - 1"),))))
        with lw.new_block as inner:
            if names:
                lw.emit(ir.Assign(names[0], var(element)))
            if len(names) > 1:
                lw.emit(ir.Assign(names[1], Word((ir.Var(items, ir.Arith(j)),))))
            with lw.ctx.frame(LoopFrame()), lw.ctx.frame(LoopFrame()):  # (inside two shell loops)
                order = lw.helper_test("__utah_num_cmp", [lit("<"), _result(lw, fn), lit("0")])
            moved = ir.Block([ir.Assign(items, Word((ir.Var(items, ir.Arith(j)),)), ir.Arith(f"{j} + 1")),
                              ir.Assign(j, Word((ir.Arith(f"{j} - 1"),)))])
            lw.emit(ir.If([(ir.Block([order]), moved)], ir.Block([ir.Control("break")])))
        lw.emit(ir.While(ir.Block([ir.ArithTest(f"{j} >= 0")]), inner))
        lw.emit(ir.Assign(items, var(element), ir.Arith(f"{j} + 1")))
        lw.emit(ir.Assign(i, Word((ir.Arith(f"{i} + 1"),))))
    lw.emit(ir.While(ir.Block([ir.ArithTest(f"{i} < {count}")]), outer))
    lw.emit(ir.ArrayAssign(name, [_elements(items)]))


# ------------------------------------------------------------ inlined callbacks

def _arrow(lw, args, call) -> ast.Arrow | None:
    fn = args[1] if len(args) > 1 else None
    if not isinstance(fn, ast.Arrow):
        lw.unsupported(call, "a callback that is not an arrow function written in place")
        return None
    return fn


def _bind(lw, fn: ast.Arrow, element: str, index: str | None) -> None:
    """Bind the arrow's parameters: (x) to the element, (x, i) also to the index."""
    names = [p.symbol.shell_name for p in fn.params if p.symbol is not None]
    for n in names:
        lw.ctx.declare_local(n)
    if names:
        lw.emit(ir.Assign(names[0], var(element)))
    if len(names) > 1 and index is not None:
        lw.emit(ir.Assign(names[1], var(index)))


def _callback_loop(lw, args, call, each, frame: LoopFrame | ArrowFrame | None = None) -> None:
    """`for` over the receiver with the arrow inlined; `each(fn, element)` emits the
    work for one element, in `frame` (the loop's: a `LoopFrame` unless given)."""
    fn = _arrow(lw, args, call)
    if fn is None:
        return
    source = lw.keep_array(lw.array(args[0]))
    element, index = lw.temp(), lw.temp()
    lw.emit(ir.Assign(index, lit("-1")))
    with lw.new_block as body:
        lw.emit(ir.Assign(index, ir.Word((ir.Arith(f"{index} + 1"),))))
        _bind(lw, fn, element, index)
        with lw.ctx.frame(frame or LoopFrame()):
            each(fn, var(element))
    lw.emit(ir.ForIn(element, [_elements(source)], body))


def _test(lw, fn: ast.Arrow) -> ir.Command:
    if isinstance(fn.body, ast.Block):
        returns = fn.ty.returns if isinstance(fn.ty, FunctionType) else ANY
        return lw.truthy(_result(lw, fn), returns)
    return lw.cond(fn.body)


def _result(lw, fn: ast.Arrow) -> Word:
    """The callback's value for the current element; a block body runs in a one-pass
    loop that its `return` leaves."""
    if not isinstance(fn.body, ast.Block):
        return lw.value(fn.body)
    result = lw.temp()
    lw.emit(ir.Assign(result, lit("")))
    with lw.ctx.frame(ArrowFrame(result)):
        body = lw.body_block(fn.body)
    lw.emit(ir.While(ir.Block([ir.Cmd([lit(":")])]), with_final_break(body)))
    return var(result)


@lowers("array.forEach")
def for_each(lw, args, call):
    """The callback's statements in the loop's body: its `return` goes on to the next
    element."""
    def each(fn, element):
        if isinstance(fn.body, ast.Block):
            lw.statements(fn.body.body)
        else:
            lw.stmt_ExprStmt(ast.ExprStmt(fn.body.loc, fn.body))
    _callback_loop(lw, args, call, each, ArrowFrame(None, "continue"))
    return None


@lowers("array.map")
def map_(lw, args, call):
    out = lw.temp(array=True)
    lw.emit(ir.ArrayAssign(out, []))
    _callback_loop(lw, args, call,
                   lambda fn, element: lw.emit(ir.ArrayAssign(out, [_result(lw, fn)], append=True)))
    return out


@lowers("array.filter")
def filter_(lw, args, call):
    out = lw.temp(array=True)
    lw.emit(ir.ArrayAssign(out, []))

    def each(fn, element):
        keep = _test(lw, fn)
        lw.emit(ir.If([(ir.Block([keep]), ir.Block([ir.ArrayAssign(out, [element], append=True)]))]))
    _callback_loop(lw, args, call, each)
    return out


@lowers("array.find", "array.some", "array.every")
def search(lw, args, call):
    method = call.target.builtin.name
    t = lw.temp()
    lw.emit(ir.Assign(t, lit({"find": _absent(call), "some": "false", "every": "true"}[method])))

    def each(fn, element):
        test = _test(lw, fn)
        if method == "every":
            test = negate(test)  # (`!` of a `!`-test is no shell syntax: `! ! c`)
        hit = {"find": element, "some": lit("true"), "every": lit("false")}[method]
        lw.emit(ir.If([(ir.Block([test]), ir.Block([ir.Assign(t, hit), ir.Control("break")]))]))
    _callback_loop(lw, args, call, each)
    return var(t)


# JavaScript's TypeError for `[].reduce(fn)`: there is no first accumulator
REDUCE_EMPTY = "Reduce of empty array with no initial value"


@lowers("array.reduce")
def reduce(lw, args, call):
    fn = _arrow(lw, args, call)
    if fn is None:
        return lit("")
    acc_param = fn.params[0].symbol.shell_name if fn.params and fn.params[0].symbol else lw.temp()
    lw.ctx.declare_local(acc_param)
    source = lw.keep_array(lw.array(args[0]))
    element, index = lw.temp(), lw.temp()
    if len(args) > 2:
        lw.emit(ir.Assign(acc_param, lw.value(args[2])))
        lw.emit(ir.Assign(index, lit("-1")))
        start = 0
    else:
        with lw.new_block as empty:
            lw.raise_error(lit(REDUCE_EMPTY))
        lw.emit(ir.If([(ir.Block([ir.ArithTest(f"${{#{source}[@]}} == 0")]), empty)]))
        lw.emit(ir.Assign(acc_param, Word((ir.Var(source, ir.Arith("0")),))))
        lw.emit(ir.Assign(index, lit("0")))
        start = 1
    with lw.new_block as body:
        lw.emit(ir.Assign(index, ir.Word((ir.Arith(f"{index} + 1"),))))
        names = [p.symbol.shell_name for p in fn.params[1:] if p.symbol is not None]
        for n in names:
            lw.ctx.declare_local(n)
        if names:
            lw.emit(ir.Assign(names[0], var(element)))
        if len(names) > 1:
            lw.emit(ir.Assign(names[1], var(index)))
        lw.emit(ir.Assign(acc_param, lw.stable(_result(lw, fn), force=True)))
    lw.emit(ir.ForIn(element, [Word((ir.Elements(source, start),))], body))
    return var(acc_param)


