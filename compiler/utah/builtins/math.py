"""`Math.*`."""
from .signatures import sig, sigs

BUILTINS = [
    *sigs("Math", "round floor ceil abs sqrt", "(x: number): number"),
    *sigs("Math", "min max", "(...values: number): number"),
    sig("Math", "pow", "(x: number, y: number): number"),
    sig("Math", "random", "(): number"),
]
