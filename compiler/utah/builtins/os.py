"""`os.*`: the host system."""
from .signatures import sig, sigs

BUILTINS = [
    sig("os", "isInstalled", "(cmd: string): boolean"),
    *sigs("os", "getOS getLinuxVersion", "(): string"),
]
