"""Wall time of the whole conformance corpus with `-n 1` and `-n 2`, the speed-up (target
>= 1.7x), and the harness's own overhead per item (wall time not spent running programs).

    python bench/conformance_speed.py [extra pytest args, e.g. --executor host]
"""
from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.7


def run(workers: int, extra: list[str]) -> tuple[float, list[dict]]:
    """Run the corpus; return wall seconds and the matrix rows (one per item)."""
    with tempfile.TemporaryDirectory(prefix="utah-bench-") as reports:
        cmd = [sys.executable, "-m", "pytest", "conformance", "-q", "-p", "no:cacheprovider",
               "-n", str(workers), "--reports-dir", reports, *extra]
        start = time.monotonic()
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
        wall = time.monotonic() - start
        if proc.returncode not in (0, 1):  # 1: some cases fail; still a timing
            sys.exit(f"pytest -n {workers} exited {proc.returncode}:\n{proc.stdout[-3000:]}")
        tsv = next(Path(reports).glob("run-*/matrix.tsv"), None)
        rows = list(csv.DictReader(tsv.open(), delimiter="\t")) if tsv else []
    return wall, rows


def main() -> None:
    extra = sys.argv[1:]
    results = {}
    for n in (1, 2):
        wall, rows = run(n, extra)
        results[n] = (wall, rows)
        busy = sum(float(r["seconds"]) for r in rows)
        print(f"-n {n}: {wall:6.1f} s wall, {len(rows)} items, {busy:6.1f} s inside items")
    (w1, rows1), (w2, _) = results[1], results[2]
    speedup = w1 / w2 if w2 else 0.0
    print(f"speed-up -n 2 vs -n 1: {speedup:.2f}x (target >= {TARGET}x)"
          + ("" if speedup >= TARGET else "  BELOW TARGET"))
    if rows1:
        inside = sum(float(r["seconds"]) for r in rows1)
        print(f"harness overhead per item (-n 1, wall minus time inside items): "
              f"{(w1 - inside) / len(rows1) * 1000:.1f} ms")
        ran = [float(r["seconds"]) for r in rows1 if r["cell"] not in ("skip",)]
        if ran:
            ran.sort()
            print(f"time inside an item that ran (compile + run + judge): median "
                  f"{ran[len(ran) // 2] * 1000:.0f} ms, max {ran[-1]:.1f} s")


if __name__ == "__main__":
    main()
