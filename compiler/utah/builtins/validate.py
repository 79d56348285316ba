"""`validate.*`: predicates."""
from .signatures import sigs

BUILTINS = [
    *sigs("validate", "isEmail isURL isUUID isAlphaNumeric", "(v: string): boolean"),
    *sigs("validate", "isNumeric isEmpty", "(v: any): boolean"),
    *sigs("validate", "isGreaterThan isLessThan", "(v: number, n: number): boolean"),
    *sigs("validate", "isInRange", "(v: number, min: number, max: number): boolean"),
]
