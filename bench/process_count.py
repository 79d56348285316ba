"""Processes created while running compiled programs (strace -f), per program and per
command: the process economy of the generated code (issue: built-ins and job control).

Runs every conformance case (the guide's programs through their drivers, as the harness
does), compiled for the chosen target, on the host shell under `strace -f -e
trace=execve`, and prints for each case the number of processes and which programs they
ran, then totals. Run:

    python bench/process_count.py                 # bash target under bash
    python bench/process_count.py --target posix  # posix target under dash
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conformance.harness.casefile import discover  # noqa: E402

import utah  # noqa: E402

EXECVE = re.compile(r'execve\("([^"]+)"')


def count(script: str, case, shell: str) -> collections.Counter:
    """Programs exec'd while running `script` (the shell itself excluded). A case with a
    driver runs as the harness runs it: the driver, with the program as ./program.sh, so
    the counts then include the driver's own commands."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp, "work")
        work.mkdir()
        files = dict(case.files)
        args = list(case.args)
        if case.driver:
            files["program.sh"] = script.encode()
            script = case.driver_path().read_text(encoding="utf-8")
            args = ["./program.sh", *args]
        for name, data in files.items():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            (work / name).write_bytes(data)
        Path(tmp, "main.sh").write_text(script)
        trace = Path(tmp, "trace")
        env = {"PATH": os.environ["PATH"], "HOME": str(work), "LANG": "C.UTF-8", "SHX_SHELL": shell}
        subprocess.run(["strace", "-f", "-qq", "-e", "trace=execve", "-o", str(trace),
                        shell, "../main.sh", *args], cwd=work, input=case.stdin, env=env,
                       capture_output=True, timeout=case.timeout + 30)
        names = [os.path.basename(m) for m in EXECVE.findall(trace.read_text())]
    programs = collections.Counter(names[1:])  # the first execve is the shell itself
    return programs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", default="bash", choices=["bash", "posix"])
    parser.add_argument("--cases", default="*", help="fnmatch on area/name")
    opts = parser.parse_args()
    if shutil.which("strace") is None:
        sys.exit("strace is needed (apt-get install strace)")
    shell = "bash" if opts.target == "bash" else "dash"
    totals: collections.Counter = collections.Counter()
    runs = 0
    import fnmatch
    for case in discover(ROOT / "conformance" / "cases"):
        if case.compile_error or opts.target not in case.targets \
                or not fnmatch.fnmatch(case.display, opts.cases):
            continue
        result = utah.compile_source(case.source, str(case.path), opts.target)
        if not result.ok:
            continue
        programs = count(result.output, case, shell)
        runs += 1
        totals.update(programs)
        detail = ", ".join(f"{name}×{n}" for name, n in programs.most_common()) or "-"
        print(f"{case.display:45} {sum(programs.values()):4}  {detail}")
    print(f"\n{runs} programs, {sum(totals.values())} processes in all ({opts.target} target under {shell})")
    for name, n in totals.most_common():
        print(f"  {name:12} {n}")


if __name__ == "__main__":
    main()
