"""`date.*`: timestamps in seconds; units seconds minutes hours days."""
from .signatures import sig, sigs

BUILTINS = [
    *sigs("date", "now nowMillis", "(): number"),
    sig("date", "format", '(ts?: number, fmt: string = "%Y-%m-%d %H:%M:%S"): string'),
    sig("date", "parse", "(text: string): number"),
    *sigs("date", "add subtract", "(ts: number, n: number, unit: string): number"),
    sig("date", "diff", '(a: number, b: number, unit: string = "seconds"): number'),
    sig("date", "dayOfWeek", "(ts?: number): string"),
]
