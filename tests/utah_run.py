"""Compile Utah source and run the result in a real shell, for the unit tests.

Every program compiled here is also checked with `bash -n` and
`shellcheck -s bash -S warning` (DEVELOPERS: the generated code must pass both), so
every semantic test is a shellcheck test too.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import utah

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the conformance harness
from conformance.harness.lint import findings  # noqa: E402

# shared/ lies beside the checkout (in CI too); /work/shared on the developers' machines
GUIDE = next((p for p in (Path(__file__).resolve().parents[2] / "shared", Path("/work/shared"))
              if (p / "seed").is_dir()), Path("/work/shared")) / "seed" / "parallel-execution-guide.md"
# the guide's 8 programs, as its ```typescript blocks hold them
GUIDE_PROGRAMS = re.findall(r"```typescript\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


@dataclass
class Run:
    stdout: str
    stderr: str
    status: int
    script: str


def compile_ok(source: str, target: str = "bash", filename: str = "test.shx") -> str:
    result = utah.compile_source(source, filename, target)
    assert result.ok, "compile failed:\n" + result.format_diagnostics()
    check_script(result.output, target)
    return result.output


def check_script(script: str, target: str = "bash") -> None:
    """`bash -n` / `dash -n` and shellcheck over a compiled program, as the corpus lint
    checks golden files (conformance/harness/lint.py); fails the test on any finding."""
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f:
        f.write(script)
        path = Path(f.name)
    try:
        problems = findings([(path, ())], target)
        assert not problems, "\n".join(problems) + f"\n{script}"
    finally:
        os.unlink(path)


def run(source: str, args: list[str] | None = None, stdin: str = "", target: str = "bash",
        cwd: str | None = None, timeout: float = 30) -> Run:
    script = compile_ok(source, target)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.sh")
        with open(path, "w") as f:
            f.write(script)
        shell = "bash" if target == "bash" else "dash"
        proc = subprocess.run([shell, path, *(args or [])], input=stdin, capture_output=True,
                              text=True, cwd=cwd or tmp, timeout=timeout)
    return Run(proc.stdout, proc.stderr, proc.returncode, script)


def diagnostics(source: str, filename: str = "test.shx") -> list[str]:
    """The formatted first lines (`FILE:LINE:COL: error: MSG`) of every diagnostic."""
    result = utah.compile_source(source, filename)
    assert not result.ok, "expected a compile error"
    return [d.format().split("\n")[0] for d in result.diagnostics]
