"""`script.*`: script-wide settings."""
from .signatures import sig, sigs

BUILTINS = [
    sig("script", "description", "(text: string): void"),
    *sigs("script", "exitOnError continueOnError enableDebug disableDebug enableGlobbing disableGlobbing",
          "(): void"),
]
