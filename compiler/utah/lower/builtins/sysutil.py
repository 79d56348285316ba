"""Small tools shared by the lowerings of env, os, process, timer, date, utility and
validate: calling a run-time helper with ready words, reading literal arguments."""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit, var


def run_helper(lw, helper: str, words: list[Word], may_fail: bool = False) -> None:
    """`helper WORDS…` as a statement; a failure (status 1, `__err`) is an error."""
    lw.use(helper)
    lw.emit_checked(ir.Cmd([lit(helper), *words]), may_fail=may_fail)


def helper_value(lw, helper: str, words: list[Word], may_fail: bool = False) -> Word:
    """`helper WORDS…` and its `__r`, copied to a temporary."""
    run_helper(lw, helper, words, may_fail)
    t = lw.temp()
    lw.emit(ir.Assign(t, var("__r")))
    return var(t)


def literal_text(e: ast.Expr) -> str | None:
    """The text of a string literal argument, else None (known only at run time)."""
    return e.value if isinstance(e, ast.StringLit) else None


def arith_operands(lw, args: list[ast.Expr]) -> list[str] | None:
    """Shell arithmetic text for each argument, parenthesized unless atomic, when every
    one is integral; else None, with nothing lowered (`arith` of one would lower it,
    and the caller then lowers them all again another way)."""
    if not all(lw.is_arith(a) for a in args):
        return None
    texts = [lw.arith(a) for a in args]
    return [t if t.isidentifier() or t.lstrip("-").isdigit() else f"({t})" for t in texts]
