"""Compile speed of the Utah compiler, measured against CPython on the same machine and run.

1. Throughput: source lines per second compiling a generated program of ≥ 5,000 lines,
   next to `ast.parse` of a Python program of the same line count (target ≥ 0.3×).
2. Cold start: `utah compile` of a 300-line program as a fresh process, against bare
   `python3 -c pass` (target ≤ 2.5×). The command is the installed `utah` next to the
   running Python (bin/utah, which `pip install` and `pip install -e` put there), as a
   user runs it; `python -m utah` where there is none (it also imports `runpy`, about
   3 ms more).

Best of several rounds, each round running both sides of a comparison in turn, so that a
busy machine disturbs the figures less; both ratios are printed with PASS or BELOW TARGET.
Run: `python bench/compile_speed.py` (or `nox -s bench`).
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))

import gen_program  # noqa: E402

import utah  # noqa: E402


def best_of_each(runs: int, *fns) -> list[float]:
    """The best time of each function over `runs` rounds. A round runs every function
    once, in turn, so that a busy spell of the (shared) machine slows all of them alike
    rather than the one that happened to run during it."""
    best = [float("inf")] * len(fns)
    for _ in range(runs):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def verdict(ok: bool) -> str:
    return "PASS" if ok else "BELOW TARGET"


def throughput(lines: int = 5000, runs: int = 9) -> float:
    src = gen_program.utah_program(lines)
    py = gen_program.python_program(lines)
    result = utah.compile_source(src, "bench.shx")  # also the warm-up: first-use costs
    assert result.ok, result.format_diagnostics()
    ast.parse(py)
    utah_s, py_s = best_of_each(runs, lambda: utah.compile_source(src, "bench.shx"),
                                lambda: ast.parse(py))
    utah_lps = src.count("\n") / utah_s
    py_lps = py.count("\n") / py_s
    ratio = utah_lps / py_lps
    print(f"throughput: utah compile {src.count(chr(10))} lines in {utah_s * 1000:.1f} ms "
          f"= {utah_lps:,.0f} lines/s; ast.parse {py.count(chr(10))} lines in {py_s * 1000:.1f} ms "
          f"= {py_lps:,.0f} lines/s; ratio {ratio:.2f}x (target >= 0.30x) {verdict(ratio >= 0.3)}")
    return ratio


def utah_command() -> list[str]:
    """The installed `utah` command of this Python, else `python -m utah`."""
    installed = os.path.join(os.path.dirname(sys.executable), "utah")
    return [installed] if os.access(installed, os.X_OK) else [sys.executable, "-m", "utah"]


def cold_start(lines: int = 300, runs: int = 21) -> float:
    # As installed (pip writes the bytecode of every module): the first run below writes
    # any .pyc still missing, even where the shell sets PYTHONDONTWRITEBYTECODE.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.shx")
        with open(path, "w") as f:
            f.write(gen_program.utah_program(lines))
        compile_cmd = [*utah_command(), "compile", path, "-o", os.path.join(tmp, "prog.sh")]
        bare_cmd = [sys.executable, "-c", "pass"]
        subprocess.run(compile_cmd, check=True, env=env)
        utah_s, bare_s = best_of_each(runs, lambda: subprocess.run(compile_cmd, check=True, env=env),
                                      lambda: subprocess.run(bare_cmd, check=True, env=env))
    ratio = utah_s / bare_s
    print(f"cold start: {' '.join(os.path.basename(a) for a in compile_cmd[:-4])} compile ({lines} lines) "
          f"{utah_s * 1000:.1f} ms; python3 -c pass "
          f"{bare_s * 1000:.1f} ms; ratio {ratio:.2f}x (target <= 2.5x) {verdict(ratio <= 2.5)}")
    return ratio


if __name__ == "__main__":
    throughput()
    cold_start()
