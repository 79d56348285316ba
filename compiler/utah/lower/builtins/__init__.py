"""Lowerings of the built-ins, one module per namespace, registered with `@lowers`.

A lowering receives the lowerer, the argument expressions (receiver first for method
calls; optional arguments may be missing) and the call node. It returns a Word for a
scalar or JSON result, the name of a shell array for an array result, or None for void.
Predicates also register a condition form with `@lowers_condition`, so that
`if (s.startsWith("#"))` tests the helper's status directly.

The lowerings nearly every program uses, the globals (parseInt, parseFloat, isNaN,
String, Number), Math.*, number methods and console output, are defined here, loaded with
the package: a module of their own cost a module load (as much as lowering twenty
statements) in almost every compilation. The other namespaces' modules are imported on
first use (`lower/calls.py`).
"""
from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable

from ... import ast, ir, modules
from ...ir import Word, lit, var
from ...types import BOOLEAN, NUMBER, STRING, ArrayType
from ..calls import BUILTIN_CONDITIONS, BUILTIN_LOWERINGS, load_namespace, lowers
from ..ints import is_integral


def lowers_condition(*keys: str):
    """Register a predicate: its condition form, and a value form derived from it."""
    def register(fn: Callable) -> Callable:
        for key in keys:
            BUILTIN_CONDITIONS[key] = fn
            BUILTIN_LOWERINGS[key] = _value_of_condition(fn)
        return fn
    return register


def _value_of_condition(fn: Callable) -> Callable:
    def value(lw, args, call):
        return lw.boolean_of_command(fn(lw, args, call))
    return value


def to_ere(lw, regex: ast.RegexLit) -> str:
    """The POSIX ERE of a regular expression literal (lower/regex.py, loaded on first
    need: few programs have one)."""
    return modules.module(f"{__package__.rpartition('.')[0]}.regex").to_ere(lw, regex)


def helper_result(lw, helper: str, args: list[ast.Expr], *extra_first: str,
                  may_fail: bool = False) -> Word:
    """Call `helper EXTRA… ARGS…` and return its `__r` (copied to a temporary)."""
    words = [lit(x) for x in extra_first] + lw.argument_values(args)
    lw.use(helper)
    lw.emit_checked(ir.Cmd([lit(helper), *words]), may_fail=may_fail)
    t = lw.temp()
    lw.emit(ir.Assign(t, var("__r")))
    return var(t)


def helper_array(lw, helper: str, words: list[Word]) -> str:
    """Call a helper that leaves an array in `__ra`; returns "__ra" (copy it at once)."""
    lw.use(helper)
    lw.emit(ir.Cmd([lit(helper), *words]))
    return "__ra"


def helper_status(lw, helper: str, args: list[ast.Expr], *extra_first: str) -> ir.Command:
    lw.use(helper)
    return ir.Cmd([lit(helper), *[lit(x) for x in extra_first], *lw.argument_values(args)])


# ------------------------------------------------- globals, Math, numbers

@lowers("parseInt")
def parse_int(lw, args, call):
    return helper_result(lw, "__utah_parse_int", args)


@lowers("parseFloat")
def parse_float(lw, args, call):
    return helper_result(lw, "__utah_parse_float", args)


@lowers("Number")
def to_number(lw, args, call):
    if args[0].ty == NUMBER:
        return lw.value(args[0])
    if args[0].ty == BOOLEAN:
        return lw.boolean_of_command(lw.cond(args[0]), "1", "0")
    if isinstance(args[0], (ast.NullLit,)):
        return lit("0")
    return helper_result(lw, "__utah_to_number", args)


@lowers("String", "number.toString")
def to_string(lw, args, call):
    if len(args) > 1:  # x.toString(radix)
        return helper_result(lw, "__utah_num_to_radix", args, may_fail=True)
    return lw.string_value(args[0]) if not isinstance(args[0].ty, ArrayType) \
        else lw.string_of_array(lw.array(args[0]))


@lowers_condition("isNaN")
def is_nan(lw, args, call):
    number = lw.number_value(args[0])
    if number.literal is not None:
        return ir.Cmd([lit("true" if number.literal == "NaN" else "false")])
    return ir.Test("==", number, lit("NaN"))


@lowers("number.toFixed")
def to_fixed(lw, args, call):
    return helper_result(lw, "__utah_to_fixed", args, may_fail=True)


@lowers("Math.round", "Math.floor", "Math.ceil", "Math.abs", "Math.sqrt", "Math.pow",
        "Math.min", "Math.max", "Math.random")
def math(lw, args, call):
    fn = call.callee.property
    if fn in ("floor", "ceil", "round") and args and is_integral(args[0], lw.ints):
        return lw.value(args[0])  # already an integer (or, past 2^53, its own rounding)
    if fn == "abs" and args and lw.is_arith(args[0]):  # (asked first: `arith` lowers the operand)
        arith = lw.arith(args[0])
        return lw.arith_word(f"({arith}) < 0 ? -({arith}) : {arith}")
    return helper_result(lw, "__utah_math", args, fn)


# ----------------------------------------------------------------- console output

def _joined(lw, args) -> Word:
    """Node joins console arguments with a space; arrays print as JSON (an `any` holding
    one too). Each argument is read before the next one is evaluated (`console.log(i, ++i)`)."""
    words = []
    for i, arg in enumerate(args):
        if i:
            words.append(lit(" "))
        if isinstance(arg.ty, ArrayType):
            text = lw.json.text_of(lw, arg)
        elif arg.ty.runtime_kind == "json" and arg.__class__ is not ast.ObjectLit:
            text = lw.json.shown(lw, lw.value(arg))
        else:
            text = lw.string_value(arg)
        words.append(lw.stable_before(text, *args[i + 1:]))
    return ir.joined(words)


# The words of `printf '%s\n' …`, made once: nearly every program prints, line by line.
_PRINTF, _LINE_FORMAT, _NEWLINE, _STDERR = lit("printf"), lit("%s\\n"), lit("\\n"), lit("2")


@lowers("console.log", "console.error", "console.warn")
def console_log(lw, args, call):
    stderr = call.callee.property in ("error", "warn")
    redirects = [ir.Redirect(">&", _STDERR)] if stderr else []
    words = [_PRINTF, _LINE_FORMAT, _joined(lw, args)] if args else [_PRINTF, _NEWLINE]
    lw.emit(ir.Cmd(words, redirects=redirects))
    return None


__all__ = ["lowers", "lowers_condition", "helper_result", "helper_array", "helper_status",
           "to_ere", "BUILTIN_CONDITIONS", "load_namespace"]
