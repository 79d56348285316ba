"""Processes and wall time of the compiled programs: the bash target under bash next to
the posix target under dash (issue #5: the process economy of the generated code).

Every conformance case that compiles for both targets runs on the host as the harness
runs it (the guide's programs through their drivers, so their figures include the
driver's own commands), once under `strace -f` to count the processes it creates
(fork, vfork, clone: subshells, command substitutions, pipelines and programs) and the
programs it execs, and --repeat times without strace for its wall time (the best run
counts: the machine may be busy). One row per guide program, one per area and the
corpus total, each for both configurations with the ratio dash / bash; then the
programs most run. Run:

    python bench/process_count.py                        # the whole corpus
    python bench/process_count.py --cases 'guide/*' --repeat 3 --per-case
"""
from __future__ import annotations

import argparse
import collections
import fnmatch
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from conformance.harness.casefile import Case, discover  # noqa: E402
from conformance.harness.compiling import compile_case, run_request  # noqa: E402
from conformance.harness.executors import HostExecutor  # noqa: E402
from conformance.harness.shells import SHELLS, ShellSpec  # noqa: E402

#: The two configurations compared: the bash target under bash, the posix target under dash.
CONFIGS = (SHELLS["bash-bookworm"], SHELLS["dash"])
#: One line per system call strace saw; a process is created by each fork, vfork and
#: clone (clone3) that is not a thread's (CLONE_THREAD).
SYSCALL = re.compile(r"^\d+\s+(execve|clone3?|v?fork)\((.*)$")
EXECVE = re.compile(r'^"([^"]*)"')


@dataclass
class Measure:
    """What running one program (or a group of them) cost in one configuration."""

    processes: int = 0            # processes created (the shell itself not counted)
    programs: collections.Counter = field(default_factory=collections.Counter)  # execs by name
    seconds: float = 0.0          # best wall time
    timed_out: int = 0            # runs cut at the case's timeout

    def add(self, other: "Measure") -> None:
        self.processes += other.processes
        self.programs.update(other.programs)
        self.seconds += other.seconds
        self.timed_out += other.timed_out


def parse_trace(text: str) -> tuple[int, collections.Counter]:
    """(processes created, programs exec'd by name) from an `strace -f -o` trace; the
    first execve, the shell's own, is not counted."""
    processes = 0
    programs: collections.Counter = collections.Counter()
    first = True
    for line in text.splitlines():
        m = SYSCALL.match(line)
        if not m:
            continue
        call, rest = m.groups()
        if call == "execve":
            name = EXECVE.match(rest)
            if name and not first:
                programs[name.group(1).rsplit("/", 1)[-1]] += 1
            first = False
        elif "CLONE_THREAD" not in rest:
            processes += 1
    return processes, programs


def traced(shell: ShellSpec, trace: Path) -> ShellSpec:
    """SHELL run under `strace -f`, writing the trace to TRACE."""
    argv = ("strace", "-f", "-qq", "-e", "trace=execve,clone,clone3,fork,vfork",
            "-o", str(trace), *shell.argv)
    return replace(shell, name=f"{shell.name}+strace", argv=argv)


def measure(executor: HostExecutor, case: Case, program: str, shell: ShellSpec,
            repeat: int) -> Measure:
    """Processes and programs of one traced run, and the best wall time of REPEAT runs."""
    request = run_request(case, program, shell)
    out = Measure()
    with tempfile.TemporaryDirectory(prefix="utah-bench-") as tmp:
        trace = Path(tmp, "trace")
        run = executor.run(traced(shell, trace), request)
        out.processes, out.programs = parse_trace(trace.read_text(errors="replace"))
        out.timed_out += run.timed_out
    times = []
    for _ in range(repeat):
        run = executor.run(shell, request)
        times.append(run.seconds)
        out.timed_out += run.timed_out
    out.seconds = min(times)
    return out


def row(label: str, measures: list[Measure]) -> str:
    """One line of the table: each configuration's processes, execs and time (`!` when a
    run timed out), then the ratios of the second configuration to the first."""
    cells = [f"{m.processes:8} {sum(m.programs.values()):7} {m.seconds:9.3f}s"
             + ("!" if m.timed_out else " ") for m in measures]
    first, second = measures
    ratios = [f"{b / a:7.2f}x" if a else f"{'-':>8}" for a, b in
              ((first.processes, second.processes), (first.seconds, second.seconds))]
    return f"{label:44} " + "   ".join(cells) + "   " + " ".join(ratios)


def header() -> str:
    """The two heading lines of the table that `row` fills."""
    names = [f"{s.target} target under {s.argv[0]}" for s in CONFIGS]
    ratio = f"{CONFIGS[1].argv[0]} / {CONFIGS[0].argv[0]}"
    top = f"{'':44} " + "   ".join(f"{n:^29}" for n in names) + f"   {ratio:^17}"
    cell = f"{'procs':>8} {'execs':>7} {'time':>10}  "
    sub = f"{'case':44} " + "   ".join(cell for _ in CONFIGS) + f"   {'procs':>8} {'time':>8}"
    return top + "\n" + sub


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", default="*", help="fnmatch on area/name (default: all)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per program and "
                        "configuration; the best counts (default 1)")
    parser.add_argument("--per-case", action="store_true", help="a row for every case")
    parser.add_argument("--top", type=int, default=12, help="programs listed per configuration")
    opts = parser.parse_args()
    if shutil.which("strace") is None:
        sys.exit("strace is needed (apt-get install strace)")
    executor = HostExecutor()
    missing = [s.argv[0] for s in CONFIGS if not executor.available(s)]
    if missing:
        sys.exit(f"not installed here: {', '.join(missing)}")

    areas: dict[str, list[Measure]] = {}
    counts: collections.Counter = collections.Counter()
    total = [Measure() for _ in CONFIGS]
    one_target: list[str] = []  # cases not compared: for one target only, or not compiling
    print(header())
    for case in discover(ROOT / "conformance" / "cases"):
        if not fnmatch.fnmatch(case.display, opts.cases):
            continue
        compiled = [compile_case(case, s.target) for s in CONFIGS]
        if case.compile_error:
            continue
        if any(s.target not in case.targets for s in CONFIGS) or not all(c.ok for c in compiled):
            one_target.append(case.display)
            continue
        measures = [measure(executor, case, c.output, s, opts.repeat)
                    for c, s in zip(compiled, CONFIGS)]
        if opts.per_case or case.area == "guide":
            print(row(case.display, measures), flush=True)
        group = areas.setdefault(case.area, [Measure() for _ in CONFIGS])
        counts[case.area] += 1
        for into, m in zip(group, measures):
            into.add(m)
        for into, m in zip(total, measures):
            into.add(m)

    print()
    for area, group in areas.items():
        print(row(f"{area} ({counts[area]} cases)", group))
    print(row(f"corpus ({sum(counts.values())} cases)", total))
    if one_target:
        print(f"(not compared, for one target only or not compiling for both: {', '.join(one_target)})")
    if any(m.timed_out for m in total):
        print("(!: some runs reached their case's timeout)")
    for shell, m in zip(CONFIGS, total):
        print(f"\nprograms run, {shell.target} target under {shell.argv[0]}:")
        for name, n in m.programs.most_common(opts.top):
            print(f"  {name:16} {n}")


if __name__ == "__main__":
    main()
