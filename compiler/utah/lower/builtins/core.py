"""Globals (parseInt, parseFloat, isNaN, String, Number), Math.*, number methods, console output."""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit
from ...types import BOOLEAN, NUMBER, STRING, ArrayType, runtime_kind
from ..ints import is_integral
from . import helper_result, lowers, lowers_condition


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
    arith = lw.arith(args[0]) if args else None
    if fn == "abs" and arith is not None:
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
            text = lw.json_text(arg)
        elif runtime_kind(arg.ty) == "json" and arg.__class__ is not ast.ObjectLit:
            text = lw.json_shown(lw.value(arg))
        else:
            text = lw.string_value(arg)
        words.append(lw.stable_before(text, *args[i + 1:]))
    return ir.joined(words)


@lowers("console.log", "console.error", "console.warn")
def console_log(lw, args, call):
    stderr = call.callee.property in ("error", "warn")
    redirects = [ir.Redirect(">&", lit("2"))] if stderr else []
    words = [lit("printf"), lit("%s\\n"), _joined(lw, args)] if args else [lit("printf"), lit("\\n")]
    lw.emit(ir.Cmd(words, redirects=redirects))
    return None
