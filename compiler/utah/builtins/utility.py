"""`utility.*`."""
from .signatures import sig, sigs

BUILTINS = [
    sig("utility", "random", "(min: number = 0, max: number = 32767): number"),
    sig("utility", "uuid", "(): string"),
    sig("utility", "hash", '(text: string, algo: string = "sha256"): string'),
    *sigs("utility", "base64Encode base64Decode", "(text: string): string"),
]
