"""`fs.*`: files and paths."""
from .signatures import sig, sigs

BUILTINS = [
    sig("fs", "exists", "(p: string): boolean"),
    sig("fs", "readFile", "(p: string): string"),
    *sigs("fs", "writeFile appendFile", "(p: string, text: string): void"),
    *sigs("fs", "createDirectory delete", "(p: string): void"),
    *sigs("fs", "copy move rename", "(src: string, dst: string): boolean"),
    sig("fs", "chmod", "(p: string, mode: string | number): void"),
    sig("fs", "chown", "(p: string, owner: string, group?: string): void"),
    *sigs("fs", "dirname filename fileName extension parentDirName", "(p: string): string"),
    sig("fs", "find", "(dir: string, namePattern?: string): string[]"),
    sig("fs", "createTempFolder", "(prefix?: string, base?: string): string"),
    sig("fs", "path", "(...parts: string): string"),
]
