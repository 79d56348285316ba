"""`json.*` (jq at run time). `get` is `any`: its conversion follows the declared type."""
from .signatures import sig

BUILTINS = [
    sig("json", "parse", "(text: string): object"),
    sig("json", "stringify", "(value: any, pretty: boolean = false): string"),
    sig("json", "isValid", "(text: string): boolean"),
    sig("json", "get", "(o: object, path: string): any"),
    sig("json", "getString", "(o: object, path: string): string"),
    sig("json", "getNumber", "(o: object, path: string): number"),
    sig("json", "getBoolean", "(o: object, path: string): boolean"),
    sig("json", "getArray", "(o: object, path: string): any[]"),
    sig("json", "set", "(o: object, path: string, value: any): object"),
    sig("json", "has", "(o: object, path: string): boolean"),
    sig("json", "delete", "(o: object, path: string): object"),
    sig("json", "keys", "(o: object): string[]"),
    sig("json", "values", "(o: object): any[]"),
    sig("json", "merge", "(a: object, b: object): object"),
]
