"""String methods, also callable as `string.fn(s, …)`; `string.length(s)` (`.length` is a property)."""
from .signatures import sig, sigs


def _m(name: str, signature: str):
    return sig("string", name, signature, method_of="string")


BUILTINS = [
    sig("string", "length", "(s: string): number"),
    *sigs("string", "trim trimStart trimEnd toUpperCase toLowerCase capitalize",
          "(s: string): string", method_of="string"),
    _m("split", "(s: string, sep?: string | regex, limit?: number): string[]"),
    _m("substring", "(s: string, start: number, end?: number): string"),
    _m("slice", "(s: string, start?: number, end?: number): string"),
    _m("charAt", "(s: string, i: number = 0): string"),
    *sigs("string", "indexOf lastIndexOf", "(s: string, sub: string, from?: number): number",
          method_of="string"),
    _m("includes", "(s: string, sub: string, from?: number): boolean"),
    _m("contains", "(s: string, sub: string): boolean"),
    _m("startsWith", "(s: string, prefix: string, pos?: number): boolean"),
    _m("endsWith", "(s: string, suffix: string, len?: number): boolean"),
    *sigs("string", "replace replaceAll", "(s: string, pattern: string | regex, replacement: string): string",
          method_of="string"),
    *sigs("string", "padStart padEnd", '(s: string, n: number, ch: string = " "): string',
          method_of="string"),
    _m("repeat", "(s: string, n: number): string"),
    _m("isEmpty", "(s: string): boolean"),
]
