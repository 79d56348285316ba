"""`timer.*`: a stopwatch in milliseconds."""
from .signatures import sig, sigs

BUILTINS = [
    sig("timer", "start", "(): void"),
    *sigs("timer", "stop current", "(): number"),
]
