"""Number methods `n.toString(radix?)`, `n.toFixed(d?)` (also `number.fn(n, …)`)."""
from .signatures import sig

BUILTINS = [
    sig("number", "toString", "(n: number, radix?: number): string", method_of="number"),
    sig("number", "toFixed", "(n: number, digits: number = 0): string", method_of="number"),
]
