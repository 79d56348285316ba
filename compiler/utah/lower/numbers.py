"""JavaScript numbers at compile time: the text of literals, and constant folding.

A value is held as Python holds the double: an `int` when it is an integer (its exact
value, which beyond 2^53 is a multiple of a power of two, as the lexer makes literals),
else a `float` (fractions, NaN, the infinities)."""
from __future__ import annotations

from .. import ast

# NaN and the infinities are told without `math`, a shared library whose loading cost
# more start-up time than all of this module.
_INFINITIES = (float("inf"), float("-inf"))
_INF = float("inf")
MAX_EXACT = 2 ** 53  # every integer up to this magnitude is a double; past it they round


def js_number(value: float | int) -> str:
    """`String(value)` as JavaScript prints it (Number.prototype.toString)."""
    if isinstance(value, int) and -MAX_EXACT <= value <= MAX_EXACT:
        return str(value)
    value = float(value)
    if value != value:  # NaN, the one value unequal to itself
        return "NaN"
    if value in _INFINITIES:
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    mantissa, _, exp = repr(abs(value)).partition("e")
    digits, _, frac = mantissa.partition(".")
    frac = frac.rstrip("0") if frac else ""
    all_digits = (digits + frac).lstrip("0")
    # decimal exponent n such that value = 0.d1d2… × 10^n (ECMAScript's Number::toString)
    point = len(digits) + (int(exp) if exp else 0)
    if digits == "0":
        point = (int(exp) if exp else 0) - (len(frac) - len(frac.lstrip("0")))
    all_digits = all_digits.rstrip("0") or "0"
    k = len(all_digits)
    if k <= point <= 21:
        return sign + all_digits + "0" * (point - k)
    if 0 < point <= 21:
        return sign + all_digits[:point] + "." + all_digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * (-point) + all_digits
    e = point - 1
    head = all_digits[0] + ("." + all_digits[1:] if k > 1 else "")
    return f"{sign}{head}e{'+' if e >= 0 else '-'}{abs(e)}"


def constant(e: ast.Expr) -> int | float | None:
    """The value of a number expression made of literals only, computed as JavaScript
    computes it in doubles (`9007199254740991 + 2` is 9007199254740992), or None. `**`
    is folded only where every `pow` agrees: an exact result within 2^53, or a power of
    two (V8 is an ulp off the exact `3 ** 52`); `%` of fractions is not folded."""
    cls = e.__class__
    if cls is ast.NumberLit:
        return e.value
    if cls is ast.Unary and e.op in ("-", "+"):
        value = constant(e.operand)
        if value is None or e.op == "+":
            return value
        return _held(-value)
    if cls is not ast.Binary or e.op not in _FOLDS:
        return None
    left = constant(e.left)
    if left is None:
        return None
    right = constant(e.right)
    return None if right is None else _FOLDS[e.op](left, right)


def _held(value: int | float) -> int | float:
    """An exact result as JavaScript holds it: rounded to a double, an integer as `int`."""
    if isinstance(value, int):
        if -MAX_EXACT <= value <= MAX_EXACT:
            return value
        try:
            value = float(value)  # rounds to nearest, ties to even, as IEEE 754 does
        except OverflowError:
            return _INF if value > 0 else -_INF
    if value == value and value not in _INFINITIES and value.is_integer():
        return int(value)
    return value


def _divide(a: int | float, b: int | float) -> int | float:
    if b == 0:  # (no negative zero: LANGUAGE.md numbers, DESIGN.md known limitations)
        return float("nan") if a == 0 or a != a else (_INF if a > 0 else -_INF)
    return _held(a / b)  # int / int is correctly rounded in Python


def _remainder(a: int | float, b: int | float) -> int | float | None:
    """JavaScript's `%`: the remainder of truncated division, with the dividend's sign."""
    if not (isinstance(a, int) and isinstance(b, int)):
        return None
    if b == 0:
        return float("nan")
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _power(a: int | float, b: int | float) -> int | float | None:
    if not (isinstance(a, int) and isinstance(b, int)) or b < 0:
        return None
    magnitude = abs(a)
    if magnitude <= 1 or b == 0:
        return a ** b
    power_of_two = magnitude & (magnitude - 1) == 0
    if (magnitude.bit_length() - 1) * b > 1100:  # past the largest double
        return (-_INF if a < 0 and b % 2 else _INF) if power_of_two else None
    result = a ** b
    return _held(result) if power_of_two or abs(result) <= MAX_EXACT else None


_FOLDS = {
    "+": lambda a, b: _held(a + b),
    "-": lambda a, b: _held(a - b),
    "*": lambda a, b: _held(a * b),
    "/": _divide,
    "%": _remainder,
    "**": _power,
}
