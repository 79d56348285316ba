"""Compile a case through the compiler's Python API, once per (case, target) per process,
and build the request that runs the compiled program as the harness runs it."""
from __future__ import annotations

import functools
import shlex
import traceback
from dataclasses import dataclass, field

from .casefile import Case
from .executors import RunRequest
from .judge import UNSUPPORTED
from .shells import ShellSpec


@dataclass
class Compiled:
    ok: bool
    output: str | None = None
    diagnostics: list = field(default_factory=list)
    unsupported: str = ""   # the compiler does not implement this target (a skip)
    crash: str = ""         # the compiler raised: a traceback

    def describe(self) -> str:
        if self.crash:
            return "the compiler raised:\n" + self.crash
        return "\n".join(d.format() for d in self.diagnostics) or "no output, no diagnostics"


@functools.lru_cache(maxsize=None)
def _compile(path: str, text: str, target: str) -> Compiled:
    try:
        import utah
        result = utah.compile_source(text, path, target=target)
    except Exception as e:  # ImportError while the compiler is incomplete, or a crash
        missing_part = isinstance(e, (ImportError, NotImplementedError)) and target in str(e)
        if target != "bash" and (missing_part or UNSUPPORTED.search(str(e))):
            return Compiled(False, unsupported=f"target {target}: {e}")
        return Compiled(False, crash="".join(traceback.format_exception(e))[-4000:])
    if not result.ok and target != "bash":
        for d in result.diagnostics:
            if UNSUPPORTED.search(d.message) and target in d.message:
                return Compiled(False, diagnostics=list(result.diagnostics),
                                unsupported=f"target {target}: {d.message}")
    return Compiled(result.ok, result.output, list(result.diagnostics))


def compile_case(case: Case, target: str) -> Compiled:
    return _compile(str(case.path), case.source, target)


def run_request(case: Case, program: str, shell: ShellSpec) -> RunRequest:
    """The request that runs `program` (the case compiled for SHELL's target) in SHELL.

    A case with a driver runs the driver instead, in the same shell, with the program's
    path (./program.sh) as $1 and the command that runs a program in that shell in
    $SHX_SHELL."""
    files = dict(case.files)
    args = list(case.args)
    script = program
    if case.driver:
        files["program.sh"] = program.encode()
        script = case.driver_path().read_text(encoding="utf-8")
        args = ["./program.sh", *args]
    return RunRequest(script=script, args=args, stdin=case.stdin, files=files,
                      timeout=case.timeout, collect=list(case.collect),
                      env={"SHX_SHELL": " ".join(shlex.quote(a) for a in shell.argv)})
