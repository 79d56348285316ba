"""Instructions per compile, counted by callgrind: a measure of throughput that a busy
machine does not disturb (`compile_speed.py` measures wall time).

For `utah.compile_source` of `gen_program.utah_program(LINES)` and for `ast.parse` of
`gen_program.python_program(LINES)` (with the cyclic GC on, as in `compile_speed.py`):
callgrind's `Collected` for a run that does it once more after a warm-up, minus a run
that does not; `PYTHONHASHSEED=0`. Needs `valgrind` on PATH; takes about a minute.
Run: `python bench/compile_instructions.py [LINES]` (1,000 unless given).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

CHILD = """
import ast, sys
sys.path.insert(0, {bench!r})
import gen_program, utah
what, times, lines = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if what == "utah":
    src = gen_program.utah_program(lines)
    run = lambda: utah.compile_source(src, "bench.shx")
else:
    py = gen_program.python_program(lines)
    run = lambda: ast.parse(py)
run()  # the warm-up: imports and first-use costs
for _ in range(times):
    run()
"""


def collected(what: str, times: int, lines: int) -> int:
    """callgrind's instruction count of a child that runs `what` `times` after a warm-up."""
    code = CHILD.format(bench=os.path.dirname(os.path.abspath(__file__)))
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code, what, str(times), str(lines)],
        env={**os.environ, "PYTHONHASHSEED": "0"}, capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def per_run(what: str, lines: int) -> float:
    return (collected(what, 1, lines) - collected(what, 0, lines)) / 1e6


def main(lines: int = 1000) -> None:
    utah_m, py_m = per_run("utah", lines), per_run("ast", lines)
    print(f"instructions, {lines} lines: utah compile {utah_m:.1f}M; ast.parse {py_m:.1f}M; "
          f"ratio {py_m / utah_m:.3f}x")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
