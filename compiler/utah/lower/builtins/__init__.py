"""Lowerings of the built-ins, one module per namespace, registered with `@lowers`.

A lowering receives the lowerer, the argument expressions (receiver first for method
calls; optional arguments may be missing) and the call node. It returns a Word for a
scalar or JSON result, the name of a shell array for an array result, or None for void.
Predicates also register a condition form with `@lowers_condition`, so that
`if (s.startsWith("#"))` tests the helper's status directly.
"""
from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable

from ... import ast, ir
from ...ir import Word, lit, var
from ..calls import BUILTIN_CONDITIONS, BUILTIN_LOWERINGS, load_namespace, lowers


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


__all__ = ["lowers", "lowers_condition", "helper_result", "helper_array", "helper_status",
           "BUILTIN_CONDITIONS", "load_namespace"]
