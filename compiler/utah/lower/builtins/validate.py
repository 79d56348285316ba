"""`validate.*`: predicates, each a bash `[[ =~ ]]` in a run-time helper or a number
comparison (shell arithmetic for integers, `__utah_num_cmp` otherwise); no process."""
from __future__ import annotations

from ... import ir
from ...ir import lit
from ...types import BOOLEAN, NULL, NUMBER, STRING, UNDEFINED, ArrayType
from . import lowers_condition
from .sysutil import arith_operands

_SHAPES = {"isEmail": "email", "isURL": "url", "isUUID": "uuid", "isAlphaNumeric": "alnum"}

FALSE, TRUE = ir.Cmd([lit("false")]), ir.Cmd([lit("true")])


def _test(lw, helper: str, *words) -> ir.Command:
    lw.use(helper)
    return ir.Cmd([lit(helper), *words])


@lowers_condition(*(f"validate.{name}" for name in _SHAPES))
def shape(lw, args, call):
    return _test(lw, "__utah_text_is", lit(_SHAPES[call.callee.property]), lw.value(args[0]))


def _json_flag(ty) -> list:
    """Values of type any, object or an interface are JSON text: the helper is told so."""
    return [lit("json")] if ty.runtime_kind == "json" and ty not in (STRING, NUMBER) else []


@lowers_condition("validate.isNumeric")
def is_numeric(lw, args, call):
    """A finite decimal number, or text that is one (no spaces, hex, NaN, Infinity)."""
    ty = args[0].ty
    word = lw.value(args[0])
    if ty in (BOOLEAN, NULL, UNDEFINED) or isinstance(ty, ArrayType):
        return FALSE
    return _test(lw, "__utah_is_numeric", word, *_json_flag(ty))


@lowers_condition("validate.isEmpty")
def is_empty(lw, args, call):
    """"" or only whitespace; an empty array; JSON null, [], {} or a blank string; null and
    undefined. A number or a boolean is never empty."""
    ty = args[0].ty
    if isinstance(ty, ArrayType):
        return ir.ArithTest(f"${{#{lw.array(args[0])}[@]}} == 0")
    word = lw.value(args[0])
    if ty in (NULL, UNDEFINED):
        return TRUE
    if ty in (NUMBER, BOOLEAN):
        return FALSE
    return _test(lw, "__utah_is_blank", word, *_json_flag(ty))


_OPS = {"isGreaterThan": ">", "isLessThan": "<"}


def _compare(lw, op: str, left, right) -> ir.Command:
    return _test(lw, "__utah_num_cmp", lit(op), left, right)


@lowers_condition("validate.isGreaterThan", "validate.isLessThan")
def compare(lw, args, call):
    op = _OPS[call.callee.property]
    texts = arith_operands(lw, args)
    if texts is not None:
        return ir.ArithTest(f"{texts[0]} {op} {texts[1]}")
    return _compare(lw, op, *_numbers(lw, args))


@lowers_condition("validate.isInRange")
def in_range(lw, args, call):
    """min <= v <= max, numerically (NaN is in no range)."""
    texts = arith_operands(lw, args)
    if texts is not None:
        v, lo, hi = texts
        return ir.ArithTest(f"{lo} <= {v} && {v} <= {hi}")
    v, lo, hi = _numbers(lw, args)
    return ir.AndOr([_compare(lw, ">=", v, lo), _compare(lw, "<=", v, hi)], ["&&"])


def _numbers(lw, args) -> list:
    """Number words of the arguments, each safe from the work of the next ones."""
    words = []
    for i, arg in enumerate(args):
        w = lw.number_value(arg)
        words.append(lw.stable(w) if any(lw.needs_work(a) for a in args[i + 1:]) else w)
    return words
