"""String methods and their `string.*` namespace forms; all run-time helpers are pure
parameter expansion, so none spawns a process.

A lowering tells the built-ins it serves apart by the key it was registered for, never
by the node it is given: `s[i]` reuses charAt's lowering with the Index node."""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit, var
from ...types import REGEX, STRING
from ..expr import Lowered
from ..nullish import UNDEFINED_TEXT, AsText, UnlessUndefined
from . import helper_array, helper_result, helper_status, lowers, lowers_condition, to_ere

_SIMPLE = {
    "trim": "__utah_trim", "trimStart": "__utah_trim_start", "trimEnd": "__utah_trim_end",
    "toUpperCase": "__utah_upper", "toLowerCase": "__utah_lower",
    "substring": "__utah_substring", "slice": "__utah_str_slice", "charAt": "__utah_char_at",
    "indexOf": "__utah_str_index_of", "lastIndexOf": "__utah_str_last_index_of",
}


def _simple(helper: str):
    return lambda lw, args, node: helper_result(lw, helper, args)


for _method, _helper in _SIMPLE.items():
    lowers(f"string.{_method}")(_simple(_helper))


@lowers("string.repeat")
def repeat(lw, args, call):
    return helper_result(lw, "__utah_str_repeat", args, may_fail=True)


def _pad(side: str):
    return lambda lw, args, node: helper_result(lw, "__utah_pad", args, side)


lowers("string.padStart")(_pad("start"))
lowers("string.padEnd")(_pad("end"))


@lowers("string.length")
def length(lw, args, call):
    lw.ctx.counts_characters = True
    return Word((ir.Length(lw.scalar_var(args[0])),))


@lowers("string.capitalize")
def capitalize(lw, args, call):
    subject = Lowered(lw.stable(lw.value(args[0])), args[0])
    first = helper_result(lw, "__utah_char_at", [subject, Lowered(lit("0"), args[0])])
    first = helper_result(lw, "__utah_upper", [Lowered(first, args[0])])
    rest = helper_result(lw, "__utah_str_slice", [subject, Lowered(lit("1"), args[0])])
    return first + rest


def _replace(every_match: bool):
    return lambda lw, args, node: replace(lw, args, every_match)


lowers("string.replace")(_replace(False))
lowers("string.replaceAll")(_replace(True))


def replace(lw, args, every_match: bool):
    if isinstance(args[1], ast.RegexLit):
        every = "g" in args[1].flags or every_match
        operands = [args[0], Lowered(lit(to_ere(lw, args[1])), args[1]), args[2]]
        if every:
            operands.append(Lowered(lit("g"), args[1]))
        return helper_result(lw, "__utah_replace_re", operands)
    if args[1].ty == REGEX:
        lw.unsupported(args[1], "a regular expression held in a variable")
        return lit("")
    helper = "__utah_replace_all" if every_match else "__utah_replace"
    return helper_result(lw, helper, args)


@lowers("string.split")
def split(lw, args, call):
    if len(args) == 1:
        t = lw.temp(array=True)
        lw.emit(ir.ArrayAssign(t, [lw.value(args[0])]))
        return t
    if args[1].__class__ is UnlessUndefined:
        return _split_unless_undefined(lw, args[0], args[1].expr)
    if isinstance(args[1], ast.RegexLit):
        words = lw.argument_values([args[0]]) + [lit(to_ere(lw, args[1]))]
        if len(args) > 2:
            words.append(lw.value(args[2]))
        return helper_array(lw, "__utah_split_re", words)
    return helper_array(lw, "__utah_split", lw.argument_values(args))


@lowers_condition("string.includes", "string.contains")
def includes(lw, args, call):
    return helper_status(lw, "__utah_str_includes", args)


@lowers_condition("string.startsWith")
def starts_with(lw, args, call):
    return helper_status(lw, "__utah_str_starts_with", args)


@lowers_condition("string.endsWith")
def ends_with(lw, args, call):
    return helper_status(lw, "__utah_str_ends_with", args)


@lowers_condition("string.isEmpty")
def is_empty(lw, args, call):
    return ir.Test("-z", lw.value(args[0]))


def _split_unless_undefined(lw, subject: ast.Expr, separator: ast.Expr) -> str:
    """`s.split(sep)` where sep may be undefined: `[s]` when it is, as without one."""
    text = lw.stable_before(lw.value(subject), separator)
    sep = lw.scalar_var(separator)
    t = lw.temp(array=True)
    with lw.new_block as split_b:
        words = [text, lw.value(AsText(separator.loc, Lowered(var(sep), separator), ty=STRING))]
        lw.emit(ir.ArrayAssign(t, [Word((ir.Elements(helper_array(lw, "__utah_split", words)),))]))
    lw.emit(ir.Case(var(sep), [([lit(UNDEFINED_TEXT)], ir.Block([ir.ArrayAssign(t, [text])])),
                               ([Word((ir.Raw("*"),))], split_b)]))
    return t
