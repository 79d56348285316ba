"""Flakiness check: run the conformance suite several times, compare every item's cell.

    python -m conformance.harness.flaky [--runs 3] [PYTEST ARGS…]

runs `pytest conformance/cases -n auto -p no:cacheprovider PYTEST ARGS` RUNS times (each
into its own reports directory under reports/flaky-STAMP/), reads each run's
matrix.tsv, and fails (exit 1) listing every (case, shell) item whose cell differed
between runs, or that some run did not produce. Failing items that fail the same way
every time are not flaky: they are the matrix's business, not this check's.
`nox -s flaky` runs it; e.g. `nox -s flaky -- --cases 'operators/*' --executor host`.
"""
from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def read_matrix(tsv: Path) -> dict[tuple[str, str], str]:
    """(case, shell) -> cell, from a run's matrix.tsv."""
    with tsv.open(encoding="utf-8", newline="") as f:
        return {(row["case"], row["shell"]): row["cell"]
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def differences(runs: list[dict[tuple[str, str], str]]) -> dict[tuple[str, str], list[str]]:
    """Items whose cell is not the same in every run: item -> cell per run ('-': absent)."""
    items = sorted(set().union(*runs)) if runs else []
    out = {}
    for item in items:
        cells = [run.get(item, "-") for run in runs]
        if len(set(cells)) > 1:
            out[item] = cells
    return out


def run_suite(reports_dir: Path, pytest_args: list[str]) -> tuple[int, Path | None]:
    """One pytest run writing into `reports_dir`; (exit status, its matrix.tsv or None)."""
    cmd = [sys.executable, "-m", "pytest", "conformance/cases", "-n", "auto",
           "-p", "no:cacheprovider", "-q", "--tb=no", f"--reports-dir={reports_dir}", *pytest_args]
    print("$", " ".join(cmd), flush=True)
    status = subprocess.run(cmd, cwd=REPO).returncode
    found = sorted(reports_dir.glob("run-*/matrix.tsv"))
    return status, (found[-1] if found else None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m conformance.harness.flaky",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="how many runs (default 3)")
    ap.add_argument("--out", default="", help="where the runs' reports go "
                    "(default reports/flaky-STAMP)")
    opts, pytest_args = ap.parse_known_args(argv)
    if opts.runs < 2:
        ap.error("--runs must be at least 2")
    out = Path(opts.out) if opts.out else REPO / "reports" / time.strftime("flaky-%Y%m%d-%H%M%S")
    matrices = []
    for k in range(1, opts.runs + 1):
        status, tsv = run_suite(out / f"run{k}", pytest_args)
        if tsv is None:
            print(f"run {k}: pytest exited {status} without writing a matrix", file=sys.stderr)
            return 2
        matrices.append(read_matrix(tsv))
        print(f"run {k}: {len(matrices[-1])} items, pytest exit status {status} ({tsv})")
    diff = differences(matrices)
    lines = [f"{case} [{shell}]: " + " / ".join(cells) for (case, shell), cells in diff.items()]
    report = out / "flaky.txt"
    report.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    if diff:
        print(f"FLAKY: {len(diff)} item(s) differed between the {opts.runs} runs "
              "(cell in each run):")
        for line in lines:
            print("  " + line)
        return 1
    print(f"no flaky item: all {len(matrices[0])} items had the same cell in "
          f"{opts.runs} runs ({report})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
