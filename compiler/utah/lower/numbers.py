"""JavaScript number text at compile time, for literals and constant folding."""
from __future__ import annotations

# NaN and the infinities are told without `math`, a shared library whose loading cost
# more start-up time than all of this module.
_INFINITIES = (float("inf"), float("-inf"))


def js_number(value: float | int) -> str:
    """`String(value)` as JavaScript prints it (Number.prototype.toString)."""
    if isinstance(value, int) and abs(value) < 10 ** 21:
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
