"""Compile speed of the Utah compiler, measured against CPython on the same machine and run.

1. Throughput: source lines per second compiling a generated program of ≥ 5,000 lines,
   next to `ast.parse` of a Python program of the same line count (target ≥ 0.3×).
2. Cold start: `utah compile` of a 300-line program as a fresh process, against bare
   `python3 -c pass` (target ≤ 2.5×).

Best of several runs each, so that a busy machine disturbs the figures less.
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


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def throughput(lines: int = 5000, runs: int = 7) -> None:
    src = gen_program.utah_program(lines)
    py = gen_program.python_program(lines)
    result = utah.compile_source(src, "bench.shx")
    assert result.ok, result.format_diagnostics()
    utah_s = best_of(runs, lambda: utah.compile_source(src, "bench.shx"))
    py_s = best_of(runs, lambda: ast.parse(py))
    utah_lps = src.count("\n") / utah_s
    py_lps = py.count("\n") / py_s
    ratio = utah_lps / py_lps
    print(f"throughput: utah compile {src.count(chr(10))} lines in {utah_s * 1000:.1f} ms "
          f"= {utah_lps:,.0f} lines/s; ast.parse {py.count(chr(10))} lines in {py_s * 1000:.1f} ms "
          f"= {py_lps:,.0f} lines/s; ratio {ratio:.2f}x (target >= 0.30x) "
          f"{'OK' if ratio >= 0.3 else 'BELOW TARGET'}")


def cold_start(lines: int = 300, runs: int = 11) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.shx")
        with open(path, "w") as f:
            f.write(gen_program.utah_program(lines))
        compile_cmd = [sys.executable, "-m", "utah", "compile", path, "-o", os.path.join(tmp, "prog.sh")]
        subprocess.run(compile_cmd, check=True)
        utah_s = best_of(runs, lambda: subprocess.run(compile_cmd, check=True))
        bare_s = best_of(runs, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
    ratio = utah_s / bare_s
    print(f"cold start: utah compile ({lines} lines) {utah_s * 1000:.1f} ms; python3 -c pass "
          f"{bare_s * 1000:.1f} ms; ratio {ratio:.2f}x (target <= 2.5x) "
          f"{'OK' if ratio <= 2.5 else 'ABOVE TARGET'}")


if __name__ == "__main__":
    throughput()
    cold_start()
