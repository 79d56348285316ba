"""Expressions → shell words, conditions and arrays.

Three entry points, by what the caller needs:
* `value(e)`  → an `ir.Word` holding the value's text (scalars and JSON);
* `cond(e)`   → an `ir.Command` whose exit status is the value's truthiness;
* `array(e)`  → the name of a shell array holding the value, valid until the next
  emitted command that could overwrite it (`__ra` after a call: copy it at once).
Work an expression needs first (calls, helpers) is emitted into the current block.
"""
from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable

from .. import ast, ir
from ..ir import Word, lit, var
from ..types import (ANY, BOOLEAN, NULL, NUMBER, OBJECT, STRING, UNDEFINED, ArrayType,
                     is_jsonish)
from .calls import condition_of, lowering_of
from .ints import SHORT_INTEGER_BOUND, bound, has_update, is_integral
from .nullish import (MARK, NULL_TEXT, UNDEFINED_TEXT, AsText, UnlessUndefined, guarded_link,
                      may_be_nullish, without_link)
from .numbers import MAX_EXACT, constant, js_number

ARITH_OPS = {"+", "-", "*", "/", "%", "**"}
COMPARE_OPS = {"<", ">", "<=", ">="}
EQUALITY_OPS = {"==", "===", "!=", "!=="}
_BOOLEAN_OPS = COMPARE_OPS | EQUALITY_OPS
TRUE, FALSE = lit("true"), lit("false")
# A number text that is not an integer of at most 15 characters matches one of these:
# the others are below 10^15 in magnitude (SHORT_INTEGER_BOUND), which `$(( ))` reads exactly.
NOT_SHORT_INTEGER = ["*[!0-9-]*", "????????????????*"]


# Built-ins that change no variable of the program (their results travel in temporaries)
_NAMES_AND_LITERALS = frozenset({ast.Name, ast.NumberLit, ast.StringLit, ast.BoolLit, ast.NullLit,
                                 ast.UndefinedLit})
_PURE_NAMESPACES = frozenset({"", "Math", "string", "number", "array", "json", "validate"})
_MUTATING_METHODS = frozenset({"array.push", "array.pop", "array.shift", "array.unshift",
                               "array.sort", "array.reverse", "array.splice", "array.forEach",
                               "array.map", "array.filter", "array.reduce", "array.find",
                               "array.some", "array.every"})

_NEGATED_TESTS = {"-n": "-z", "-z": "-n", "==": "!=", "!=": "=="}


# The index a negative one reads (`Lowerer.element`): no array reaches it (arrays hold
# fewer than 2^31 elements, and mksh's arithmetic is 32 bits).
NO_ELEMENT = "2147483647"


def negate(cmd: ir.Command) -> ir.Command:
    """The opposite condition, written directly where the test has an opposite form (and
    by De Morgan for a chain of such tests joined by one operator)."""
    if cmd.__class__ is ir.Test and cmd.op in _NEGATED_TESTS:
        return ir.Test(_NEGATED_TESTS[cmd.op], cmd.left, cmd.right)
    if cmd.__class__ is ir.AndOr and len(set(cmd.ops)) == 1 and all(
            c.__class__ is ir.Test and c.op in _NEGATED_TESTS for c in cmd.cmds):
        return ir.AndOr([negate(c) for c in cmd.cmds], ["||" if cmd.ops[0] == "&&" else "&&"] * len(cmd.ops))
    if cmd.__class__ is ir.Match:
        return ir.Match(cmd.word, cmd.patterns, not cmd.negated)
    if cmd.__class__ is ir.Not:
        return cmd.cmd
    return ir.Not(cmd)


def _atom(text: str) -> str:
    """Arithmetic text as an operand: parenthesized unless a name, a number or a length."""
    if text.isidentifier() or text.lstrip("-").isdigit() or (
            text.startswith("${#") and text.endswith("}") and text.count("}") == 1 and " " not in text):
        return text
    return f"({text})"


def _emits(e: ast.Expr) -> bool:
    """Whether the arithmetic text of the integral `e` needs commands first: a call, or
    the `.length` of something other than a variable. (Names, literals and arithmetic
    told without `ast.walk`, whose generator costs more than such a small tree.)"""
    cls = e.__class__
    if cls is ast.Name or cls is ast.NumberLit:
        return False
    if cls is ast.Binary:
        return _emits(e.left) or _emits(e.right)
    return any(n.__class__ is ast.Call or n.__class__ is ast.Member and n.object.__class__ is not ast.Name
               for n in ast.walk(e))


def needs_work(e: ast.Expr) -> bool:
    """Whether evaluating `e` may change variables that words lowered before it read
    (so those words must be copied first): calls other than pure built-ins,
    assignments, `++`/`--`, `parallel`. (The commonest expressions, names, literals,
    operators, members, templates and calls of built-ins, are taken apart here: a walk's
    generator costs more than such a small tree.)"""
    cls = e.__class__
    if cls in _NAMES_AND_LITERALS:
        return False
    if cls is ast.Binary:
        return needs_work(e.left) or needs_work(e.right)
    if cls is ast.Member:
        return needs_work(e.object)
    if cls is ast.InterpString:
        for part in e.parts:
            if part.__class__ is not str and needs_work(part):
                return True
        return False
    if cls is ast.Call:
        if _calls_impure(e):
            return True
        if needs_work(e.callee):
            return True
        for a in e.args:
            if needs_work(a):
                return True
        return False
    for node in ast.walk(e, enter_imports=False):
        if isinstance(node, (ast.Assign, ast.Update, ast.ParallelExpr)):
            return True
        if node.__class__ is ast.Call and _calls_impure(node):
            return True
    return False


def _calls_impure(call: ast.Call) -> bool:
    """Whether `call` is other than a call of a pure built-in (a user function's call, one
    of a built-in with effects, one the checker could not resolve)."""
    builtin = getattr(call.target, "builtin", None)
    return builtin is None or builtin.namespace not in _PURE_NAMESPACES \
        or builtin.key in _MUTATING_METHODS


def _all(tests: list[ir.Command]) -> ir.Command:
    return tests[0] if len(tests) == 1 else ir.AndOr(tests, ["&&"] * (len(tests) - 1))


def _magnitude(text: str) -> str:
    """Arithmetic for the absolute value of `text`."""
    if text.lstrip("-").isdigit():
        return text.lstrip("-")
    atom = _atom(text)
    return f"({atom} < 0 ? -{atom} : {atom})"


class Lowered(ast.Expr):
    """An already-lowered word standing where an expression is expected (a switch
    subject compared with each case, a piece of a string built by a built-in)."""

    def __init__(self, word: Word, like: ast.Expr):
        super().__init__(like.loc, ty=like.ty)
        self.word = word


class ExpressionLowering:
    """Mixed into `Lowerer`; relies on its context (`emit`, `temp`, `use`, …)."""

    # ------------------------------------------------------------------ values

    def value(self, e: ast.Expr) -> Word:
        try:  # (a subscript costs less than `.get`: the method is found but once per class)
            method = self._value_methods[e.__class__]
        except KeyError:
            method = getattr(self, "value_" + type(e).__name__, None)
            if method is None:
                self.unsupported(e, f"{type(e).__name__} expressions")
                return lit("")
            self._value_methods[e.__class__] = method
        return method(e)

    def value_Lowered(self, e: Lowered) -> Word:
        return e.word

    def value_NumberLit(self, e: ast.NumberLit) -> Word:
        return lit(js_number(e.value))

    def value_StringLit(self, e: ast.StringLit) -> Word:
        return lit(e.value)

    def value_BoolLit(self, e: ast.BoolLit) -> Word:
        return TRUE if e.value else FALSE

    def value_NullLit(self, e: ast.NullLit) -> Word:
        return lit(NULL_TEXT)

    def value_UndefinedLit(self, e: ast.UndefinedLit) -> Word:
        return lit(UNDEFINED_TEXT)

    def value_Name(self, e: ast.Name) -> Word:
        if e.ty.runtime_kind == "array":
            return self.string_of_array(e.symbol.shell_name)
        return var(e.symbol.shell_name)

    def value_ShellParam(self, e: ast.ShellParam) -> Word:
        return Word((ir.Var(e.name),))

    def value_InterpString(self, e: ast.InterpString) -> Word:
        values = iter(self.in_order([p for p in e.parts if not isinstance(p, str)], self.string_value))
        return ir.joined([lit(part) if isinstance(part, str) else next(values) for part in e.parts])

    def value_CommandSubst(self, e: ast.CommandSubst) -> Word:
        return self.command_substitution(e.code)

    def value_ArrayLit(self, e: ast.ArrayLit) -> Word:
        return self.string_of_array(self.array(e))

    def value_ObjectLit(self, e: ast.ObjectLit) -> Word:
        return self.json.object_literal(self, e)

    def value_Member(self, e: ast.Member) -> Word:
        link = guarded_link(e, self.nullish)
        if link is not None:
            return self.optional_chain(e, link)
        obj_ty = e.object.ty
        if e.property == "length" and (obj_ty == STRING or obj_ty.__class__ is ArrayType):
            arith = self.arith(e)
            if arith is not None:
                return self.arith_word(arith)
            if obj_ty == STRING:
                self.ctx.counts_characters = True
                return Word((ir.Length(self.present_string(e.object)),))
            return Word((ir.Count(self.array(e.object)),))
        return self.json.member(self, e)

    def value_Index(self, e: ast.Index) -> Word:
        link = guarded_link(e, self.nullish)
        if link is not None:
            return self.optional_chain(e, link)
        obj_ty = e.object.ty
        if obj_ty.__class__ is ArrayType:
            return self.element(e, UNDEFINED_TEXT)
        if obj_ty == STRING:  # charAt, but past the end undefined rather than ""
            obj, index = e.object, e.index
            if may_be_nullish(obj, self.nullish):  # checked once the index is known (for the message)
                name = self.stable_before(var(self.scalar_var(obj)), index)
                at = self.value(index)
                self.check_present(name.parts[0].name, at)
                obj, index = Lowered(name, obj), Lowered(at, index)
            char = lowering_of("string.charAt")(self, [obj, index], e)
            self.emit(ir.If([(ir.Block([ir.Test("-z", char)]),
                              ir.Block([ir.Assign(char.parts[0].name, lit(UNDEFINED_TEXT))]))]))
            return char
        return self.json.member(self, e)

    def value_Call(self, e: ast.Call) -> Word:
        link = guarded_link(e, self.nullish)
        if link is not None:
            return self.optional_chain(e, link)
        result = self.call(e)
        if isinstance(result, Word):
            return result
        if result is None:
            return lit("")
        return self.string_of_array(result)

    def value_ParallelExpr(self, e: ast.ParallelExpr) -> Word:
        self.start_parallel(e.call)
        t = self.temp()
        self.emit(ir.Assign(t, Word((ir.LastPid(),))))
        return var(t)

    def value_Unary(self, e: ast.Unary) -> Word:
        if e.op == "!":
            return self.boolean_of(e)
        if e.op == "typeof":
            if e.operand.ty is ANY:
                return self.typeof_json(e.operand)
            if may_be_nullish(e.operand, self.nullish) and e.operand.ty not in (NULL, UNDEFINED):
                return self.typeof_nullable(e.operand)
            return lit(self.typeof_text(e.operand))
        folded = constant(e)
        if folded is not None:
            return lit(js_number(folded))
        arith = self.arith(e)
        if arith is not None:
            return self.arith_word(arith)
        checked = self.checked_arith(e)
        if checked is not None:
            return checked
        operand = self.number_value(e.operand)
        if e.op == "+":
            return operand
        return self.arith_call("-", lit("0"), operand)

    def value_Binary(self, e: ast.Binary) -> Word:
        if e.op in ("&&", "||", "??"):
            return self.logical_value(e)
        if e.op in _BOOLEAN_OPS:
            return self.boolean_of(e)
        if e.op == "+" and (e.left.ty == STRING or e.right.ty == STRING):
            left = self.stable_before(self.string_value(e.left), e.right)
            return left + self.string_value(e.right)
        folded = constant(e)
        if folded is not None:
            return lit(js_number(folded))
        arith = self.arith(e)
        if arith is not None:
            return self.arith_word(arith)
        checked = self.checked_arith(e)
        if checked is not None:
            return checked
        left = self.stable_before(self.number_value(e.left), e.right)
        right = self.number_value(e.right)
        return self.arith_call(e.op, left, right)

    def value_Conditional(self, e: ast.Conditional) -> Word:
        t = self.temp()
        test = self.cond(e.test)
        with self.new_block as then_b:
            self.emit(ir.Assign(t, self.operand_value(e.then, e.ty)))
        with self.new_block as else_b:
            self.emit(ir.Assign(t, self.operand_value(e.otherwise, e.ty)))
        self.emit(ir.If([(ir.Block([test]), then_b)], else_b))
        return var(t)

    def value_Assign(self, e: ast.Assign) -> Word:
        self.assignment(e)
        return self.value(e.target)

    def value_Update(self, e: ast.Update) -> Word:
        if e.prefix:
            self.update(e)
            return self.value(e.target)
        before = self.stable(self.value(e.target), force=True)
        self.update(e)
        return before

    def value_RegexLit(self, e: ast.RegexLit) -> Word:
        self.unsupported(e, "a regular expression outside split/replace/test arguments")
        return lit("")

    def value_Arrow(self, e: ast.Arrow) -> Word:
        self.unsupported(e, "an arrow function outside an array method call")
        return lit("")

    # --------------------------------------------------------------- numbers

    def arith(self, e: ast.Expr) -> str | None:
        """Shell arithmetic text for an integral expression without side effects whose
        value, and every value computed on the way, stays within ±2^53 (`ints.bound`):
        there shell arithmetic gives JavaScript's result."""
        if e.__class__ is ast.Name:  # (the commonest operand: told without the walks below)
            return e.symbol.shell_name if e.symbol in self.bounds else None
        return self._arith_text(e) if self.is_arith(e) else None

    def is_arith(self, e: ast.Expr) -> bool:
        """Whether `arith(e)` gives text, told without lowering anything: `arith` of
        `f().length` emits the call, so a caller that may not use the text asks this
        first (or `f` would be called twice)."""
        if e.__class__ is ast.Name:
            return e.symbol in self.bounds
        return bound(e, self.bounds) is not None and not has_update(e)  # (`++` is lowered first)

    def _arith_text(self, e: ast.Expr) -> str:
        if e.__class__ is ast.NumberLit:
            return str(e.value)
        if e.__class__ is ast.Name:
            return e.symbol.shell_name
        if e.__class__ is ast.Binary:
            folded = constant(e)
            if folded is not None:
                return str(folded)  # (an integer: `bound` took it)
            return f"{self._arith_operand(e.left)} {e.op} {self._arith_operand(e.right)}"
        if e.__class__ is ast.Unary:
            operand = self._arith_operand(e.operand)
            return e.op + (f"({operand})" if operand[:1] in "+-" else operand)  # not `--x`
        if e.__class__ is ast.Member:  # .length of a variable
            if not e.object.ty.__class__ is ArrayType:
                self.ctx.counts_characters = True
                if may_be_nullish(e.object, self.nullish):
                    return f"${{#{self.present_string(e.object)}}}"
            if e.object.__class__ is ast.Name:
                name = e.object.symbol.shell_name
                return f"${{#{name}[@]}}" if e.object.ty.__class__ is ArrayType else f"${{#{name}}}"
            name = self.array(e.object) if e.object.ty.__class__ is ArrayType else self.scalar_var(e.object)
            return f"${{#{name}[@]}}" if e.object.ty.__class__ is ArrayType else f"${{#{name}}}"
        raise AssertionError(f"not integral: {e}")

    def _arith_operand(self, e: ast.Expr) -> str:
        text = self._arith_text(e)
        return f"({text})" if e.__class__ is ast.Binary else text

    def arith_word(self, text: str) -> Word:
        if text.isidentifier():
            return var(text)
        return lit(text) if text.lstrip("-").isdigit() else Word((ir.Arith(text),))

    def checked_arith(self, e: ast.Expr) -> Word | None:
        """`a + b`, `a - b`, `a * b` or `-a` of integers that `arith` does not take: an
        operand may be unbounded (its text may be `1e+21` or a rounded
        `18446744073709552000`), or the result may pass 2^53. Shell arithmetic when the
        run-time values show it exact — each unbounded variable a short integer
        (`checked_operands`) and, where the bounds alone do not show it, the result
        within ±2^53 (`exact_test`) — else `__utah_arith`, which rounds as JavaScript
        does. None for other expressions (the caller calls the helpers)."""
        if e.__class__ is ast.Unary and e.op == "-":
            op, sides = "-", (ast.NumberLit(e.loc, 0, "0", ty=NUMBER), e.operand)
        elif e.__class__ is ast.Binary and e.op in ("+", "-", "*"):
            op, sides = e.op, (e.left, e.right)
        else:
            return None
        operands = self.checked_operands(sides)
        if operands is None:
            return None
        (left, left_bound, left_side), (right, right_bound, right_side) = operands
        tests = self.short_integer_tests(operands)
        if (left_bound * right_bound if op == "*" else left_bound + right_bound) > MAX_EXACT:
            tests.append(ir.ArithTest(self.exact_test(op, left, right)))
        t = self.temp()
        with self.new_block as exact:
            self.emit(ir.Assign(t, Word((ir.Arith(f"{_atom(left)} {op} {_atom(right)}"),))))
        with self.new_block as rounded:
            words = [self.rounded_value(left_side, left), self.rounded_value(right_side, right)]
            self.emit(ir.Cmd([lit(self.use("__utah_arith")), lit(op), *words]))
            self.emit(ir.Assign(t, var("__r")))
        self.emit(ir.If([(ir.Block([_all(tests)]), exact)], rounded))
        return var(t)

    def checked_comparison(self, e: ast.Binary, op: str) -> ir.Command | None:
        """`a < b` (`op` also `==`, `!=` …) of integers that `arith` does not both take:
        `(( ))` when each unbounded variable is a short integer (`checked_operands`), else
        `__utah_num_cmp`. None unless both sides are integers."""
        operands = self.checked_operands((e.left, e.right))
        if operands is None:
            return None
        (left, _, left_side), (right, _, right_side) = operands
        exact = ir.Block([ir.ArithTest(f"{left} {op} {right}")])
        with self.new_block as rounded:
            words = [self.rounded_value(left_side, left), self.rounded_value(right_side, right)]
            self.emit(self.helper_test("__utah_num_cmp", [lit(op), *words]))
        return ir.If([(ir.Block([_all(self.short_integer_tests(operands))]), exact)], rounded)

    def checked_operands(self, sides: tuple[ast.Expr, ast.Expr]) -> list[tuple[str, int, ast.Expr]] | None:
        """(arithmetic text, bound, expression) for each integral side without effects. A
        side whose bound follows when its unbounded variables count as short integers
        (`ints.bound` with `tested`; `short_integer_tests` tests them) is its own text,
        unless its text needs commands first (`f(s).length`), which `rounded_value` would
        repeat; any other is computed first (`value`: checked in turn) into a variable,
        tested in its turn, which the expression returned then stands for. None when a side is not
        integral, has an effect (the helpers' way keeps their order), or is an integer
        past 2^53 written out."""
        for side in sides:
            if side.__class__ is ast.Name:  # (the commonest side, told without the walks)
                if side.symbol not in self.ints:
                    return None
            elif not is_integral(side, self.ints) or has_update(side):
                return None
        operands = []
        for side in sides:
            if side.__class__ is ast.Name:  # its bound, or a short integer's when tested
                operands.append((side.symbol.shell_name,
                                 self.bounds.get(side.symbol, SHORT_INTEGER_BOUND), side))
                continue
            exact = bound(side, self.bounds)  # (when there is one, the same with `tested`)
            side_bound = exact if exact is not None else bound(side, self.bounds, self.ints)
            if side_bound is not None and (exact is not None or not _emits(side)):
                operands.append((self._arith_text(side), side_bound, side))
                continue
            w = self.value(side)
            if w.literal is not None:
                return None
            name = self.scalar_var(Lowered(w, side))
            operands.append((name, SHORT_INTEGER_BOUND, Lowered(var(name), side)))
        return operands

    def short_integer_tests(self, operands: list[tuple[str, int, ast.Expr]]) -> list[ir.Command]:
        """Tests that each unbounded variable the `operands` read (a side computed first:
        its variable) holds an integer of at most 15 characters: below 10^15 in magnitude,
        which `$(( ))` reads exactly."""
        names: dict[str, None] = {}  # (`f * f`: once)
        for _, _, side in reversed(operands):  # (in the order of `ast.walk`: the last first)
            self._unbounded_names(side, names)
        return [ir.Match(var(name), NOT_SHORT_INTEGER, negated=True) for name in names]

    def _unbounded_names(self, e: ast.Expr, names: dict[str, None]) -> None:
        """Adds to `names` the unbounded integral variables `e` reads (a side computed
        first: its variable), in the order `ast.walk` meets them; the common shapes
        without a walk."""
        cls = e.__class__
        if cls is ast.Name:
            if e.symbol in self.ints and e.symbol not in self.bounds:
                names[e.symbol.shell_name] = None
        elif cls is ast.Binary:
            self._unbounded_names(e.right, names)
            self._unbounded_names(e.left, names)
        elif cls is Lowered:
            names[e.word.parts[0].name] = None
        elif cls is not ast.NumberLit:
            for node in ast.walk(e, enter_imports=False):
                if node.__class__ is ast.Name or node.__class__ is Lowered:
                    self._unbounded_names(node, names)

    def rounded_value(self, e: ast.Expr, text: str | None = None) -> Word:
        """The integral `e` computed by `__utah_arith` alone — the way taken when a test
        finds a variable past the short integers —, each bounded part in `$(( ))` (as
        `text` when `e` is bounded and its text was made already)."""
        if e.__class__ is Lowered:
            return e.word
        if e.__class__ is ast.Name:  # (bounded or not: its variable)
            return var(e.symbol.shell_name)
        if bound(e, self.bounds) is not None:
            return self.arith_word(text if text is not None else self._arith_text(e))
        if e.__class__ is ast.Unary:
            operand = self.rounded_value(e.operand)
            return operand if e.op == "+" else self.arith_call("-", lit("0"), operand)
        if e.__class__ is ast.Binary:
            return self.arith_call(e.op, self.rounded_value(e.left), self.rounded_value(e.right))
        return self.value(e)

    @staticmethod
    def exact_test(op: str, left: str, right: str) -> str:
        """Arithmetic that is 1 when `left op right` (each within ±2^53) is within ±2^53,
        computed without overflow: |a| + |b| ≤ 2^53, |a| ≤ 2^53 / |b| (/ 1 for b = 0: the
        shells evaluate a division by zero even where `?:` or `||` skips it)."""
        if op != "*":
            return f"{_magnitude(left)} + {_magnitude(right)} <= {MAX_EXACT}"
        if left.lstrip("-").isdigit():
            left, right = right, left
        if right.lstrip("-").isdigit():
            return f"{_magnitude(left)} <= {MAX_EXACT // max(abs(int(right)), 1)}"
        return f"{_magnitude(left)} <= {MAX_EXACT} / ({_magnitude(right)} + !{_atom(right)})"

    def index_text(self, e: ast.Expr) -> str:
        """An array subscript: arithmetic text, or a variable holding the number."""
        arith = self.arith(e)
        if arith is not None:
            return arith
        return self.scalar_var(e)

    def number_value(self, e: ast.Expr) -> Word:
        """A number operand; values of type any (JSON) are converted as Number() would."""
        w = self.value(e)
        if e.ty is NUMBER:
            return w
        return self.helper_call("__utah_to_number", [w])

    def arith_call(self, op: str, left: Word, right: Word) -> Word:
        return self.helper_call("__utah_arith", [lit(op), left, right])

    def helper_call(self, helper: str, args: list[Word]) -> Word:
        """Call a run-time helper that returns through `__r`; the result is copied to a temporary."""
        self.use(helper)
        self.emit(ir.Cmd([lit(helper), *args]))
        t = self.temp()
        self.emit(ir.Assign(t, var("__r")))
        return var(t)

    def helper_test(self, helper: str, args: list[Word]) -> ir.Command:
        self.use(helper)
        return ir.Cmd([lit(helper), *args])

    # ------------------------------------------------------------ conditions

    def cond(self, e: ast.Expr) -> ir.Command:
        """A command whose status is the truthiness of `e` (work it needs is emitted first)."""
        if e.__class__ is ast.BoolLit:
            return ir.Cmd([lit("true" if e.value else "false")])
        if e.__class__ is ast.Unary and e.op == "!":
            return negate(self.cond(e.operand))
        if e.__class__ is ast.Binary and e.op in ("&&", "||"):
            left = self.cond(e.left)
            with self.new_block as prelude:
                right = self.cond(e.right)
            if not prelude.cmds:
                return ir.AndOr([left, right], [e.op])
            # the right side needs work first: run it only when the left side does not decide
            t = self.temp()
            decided, undecided = ("false", "true") if e.op == "&&" else ("true", "false")
            if e.op == "||":
                left, right = negate(left), negate(right)
            self.emit(ir.Assign(t, lit(decided)))
            inner = ir.If([(ir.Block([right]), ir.Block([ir.Assign(t, lit(undecided))]))])
            self.emit(ir.If([(ir.Block([left]), ir.Block(prelude.cmds + [inner]))]))
            return ir.Test("==", var(t), TRUE)
        if e.__class__ is ast.Binary and e.op in COMPARE_OPS:
            return self.comparison(e)
        if e.__class__ is ast.Binary and e.op in EQUALITY_OPS:
            return self.equality(e)
        if e.__class__ is ast.Call and e.target is not None and hasattr(e.target, "builtin"):
            predicate = condition_of(e.target.builtin.key)
            if predicate is not None:
                return predicate(self, self.builtin_arguments(e.target.builtin, e.target.args, e), e)
        return self.truthy_of(e)

    def cond_block(self, e: ast.Expr) -> ir.Block:
        """A condition as a block: the work it needs, then the test."""
        with self.new_block as b:
            self.emit(self.cond(e))
        return b

    def truthy(self, w: Word, ty) -> ir.Command:
        if w.literal is not None and ty in (BOOLEAN, STRING, NUMBER):
            text = w.literal
            falsy = {BOOLEAN: ("false",), STRING: ("",), NUMBER: ("0", "-0", "NaN")}[ty]
            return ir.Cmd([lit("false" if text in falsy else "true")])
        if ty == BOOLEAN:
            return ir.Test("==", w, TRUE)
        if ty == STRING:
            return ir.Test("-n", w)
        if ty == NUMBER:
            return ir.AndOr([ir.Test("!=", w, lit("0")), ir.Test("!=", w, lit("NaN"))], ["&&"])
        if ty.__class__ is ArrayType:
            return ir.Cmd([lit("true")])
        if ty in (NULL, UNDEFINED):
            return ir.Cmd([lit("false")])
        return self.helper_test("__utah_json_truthy", [w])

    def truthy_of(self, e: ast.Expr, w: Word | None = None) -> ir.Command:
        """The truthiness of `e` (whose value is `w` when already lowered): a string or a
        number that may be null or undefined is also tested against those."""
        ty = e.ty
        if (ty == STRING or ty == NUMBER) and may_be_nullish(e, self.nullish):
            if w is None and ty == STRING and self.plain_element(e):
                return self.truthy(self.element(e, None), ty)  # an absent element reads as ""
            w = self.stable(self.value(e) if w is None else w)
            test = self.truthy(w, ty)
            tests = [*(test.cmds if test.__class__ is ir.AndOr else [test]),
                     *negate(self.nullish_test(w)).cmds]
            return ir.AndOr(tests, ["&&"] * (len(tests) - 1))
        return self.truthy(self.value(e) if w is None else w, ty)

    @staticmethod
    def nullish_test(w: Word) -> ir.Command:
        """Whether the scalar `w` holds null or undefined."""
        return ir.AndOr([ir.Test("==", w, lit(UNDEFINED_TEXT)), ir.Test("==", w, lit(NULL_TEXT))], ["||"])

    def optional_chain(self, e: ast.Expr, link: ast.Member | ast.Index) -> Word:
        """`a?.b…`: undefined when `a` is null or undefined, else the chain on `a`'s value."""
        obj = self.stable(self.value(link.object))
        t = self.temp()
        with self.new_block as present:
            self.assign(t, self.value(without_link(e, link, Lowered(obj, link.object))))
        absent = ir.Block([ir.Assign(t, lit(UNDEFINED_TEXT))])
        self.emit(ir.If([(ir.Block([self.nullish_test(obj)]), absent)], present))
        return var(t)

    def present_receiver(self, receiver: ast.Expr, method: str) -> ast.Expr:
        """The receiver of `x.method(…)` that may be null or undefined, checked."""
        name = self.scalar_var(receiver)
        self.check_present(name, lit(method))
        return receiver if receiver.__class__ is ast.Name else Lowered(var(name), receiver)

    def present_string(self, e: ast.Expr) -> str:
        """The name of a variable holding the string `e` whose `.length` is read:
        checked first when `e` may be null or undefined."""
        name = self.scalar_var(e)
        if may_be_nullish(e, self.nullish):
            self.check_present(name, lit("length"))
        return name

    def check_present(self, name: str, prop: Word) -> None:
        """JavaScript's TypeError when the scalar in `name`, whose property or method
        `prop` is read, is null or undefined (an error the program can catch)."""
        with self.new_block as fail:
            self.raise_error(lit("Cannot read properties of ") + Word((ir.Expansion(name, "#", MARK),))
                             + lit(" (reading '") + prop + lit("')"))
        self.emit(ir.If([(ir.Block([self.nullish_test(var(name))]), fail)]))

    def element(self, e: ast.Index, absent: str | None) -> Word:
        """`xs[i]` of a shell array; an absent element reads as `absent` (None: as "").

        A negative index reads no element, as in JavaScript (`xs[xs.length - 1]` of an
        empty array is undefined), where bash would count from the end (or fail: "bad
        array subscript") and a POSIX array would make no variable name: an index not
        known to be at least 0 (a literal, a loop counter counting up from one: `counters`)
        reads `NO_ELEMENT` when it is negative."""
        name = self.array(e.object)
        text = self.index_text(e.index)
        if not text.isdigit() and not (e.index.__class__ is ast.Name and e.index.symbol in self.counters):
            literal = text.strip("()")
            if literal[:1] == "-" and literal[1:].isdigit():
                return lit(absent or "")
            if not text.isidentifier():  # (read twice below: worked out once)
                t = self.temp()
                self.emit(ir.Assign(t, Word((ir.Arith(text),))))
                text = t
            text = f"{text} < 0 ? {NO_ELEMENT} : {text}"
        index = ir.Arith(text)
        return Word((ir.Var(name, index) if absent is None else ir.Expansion(name, "-", absent, index),))

    def plain_element(self, e: ast.Expr) -> bool:
        """Whether `e` is `xs[i]` of an array none of whose elements is null or undefined:
        only an absent one is undefined, which a default expansion tells."""
        return e.__class__ is ast.Index and not e.optional and e.object.ty.__class__ is ArrayType \
            and not self.holds_nullish(e.object)

    def comparison(self, e: ast.Binary) -> ir.Command:
        folded = self.fold_comparison(e)
        if folded is not None:
            return folded
        if e.left.ty == STRING and e.right.ty == STRING:
            left = self.stable_before(self.value(e.left), e.right)
            return self.helper_test("__utah_str_cmp", [lit(e.op), left, self.value(e.right)])
        if self.is_arith(e.left) and self.is_arith(e.right):
            return ir.ArithTest(f"{self.arith(e.left)} {e.op} {self.arith(e.right)}")
        checked = self.checked_comparison(e, e.op)
        if checked is not None:
            return checked
        left = self.stable_before(self.number_value(e.left), e.right)
        return self.helper_test("__utah_num_cmp", [lit(e.op), left, self.number_value(e.right)])

    def equality(self, e: ast.Binary) -> ir.Command:
        folded = self.fold_comparison(e)
        if folded is not None:
            return folded
        negate = e.op in ("!=", "!==")
        lt, rt = e.left.ty, e.right.ty
        if self.is_arith(e.left) and self.is_arith(e.right):
            return ir.ArithTest(f"{self.arith(e.left)} {'!=' if negate else '=='} {self.arith(e.right)}")
        checked = self.checked_comparison(e, "!=" if negate else "==")
        if checked is not None:
            return checked
        if lt == NUMBER and rt == NUMBER:
            left = self.stable_before(self.value(e.left), e.right)
            test = self.helper_test("__utah_num_cmp", [lit("=="), left, self.value(e.right)])
            return ir.Not(test) if negate else test
        if lt.runtime_kind == "scalar" and rt.runtime_kind == "scalar" and (
                lt in (NULL, UNDEFINED) or rt in (NULL, UNDEFINED)
                or may_be_nullish(e.left, self.nullish) or may_be_nullish(e.right, self.nullish)):
            left = self.stable_before(self.value(e.left), e.right)  # null and undefined as held
            return ir.Test("!=" if negate else "==", left, self.value(e.right))
        if ANY in (lt, rt) and (lt in (NULL, UNDEFINED) or rt in (NULL, UNDEFINED)):
            json, other = (e.left, e.right) if lt is ANY else (e.right, e.left)
            text = "undefined" if other.ty is UNDEFINED else "null"  # as an `any` holds them
            return ir.Test("!=" if negate else "==", self.stable_before(self.value(json), other), lit(text))
        if self.types_never_equal(lt, rt):
            return ir.Cmd([lit("true" if negate else "false")])
        if ANY in (lt, rt) and {lt, rt} & {STRING, NUMBER, BOOLEAN}:  # any === typed
            left = self.stable_before(self.value(e.left), e.right)
            right = self.value(e.right)
            json, typed, ty = (left, right, rt) if lt == ANY else (right, left, lt)
            test = self.helper_test("__utah_any_equals", [json, lit(str(ty)), typed])
            return ir.Not(test) if negate else test
        for side, other in ((e.left, e.right), (e.right, e.left)):
            if side.__class__ is ast.StringLit and side.value == "":
                return ir.Test("-z" if not negate else "-n", self.string_value(other))
        left = self.stable_before(self.string_value(e.left), e.right)
        return ir.Test("!=" if negate else "==", left, self.string_value(e.right))

    @staticmethod
    def fold_comparison(e: ast.Binary) -> ir.Command | None:
        """A comparison of two literals is decided now (shell would only see a constant)."""
        literals = (ast.StringLit, ast.NumberLit, ast.BoolLit)
        if not (isinstance(e.left, literals) and isinstance(e.right, literals)):
            return None
        a, b = e.left.value, e.right.value
        if type(a) is not type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float))
                                           and not isinstance(a, bool) and not isinstance(b, bool)):
            result = e.op in ("!=", "!==")
        else:
            op = {"===": "==", "!==": "!="}.get(e.op, e.op)
            result = {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b,
                      "==": a == b, "!=": a != b}[op]
        return ir.Cmd([lit("true" if result else "false")])

    @staticmethod
    def types_never_equal(a, b) -> bool:
        kinds = {STRING: "s", NUMBER: "n", BOOLEAN: "b"}
        return a in kinds and b in kinds and kinds[a] != kinds[b]

    def boolean_of(self, e: ast.Expr) -> Word:
        """`true`/`false` text of a condition."""
        c = self.cond(e)
        if c.__class__ is ir.Cmd and c.words in ([TRUE], [FALSE]):
            return c.words[0]
        return self.boolean_of_command(c)

    def logical_value(self, e: ast.Binary) -> Word:
        """`a && b`, `a || b`, `a ?? b`: the deciding operand, right side evaluated only if needed."""
        t = self.temp(array=False)
        self.emit(ir.Assign(t, self.operand_value(e.left, e.ty)))
        left_word = var(t)
        left = e.left if self.held_as_is(e.left, e.ty) else Lowered(left_word, e)  # as `t` holds it
        if e.op == "??" and left.ty.runtime_kind == "json":
            test: ir.Command = self.helper_test("__utah_is_nullish", [left_word])
        elif e.op == "??":
            if not may_be_nullish(e.left, self.nullish):
                return left_word
            test = self.nullish_test(left_word)
        else:
            test = self.truthy_of(left, left_word)
            if e.op == "||":
                test = negate(test)
        with self.new_block as right_b:
            self.emit(ir.Assign(t, self.operand_value(e.right, e.ty)))
        self.emit(ir.If([(ir.Block([test]), right_b)]))
        return var(t)

    def operand_value(self, e: ast.Expr, result) -> Word:
        """The value of an operand of `a || b`, `a ?? b`, `a && b` or `c ? a : b` whose
        result has type `result`: held as the result is (JSON text when it is `any` and
        the operand a typed value; `types.either_type`)."""
        return self.value(e) if self.held_as_is(e, result) else self.value_as(e, result)

    @staticmethod
    def held_as_is(e: ast.Expr, result) -> bool:
        """Whether the operand `e` is held as a result of type `result` holds it."""
        return e.ty is result or result.runtime_kind != "json"

    def value_as(self, e: ast.Expr, dst) -> Word:
        """The value of `e` as a slot of type `dst` holds it (a declaration, an assignment,
        an argument): converted only where JSON is involved, `dst` a JSON type or an
        `any` stored in a string or a number (`lw.json.value_as`). Asked of every value
        stored: the answer, nearly always no, does not need lower/json.py. (A JSON type
        is one whose values are held as JSON: `is_jsonish`, told by the attribute.)"""
        if dst.runtime_kind == "json" or (e.ty is ANY and (dst is STRING or dst is NUMBER)):
            return self.json.value_as(self, e, dst)
        return self.value(e)

    # --------------------------------------------------------------- strings

    def string_value(self, e: ast.Expr) -> Word:
        """`String(e)`: arrays join with commas, a JSON string is its text, everything
        else is already its text."""
        if e.__class__ is ast.Name and e.symbol not in self.nullish and e.ty.runtime_kind == "scalar":
            return var(e.symbol.shell_name)  # (the commonest: a variable, as `value_Name` reads it)
        kind = e.ty.runtime_kind
        if kind == "json" and not e.__class__ is ast.ObjectLit:
            return self.json.string_of(self, self.value(e))
        if kind == "scalar" and may_be_nullish(e, self.nullish):
            return self.nullable_string(e)
        return self.value(e)

    def nullable_string(self, e: ast.Expr) -> Word:
        """`String(e)` of a scalar that may be null or undefined: their mark stripped."""
        if e.__class__ is ast.NullLit:
            return lit("null")
        if e.__class__ is ast.UndefinedLit:
            return lit("undefined")
        if self.plain_element(e):
            return self.element(e, "undefined")
        return Word((ir.Expansion(self.scalar_var(e), "#", MARK),))

    def value_AsText(self, e: AsText) -> Word:
        if e.default is None or e.expr.__class__ is ast.NullLit:
            return self.nullable_string(e.expr)
        if e.expr.__class__ is ast.UndefinedLit:
            return lit(e.default)
        name = self.scalar_var(e.expr)
        t = self.temp()
        self.emit(ir.Case(var(name), [
            ([lit(UNDEFINED_TEXT)], ir.Block([ir.Assign(t, lit(e.default))])),
            ([Word((ir.Raw("*"),))], ir.Block([ir.Assign(t, Word((ir.Expansion(name, "#", MARK),)))]))]))
        return var(t)

    def value_UnlessUndefined(self, e: UnlessUndefined) -> Word:
        """A number argument that may be undefined: `${t:+"$t"}` with t empty when it is,
        no word at all then (a number's text is never empty; null stays, as 0)."""
        t = self.temp()
        self.emit(ir.Assign(t, Word((ir.Expansion(self.scalar_var(e.expr), "#", UNDEFINED_TEXT),))))
        return Word((ir.Raw(f'${{{t}:+"${t}"}}'),))

    def string_of_array(self, name: str) -> Word:
        return self.helper_call("__utah_string_of_array", [lit(name)])

    def typeof_nullable(self, e: ast.Expr) -> Word:
        """`typeof e` of a scalar that may be null ("object") or undefined."""
        t = self.temp()
        arms = [([lit(UNDEFINED_TEXT)], "undefined"), ([lit(NULL_TEXT)], "object"),
                ([Word((ir.Raw("*"),))], self.typeof_text(e))]
        self.emit(ir.Case(self.value(e), [(patterns, ir.Block([ir.Assign(t, lit(text))]))
                                          for patterns, text in arms]))
        return var(t)

    def typeof_json(self, e: ast.Expr) -> Word:
        """`typeof e` of an `any` value, told by its JSON text (or `undefined`)."""
        t = self.temp()
        arms = [([lit("undefined")], "undefined"), ([Word((ir.Raw('\\"*'),))], "string"),
                ([TRUE, FALSE], "boolean"),
                ([Word((ir.Raw("[-0-9]*"),)), lit("NaN"), lit("Infinity")], "number"),
                ([Word((ir.Raw("*"),))], "object")]
        self.emit(ir.Case(self.value(e), [(patterns, ir.Block([ir.Assign(t, lit(text))]))
                                          for patterns, text in arms]))
        return var(t)

    def typeof_text(self, e: ast.Expr) -> str:
        ty = e.ty
        if ty in (STRING, NUMBER, BOOLEAN):
            return str(ty)
        if ty == UNDEFINED:
            return "undefined"
        return "object"

    # --------------------------------------------------------- stable values

    def stable(self, w: Word, force: bool = False) -> Word:
        """A word that later emitted commands cannot change: copied to a temporary
        unless it is a literal (or a plain variable, when not `force`d)."""
        if w.literal is not None:
            return w
        if not force and len(w.parts) == 1 and w.parts[0].__class__ is ir.Var \
                and w.parts[0].index is None and w.parts[0].name.startswith("__t"):
            return w
        t = self.temp()
        self.emit(ir.Assign(t, w))
        return var(t)

    def stable_before(self, w: Word, *later: ast.Expr) -> Word:
        """`w`, copied first if evaluating the `later` expressions could change it."""
        for e in later:
            if self.needs_work(e):
                return self.stable(w, force=True)
        return w

    def in_order(self, exprs: list[ast.Expr],
                 lower: Callable[[ast.Expr], Word] | None = None) -> list[Word]:
        """The words of `exprs` evaluated left to right as JavaScript does: each is copied
        first when a later one has effects (`f(i, ++i)` passes the old `i`)."""
        lower = lower or self.value
        if len(exprs) == 1:  # (nothing after it)
            return [lower(exprs[0])]
        return [self.stable(lower(e)) if later else lower(e)
                for e, later in zip(exprs, self.work_after(exprs))]

    def work_after(self, exprs: list[ast.Expr | None]) -> list[bool]:
        """For each expression, whether one after it `needs_work` (None needs none)."""
        flags, work = [], False
        for e in reversed(exprs):
            flags.append(work)
            work = work or (e is not None and self.needs_work(e))
        return flags[::-1]

    def assign(self, name: str, w: Word) -> None:
        """`name=w`; a temporary that was only made to carry `w` is assigned directly."""
        block = self.ctx.blocks[-1]
        lone = w.parts[0] if len(w.parts) == 1 else None
        if lone.__class__ is ir.Var and lone.index is None and lone.name == name:
            return  # `w == var(name)`, without making that word
        if lone.__class__ is ir.Var and lone.index is None \
                and lone.name.startswith("__t") and block.cmds:
            last = block.cmds[-1]
            if last.__class__ is ir.Assign and last.name == lone.name and last.index is None \
                    and not last.append:
                if last.value == var(name):
                    block.cmds.pop()
                else:
                    block.cmds[-1] = ir.Assign(name, last.value)
                if last.name in self.ctx.fn.locals:
                    self.ctx.fn.locals.remove(last.name)
                return
            if last.__class__ is ir.If and last.otherwise is not None \
                    and self._retarget(last, lone.name, name):
                return
        self.emit(ir.Assign(name, w))

    def _retarget(self, last: ir.If, temp: str, name: str) -> bool:
        """An `if` whose every branch ends assigning the temporary `temp` assigns `name`
        there instead (`x=$((x + 1))` in each branch, no copy after): True if done."""
        branches = [body for _, body in last.arms] + [last.otherwise]
        if not all(b.cmds and b.cmds[-1].__class__ is ir.Assign and b.cmds[-1].name == temp
                   and b.cmds[-1].index is None and not b.cmds[-1].append for b in branches):
            return False
        for b in branches:
            value = b.cmds[-1].value
            if value == var(name):  # `__r=$__r`
                b.cmds.pop()
            else:
                b.cmds[-1] = ir.Assign(name, value)
        if temp in self.ctx.fn.locals:
            self.ctx.fn.locals.remove(temp)
        return True

    def scalar_var(self, e: ast.Expr) -> str:
        """The name of a shell variable holding `e`'s value."""
        if e.__class__ is ast.Name and e.ty.runtime_kind != "array":
            return e.symbol.shell_name
        w = self.value(e)
        if len(w.parts) == 1 and w.parts[0].__class__ is ir.Var and w.parts[0].index is None:
            return w.parts[0].name
        t = self.temp()
        self.emit(ir.Assign(t, w))
        return t

    # ---------------------------------------------------------------- arrays

    def array(self, e: ast.Expr) -> str:
        """The name of a shell array holding `e` (a temporary unless `e` names an array)."""
        if e.__class__ is ast.Name:
            return e.symbol.shell_name
        if e.__class__ is ast.ArrayLit:
            t = self.temp(array=True)
            self.emit(ir.ArrayAssign(t, self.array_elements(e)))
            return t
        if e.__class__ is ast.Binary and e.op in ("??", "||"):
            return self.array_or(e)
        fused = self.json_array(e, e.ty)  # json.get(…) / obj.a read straight into an array
        if fused is not None:
            return self.keep_array(fused)
        if e.__class__ is ast.Call:
            result = self.call(e)
            if isinstance(result, str):
                return self.keep_array(result)
            if isinstance(result, Word) and (e.ty.runtime_kind == "json" or e.ty == ANY):
                return self.json.to_array(self, result, e.ty)
        if e.ty.runtime_kind == "json" or e.ty == ANY:
            return self.json.to_array(self, self.value(e), e.ty)
        if e.__class__ is ast.Conditional:
            t = self.temp(array=True)
            test = self.cond(e.test)
            with self.new_block as then_b:
                self.emit(ir.ArrayAssign(t, [Word((ir.Elements(self.array(e.then)),))]))
            with self.new_block as else_b:
                self.emit(ir.ArrayAssign(t, [Word((ir.Elements(self.array(e.otherwise)),))]))
            self.emit(ir.If([(ir.Block([test]), then_b)], else_b))
            return t
        if e.__class__ is ast.Assign:
            self.assignment(e)
            return self.array(e.target)
        self.unsupported(e, f"{type(e).__name__} as an array")
        return "__ra"

    def json_array(self, e: ast.Expr, ty) -> str | None:
        """A read of JSON (json.get, getArray, values, a property chain) straight into an
        array of type `ty`; None when `e` is no such read. Asked of every array value:
        lower/json.py (`lw.json.read_array`) answers it only for a call of a json.*
        built-in or a property or element of a JSON value."""
        if e.__class__ is ast.Call:
            builtin = getattr(e.target, "builtin", None)
            may_read = builtin is not None and builtin.key.startswith("json.")
        else:
            may_read = (e.__class__ is ast.Member or e.__class__ is ast.Index) \
                and e.object.ty is not None and is_jsonish(e.object.ty)
        return self.json.read_array(self, e, ty) if may_read else None

    def optional_array(self, e: ast.Call, link: ast.Member | ast.Index,
                       otherwise: ast.Expr | None = None) -> str:
        """`a?.split(…)` as an array: when `a` is null or undefined, the array `otherwise`
        (`a?.split(…) ?? d`), else empty (a Utah array has no undefined)."""
        obj = self.stable(self.value(link.object))
        t = self.temp(array=True)
        with self.new_block as present:
            chain = self.call(without_link(e, link, Lowered(obj, link.object)))
            if isinstance(chain, Word):
                chain = self.json.to_array(self, chain, e.ty)
            self.emit(ir.ArrayAssign(t, [Word((ir.Elements(chain),))]))
        with self.new_block as absent:
            self.emit(ir.ArrayAssign(t, [] if otherwise is None else self.array_words(otherwise)))
        self.emit(ir.If([(ir.Block([self.nullish_test(obj)]), absent)], present))
        return t

    def array_or(self, e: ast.Binary) -> str:
        """`a ?? b` and `a || b` of arrays: an array is never nullish and always truthy,
        so `b` only when `a` is a `?.` chain that meets null or undefined."""
        link = guarded_link(e.left, self.nullish) if e.left.__class__ is ast.Call else None
        if link is None:
            return self.array(e.left)
        return self.optional_array(e.left, link, e.right)

    def keep_array(self, name: str) -> str:
        """Copy `__ra` (a call's result) to a temporary before anything overwrites it."""
        if name != "__ra":
            return name
        t = self.temp(array=True)
        self.emit(ir.ArrayAssign(t, [Word((ir.Elements("__ra"),))]))
        return t

    def array_elements(self, e: ast.ArrayLit) -> list[Word]:
        return self.in_order(e.elements)

    def array_words(self, e: ast.Expr) -> list[Word]:
        """Words that spell the elements of `e` right now (for `x=(…)`)."""
        if e.__class__ is ast.ArrayLit:
            return self.array_elements(e)
        return [Word((ir.Elements(self.array(e)),))]

    needs_work = staticmethod(needs_work)  # (the built-ins' lowerings call `lw.needs_work`)
