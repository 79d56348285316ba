"""`process.*`: the script's process and background jobs (PIDs as numbers or strings)."""
from .signatures import sig

BUILTINS = [
    sig("process", "id", "(): number"),
    sig("process", "start", "(cmd: string, options?: object): number"),
    sig("process", "isRunning", "(pid: number | string): boolean"),
    sig("process", "kill", '(pid: number | string, signal: string = "SIGTERM"): boolean'),
    sig("process", "wait", "(pid: number | string, timeoutMs?: number): number"),
    sig("process", "elapsedTime", "(): string"),
]
