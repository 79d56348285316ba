"""`args.*`: command-line options."""
from .signatures import sig

BUILTINS = [
    sig("args", "define",
        '(long: string, short: string, description: string, type: string = "string", '
        'required: boolean = false, def?: any): void'),
    sig("args", "get", "(long: string): string"),
    sig("args", "getString", "(long: string): string"),
    sig("args", "getNumber", "(long: string): number"),
    sig("args", "getBoolean", "(long: string): boolean"),
    sig("args", "has", "(long: string): boolean"),
    sig("args", "all", "(): string[]"),
    sig("args", "showHelp", "(): void"),
]
