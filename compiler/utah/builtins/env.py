"""`env.*`: environment variables."""
from .signatures import sig

BUILTINS = [
    sig("env", "get", "(name: string, def?: string): string"),
    sig("env", "set", "(name: string, value: string | number | boolean): void"),
    sig("env", "delete", "(name: string): void"),
    sig("env", "load", "(file: string): void"),
]
