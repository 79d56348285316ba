"""Where the time of `utah.compile_source` goes: parse (with lexing), check, lower, print.

Compiles the generated program of `compile_speed.py` (5,000 lines unless a count is
given) phase by phase and prints the best CPU time of each over several rounds (CPU
time, not wall time: a busy shared machine disturbs it less). The cyclic GC is off, as
in `compile_source`. Run: `python bench/compile_phases.py [LINES]`.
"""
from __future__ import annotations

import gc
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))

import gen_program  # noqa: E402

from utah.checker import check  # noqa: E402
from utah.lower import lower_program  # noqa: E402
from utah.parser import parse  # noqa: E402
from utah.printer import printer_for  # noqa: E402
from utah.source import Diagnostics, Source  # noqa: E402

PHASES = ("parse", "check", "lower", "print")


def phase_times(text: str) -> list[float]:
    """CPU seconds of each phase of one compile of `text` (bash target)."""
    diags = Diagnostics()
    marks = [time.process_time()]
    program = parse(Source("bench.shx", text), diags)
    marks.append(time.process_time())
    checked = check(program, diags, base_dir=".")
    marks.append(time.process_time())
    module = lower_program(checked, target="bash", diags=diags)
    marks.append(time.process_time())
    printer_for("bash").print_module(module)
    marks.append(time.process_time())
    assert not diags.has_errors, diags.items[:3]
    return [b - a for a, b in zip(marks, marks[1:])]


def main(lines: int = 5000, rounds: int = 11) -> None:
    text = gen_program.utah_program(lines)
    gc.disable()
    phase_times(text)  # warm-up: first-use costs
    best = [min(times) for times in zip(*(phase_times(text) for _ in range(rounds)))]
    print(f"compile phases, {lines} lines, best of {rounds} (CPU ms): total {sum(best) * 1000:.1f}; "
          + ", ".join(f"{name} {t * 1000:.1f}" for name, t in zip(PHASES, best)))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
