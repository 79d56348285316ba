"""Global functions: `parseInt`, `parseFloat`, `isNaN`, `String`, `Number`."""
from .signatures import sig

BUILTINS = [
    sig("", "parseInt", "(s: string, radix?: number): number"),
    sig("", "parseFloat", "(s: string): number"),
    sig("", "isNaN", "(x: any): boolean"),
    sig("", "String", "(x: any): string"),
    sig("", "Number", "(x: any): number"),
]
