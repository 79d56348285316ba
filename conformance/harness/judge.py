"""Decide the matrix cell of one (case, shell) run from what the program did."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .casefile import Case, CompileErrorExpect, Expect

PASS, FAIL, TIME, XFAIL, XPASS, COMPILE_ERROR, SKIP = (
    "pass", "FAIL", "TIME", "xfail", "XPASS", "compile-error", "skip")
CELLS = (PASS, FAIL, TIME, XFAIL, XPASS, COMPILE_ERROR, SKIP)
FAILING = (FAIL, TIME, XPASS, COMPILE_ERROR)

# A compiler that does not (yet) implement a target says so; that is a skip, not a failure.
UNSUPPORTED = re.compile(r"(?i)\b(not (yet )?(supported|implemented)|unsupported)\b")


@dataclass
class Verdict:
    cell: str
    detail: str = ""     # why it failed: diff, mismatching keys
    reason: str = ""     # xfail / skip / OK reason shown in the matrix

    @property
    def failed(self) -> bool:
        return self.cell in FAILING


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _diff(what: str, want: str, got: str) -> str:
    lines = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                 f"expected {what}", f"actual {what}", n=2)
    body = "".join(l if l.endswith("\n") else l + "\n\\ no newline at end\n" for l in lines)
    return body or f"{what}: expected {want!r}, got {got!r}\n"


def mismatches(exp: Expect, stdout: bytes, stderr: bytes, status: int | None,
               files: dict[str, bytes]) -> list[str]:
    """Each way the run differs from `exp` (empty: it matches)."""
    out, err = _text(stdout), _text(stderr)
    problems = []
    if exp.status is not None and status != exp.status:
        problems.append(f"status: expected {exp.status}, got {status}\n")
    if exp.stdout is not None and out != exp.stdout:
        problems.append(_diff("stdout", exp.stdout, out))
    if exp.stderr is not None and err != exp.stderr:
        problems.append(_diff("stderr", exp.stderr, err))
    if exp.stdout_match is not None and not re.search(exp.stdout_match, out, re.M):
        problems.append(f"stdout does not match /{exp.stdout_match}/:\n{out}")
    if exp.stderr_match is not None and not re.search(exp.stderr_match, err, re.M):
        problems.append(f"stderr does not match /{exp.stderr_match}/:\n{err}")
    for name, want in exp.files.items():
        if name not in files:
            problems.append(f"file {name}: not created\n")
        elif _text(files[name]) != want:
            problems.append(_diff(f"file {name}", want, _text(files[name])))
    return problems


def judge_run(case: Case, shell: str, target: str, stdout: bytes, stderr: bytes,
              status: int | None, timed_out: bool, files: dict[str, bytes]) -> Verdict:
    """Apply the main expectation and this shell's deviation (strict xfail)."""
    dev = case.deviation_for(shell, target)
    main = mismatches(case.expect, stdout, stderr, status, files)
    context = "" if not stderr or case.expect.stderr is not None else (
        "stderr was:\n" + _text(stderr)[-2000:])
    if timed_out:
        if case.xfail or (dev and dev.kind != "OK" and dev.expect.is_empty()):
            return Verdict(XFAIL, "timed out", case.xfail or dev.reason)
        return Verdict(TIME, f"timed out after {case.timeout:g}s\n" + "".join(main) + context)
    if dev and dev.kind == "OK":
        alt = mismatches(case.expect.merged(dev.expect), stdout, stderr, status, files)
        if not main or not alt:
            return Verdict(PASS, reason=(f"OK: {dev.reason}" if dev.reason else "OK") if main else "")
        return Verdict(FAIL, "".join(main) + f"(OK deviation of line {dev.line} not met "
                       "either)\n" + context)
    expected_fail = case.xfail or (dev.reason if dev else "")
    if dev:
        label = f"{dev.kind}: {dev.reason}"
        if not main:
            return Verdict(XPASS, f"{dev.kind} deviation (line {dev.line}) expected this shell "
                           f"to fail, but it now meets the main expectation", label)
        if dev.expect.is_empty() or not mismatches(case.expect.merged(dev.expect), stdout,
                                                   stderr, status, files):
            return Verdict(XFAIL, "", label)
        return Verdict(FAIL, "".join(main) + f"(and not the {dev.kind} deviation of line "
                       f"{dev.line} either)\n" + context)
    if expected_fail:
        if not main:
            return Verdict(XPASS, "marked xfail but passes", case.xfail)
        return Verdict(XFAIL, "".join(main), case.xfail)
    if main:
        return Verdict(FAIL, "".join(main) + context)
    return Verdict(PASS)


def judge_compile_error(case: Case, ok: bool, diagnostics: list) -> Verdict:
    """A compile-error case passes when some diagnostic matches line, column and text."""
    want: CompileErrorExpect = case.compile_error
    shown = "\n".join(d.format() if hasattr(d, "format") else str(d) for d in diagnostics)
    if ok:
        verdict = Verdict(FAIL, f"expected a compile error {_where(want)}{want.message!r}, "
                          "but the program compiled")
    elif any((want.line is None or d.line == want.line)
             and (want.col is None or d.col == want.col)
             and want.message.lower() in d.message.lower() for d in diagnostics):
        verdict = Verdict(PASS)
    else:
        verdict = Verdict(FAIL, f"expected a diagnostic {_where(want)}containing "
                          f"{want.message!r}; got:\n{shown or '(no diagnostics)'}")
    if case.xfail:
        return (Verdict(XPASS, "marked xfail but passes", case.xfail) if verdict.cell == PASS
                else Verdict(XFAIL, verdict.detail, case.xfail))
    return verdict


def _where(want: CompileErrorExpect) -> str:
    if want.line is None:
        return ""
    return f"at {want.line}:{want.col} " if want.col is not None else f"at line {want.line} "
