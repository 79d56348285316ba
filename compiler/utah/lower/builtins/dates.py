"""`date.*`: timestamps in seconds. Formatting is bash's `printf %(…)T` and the unit
arithmetic is shell arithmetic (or the number helpers for fractions); only
`date.parse` starts a process (GNU `date -d`)."""
from __future__ import annotations

from ... import ir
from ...ir import Word, lit
from . import lowers
from .sysutil import arith_operands, helper_value, literal_text

UNITS = {"second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3600, "hours": 3600,
         "day": 86400, "days": 86400}
DEFAULT_FORMAT = "%Y-%m-%d %H:%M:%S"


@lowers("date.format")
def format_(lw, args, call):
    """`date.format(ts = now, fmt = "%Y-%m-%d %H:%M:%S")` in the local time zone."""
    words = lw.argument_values(args)
    words += [lit(""), lit(DEFAULT_FORMAT)][len(words):]
    return helper_value(lw, "__utah_date_format", words, may_fail=True)


@lowers("date.parse")
def parse(lw, args, call):
    return helper_value(lw, "__utah_date_parse", lw.argument_values(args), may_fail=True)


@lowers("date.dayOfWeek")
def day_of_week(lw, args, call):
    """English day name (Sunday … Saturday) of `ts` (default now), local time zone."""
    words = lw.argument_values(args) or [lit("")]
    return helper_value(lw, "__utah_day_of_week", words, may_fail=True)


def unit_seconds(lw, arg, fn: str) -> int | None:
    """Seconds per unit when the unit is a literal (an unknown one is an error now)."""
    unit = literal_text(arg)
    if unit is None:
        return None
    if unit not in UNITS:
        lw.diags.error(arg.span, f"date.{fn}: unknown unit {unit!r} (seconds, minutes, hours, days)")
        return None
    return UNITS[unit]


@lowers("date.add", "date.subtract")
def add(lw, args, call):
    """`ts ± n × unit`; integers and a literal unit stay in `$(( ))`."""
    fn = call.callee.property
    per = unit_seconds(lw, args[2], fn)
    texts = arith_operands(lw, args[:2]) if per is not None else None
    if texts is not None:
        ts, n = texts
        sign = "+" if fn == "add" else "-"
        return Word((ir.Arith(f"{ts} {sign} {n} * {per}"),))
    return helper_value(lw, "__utah_date_add", [lit(fn), *lw.argument_values(args)],
                        may_fail=per is None)


@lowers("date.diff")
def diff(lw, args, call):
    """`(a - b)` in whole units, cut toward zero (moment's `a.diff(b, unit)`)."""
    per = unit_seconds(lw, args[2], "diff")
    texts = arith_operands(lw, args[:2]) if per is not None else None
    if texts is not None:
        a, b = texts
        return Word((ir.Arith(f"({a} - {b}) / {per}" if per != 1 else f"{a} - {b}"),))
    return helper_value(lw, "__utah_date_diff", lw.argument_values(args), may_fail=per is None)
