"""Array methods, also callable as `array.fn(a, …)`; `array.length(a)` (`.length` is a property).

`T` is the receiver's element type; `U` is bound from `map`'s callback result or
`reduce`'s initial value.
"""
from .signatures import sig


def _m(name: str, signature: str):
    return sig("array", name, signature, method_of="array")


BUILTINS = [
    sig("array", "length", "(a: T[]): number"),
    _m("push", "(a: T[], ...items: T): number"),
    _m("unshift", "(a: T[], ...items: T): number"),
    _m("pop", "(a: T[]): T"),
    _m("shift", "(a: T[]): T"),
    _m("splice", "(a: T[], start: number, deleteCount?: number, ...items: T): T[]"),
    _m("includes", "(a: T[], x: T, from?: number): boolean"),
    _m("contains", "(a: T[], x: T): boolean"),
    _m("indexOf", "(a: T[], x: T, from?: number): number"),
    _m("join", '(a: T[], sep: string = ","): string'),
    _m("slice", "(a: T[], start?: number, end?: number): T[]"),
    _m("concat", "(a: T[], ...items: T[] | T): T[]"),
    _m("merge", "(a: T[], b: T[]): T[]"),
    _m("reverse", "(a: T[]): T[]"),
    _m("sort", "(a: T[], order?: string | (x: T, y: T) => number): T[]"),
    _m("unique", "(a: T[]): T[]"),
    _m("shuffle", "(a: T[]): T[]"),
    _m("isEmpty", "(a: T[]): boolean"),
    _m("map", "(a: T[], fn: (x: T, i: number) => U): U[]"),
    _m("filter", "(a: T[], fn: (x: T, i: number) => any): T[]"),
    _m("forEach", "(a: T[], fn: (x: T, i: number) => any): void"),
    _m("reduce", "(a: T[], fn: (acc: U, x: T, i: number) => U, init?: U): U"),
    _m("find", "(a: T[], fn: (x: T, i: number) => any): T"),
    _m("some", "(a: T[], fn: (x: T, i: number) => any): boolean"),
    _m("every", "(a: T[], fn: (x: T, i: number) => any): boolean"),
]
