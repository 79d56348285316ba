"""`utility.*`. `random` and `uuid` start no process; `hash` runs one `*sum` and the
base64 functions one `base64` (the shell cannot see the bytes of a string)."""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit
from . import lowers
from .sysutil import helper_value, literal_text

HASH_ALGORITHMS = ("md5", "sha1", "sha256", "sha512")


@lowers("utility.random")
def random(lw, args, call):
    """An integer in [min, max] (both inclusive, default 0 … 32767), uniform."""
    bounds = [literal_number(a) for a in args]
    if bounds == [0, 32767] and lw.target != "posix":  # POSIX sh has no $RANDOM
        return Word((ir.Var("RANDOM"),))
    words = lw.argument_values(args)
    words += [lit("0"), lit("32767")][len(words):]
    return helper_value(lw, "__utah_random", words)


def literal_number(e: ast.Expr) -> float | None:
    return e.value if isinstance(e, ast.NumberLit) else None


@lowers("utility.hash")
def hash_(lw, args, call):
    """Hex digest of the text's bytes exactly (no newline added)."""
    algo = literal_text(args[1])
    if algo is not None and algo.lower() not in HASH_ALGORITHMS:
        lw.diags.error(args[1].span, f"utility.hash: unknown algorithm {algo!r} "
                                     f"({', '.join(HASH_ALGORITHMS)})")
    return helper_value(lw, "__utah_hash", lw.argument_values(args), may_fail=True)


@lowers("utility.base64Encode", "utility.base64Decode")
def base64(lw, args, call):
    """One line of base64 without wrapping; decoding invalid text is an error."""
    helper = "__utah_base64_" + call.callee.property[len("base64"):].lower()
    return helper_value(lw, helper, lw.argument_values(args), may_fail=True)
