"""pytest plugin of the conformance suite (`pytest conformance -n auto`).

Collects one item per (case, shell) from conformance/cases/**/*.shx, one golden snapshot
test per (case, target) from conformance/snapshots/{bash,posix}.py, and writes the
case x shell matrix to reports/ at the end of the run (see conformance/README.md).
"""
from __future__ import annotations

import fnmatch
import json
import os
import shlex
import shutil
import time
from dataclasses import asdict
from pathlib import Path

import pytest

from conformance.harness.casefile import Case, CaseError, parse_case, selected
from conformance.harness.compiling import compile_case, run_request
from conformance.harness.judge import (COMPILE_ERROR, PASS, SKIP, XFAIL, Verdict,
                                       judge_compile_error, judge_run)
from conformance.harness.report import Result, RunInfo, write_reports

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CASES = HERE / "cases"
SNAPSHOT_MODULES = HERE / "snapshots"
RESULT_KEY = "utah-result"
# Host shells tried when no Docker engine answers: (matrix name, program to look for).
HOST_CANDIDATES = (("bash", ("bash",)), ("bash-posix", ("bash",)), ("dash", ("dash",)),
                   ("ash", ("busybox",)), ("mksh", ("mksh",)), ("posh", ("posh",)),
                   ("yash", ("yash",)), ("zsh", ("zsh",)), ("ksh93", ("ksh93", "ksh")))


def pytest_addoption(parser):
    g = parser.getgroup("utah conformance")
    g.addoption("--shells", default="", metavar="NAMES",
                help="comma-separated shells to run (names, fnmatch patterns, or the "
                     "targets bash/posix); default: every shell the executor has")
    g.addoption("--shell", action="append", default=[], metavar="NAME=/PATH",
                help="packager mode: run the corpus against this shell binary on the host "
                     "(repeatable; NAME picks the target: bash* -> bash, else posix)")
    g.addoption("--executor", choices=("auto", "docker", "host"), default="auto",
                help="where programs run; auto = docker when an engine answers, else host")
    g.addoption("--cases", default="", metavar="PATTERNS",
                help="comma-separated fnmatch patterns on area/name (e.g. 'strings/*')")
    g.addoption("--golden-only", action="store_true",
                help="collect only the golden snapshot tests (used by `nox -s golden`)")
    g.addoption("--reports-dir", default=str(REPO / "reports"),
                help="where the matrix is written (default: reports/)")


# ---------------------------------------------------------------- shell selection

def _host_shells():
    from conformance.harness.shells import host_shell
    found = []
    for name, programs in HOST_CANDIDATES:
        path = next((p for p in map(shutil.which, programs) if p), None)
        if path:
            found.append(host_shell(name, path))
    return found


def _choose(config) -> tuple[str, list]:
    """(executor kind, shell specs) for this run; the controller decides, workers obey."""
    from conformance.harness.shells import SHELLS, ShellSpec, host_shell
    if hasattr(config, "workerinput") and "utah_plan" in config.workerinput:
        plan = json.loads(config.workerinput["utah_plan"])
        return plan["kind"], [ShellSpec(s["name"], s["target"], s["image"], tuple(s["argv"]))
                              for s in plan["shells"]]
    if config.getoption("--shell"):
        specs = []
        for item in config.getoption("--shell"):
            name, sep, path = item.partition("=")
            if not sep or not name or not path:
                raise pytest.UsageError(f"--shell expects NAME=/path/to/shell, got {item!r}")
            if not os.access(path, os.X_OK):
                raise pytest.UsageError(f"--shell {item}: {path} is not an executable file")
            specs.append(host_shell(name, path))
        kind = "host"
    else:
        kind = config.getoption("--executor")
        if kind == "auto":
            from conformance.harness.executors import docker_available
            kind = "docker" if docker_available() else "host"
        specs = list(SHELLS.values()) if kind == "docker" else _host_shells()
    wanted = [w.strip() for w in config.getoption("--shells").split(",") if w.strip()]
    if wanted:
        unknown = [w for w in wanted if not any(
            w == s.target or fnmatch.fnmatchcase(s.name, w) for s in specs)]
        if unknown:
            raise pytest.UsageError(
                f"--shells: {', '.join(unknown)} not available with the {kind} executor "
                f"(available: {', '.join(s.name for s in specs)})")
        specs = [s for s in specs
                 if any(w == s.target or fnmatch.fnmatchcase(s.name, w) for w in wanted)]
    return kind, specs


def pytest_configure(config):
    config.addinivalue_line("markers", "parallel: a case that runs concurrently by design")
    # Golden tests use the `snapshot` fixture as is: syrupy only looks for unused snapshots
    # of the fixture's own extension, so that extension must be the .sh one.
    config.option.default_extension = "conformance.harness.golden.ShellSnapshot"
    config._utah = {"results": [], "workers": set(), "info": RunInfo(command=" ".join(
        ["pytest", *map(shlex.quote, config.invocation_params.args)]))}
    if config.getoption("--golden-only"):
        config._utah["plan"] = ("none", [])
        return
    kind, specs = _choose(config)
    config._utah["plan"] = (kind, specs)
    info = config._utah["info"]
    info.executor = kind
    for s in specs:
        how = (f"image {s.image}: {' '.join(s.argv)}" if kind == "docker"
               else " ".join(s.argv))
        info.shells[s.name] = how


def pytest_configure_node(node):
    """xdist controller: hand the chosen executor and shells to every worker."""
    kind, specs = node.config._utah["plan"]
    node.workerinput["utah_plan"] = json.dumps(
        {"kind": kind, "shells": [asdict(s) for s in specs]})


# ---------------------------------------------------------------- collection

def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".shx" and CASES in file_path.parents:
        if parent.config.getoption("--golden-only"):
            return None
        return ShxFile.from_parent(parent, path=file_path)
    if file_path.parent == SNAPSHOT_MODULES and file_path.name in ("bash.py", "posix.py", "lint.py"):
        return pytest.Module.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector, name, obj):
    """Golden tests are functions named `<area>__<case>` (the snapshot file's stem)."""
    if getattr(obj, "utah_golden_case", None) is not None:
        return [pytest.Function.from_parent(collector, name=name, callobj=obj)]
    return None


class CaseFailure(Exception):
    def __init__(self, verdict: Verdict):
        super().__init__(verdict.cell)
        self.verdict = verdict


class ShxFile(pytest.File):
    def collect(self):
        try:
            case = parse_case(self.path, CASES)
        except CaseError as e:
            raise self.CollectError(str(e)) from None
        if not selected(case, self.config.getoption("--cases")):
            return
        for spec in self.config._utah["plan"][1]:
            item = ShxItem.from_parent(self, name=spec.name, case=case, spec=spec)
            if "parallel" in case.tags:
                item.add_marker(pytest.mark.parallel)
            yield item


class ShxItem(pytest.Item):
    def __init__(self, *, case: Case, spec, **kw):
        super().__init__(**kw)
        self.case = case
        self.spec = spec

    def reportinfo(self):
        return self.path, 0, f"{self.case.display} [{self.spec.name}]"

    def runtest(self):
        start = time.time()
        try:
            verdict = self.evaluate()
        except Exception as e:  # the harness or executor broke: a FAIL with the reason
            import traceback
            verdict = Verdict("FAIL", "harness error:\n" + "".join(
                traceback.format_exception(e))[-3000:])
        end = time.time()
        kind = self.config._utah["plan"][0]
        result = Result(case=self.case.display, area=self.case.area, shell=self.spec.name,
                        target=self.spec.target, cell=verdict.cell, reason=verdict.reason,
                        detail=verdict.detail[:4000], start=start, end=end,
                        tags=self.case.tags, executor=kind)
        self.user_properties.append((RESULT_KEY, asdict(result)))
        if verdict.cell == PASS:
            return
        if verdict.cell == SKIP:
            pytest.skip(verdict.reason)
        if verdict.cell == XFAIL:
            pytest.xfail(verdict.reason)
        raise CaseFailure(verdict)

    def evaluate(self) -> Verdict:
        case, spec = self.case, self.spec
        if spec.target not in case.targets:
            return Verdict(SKIP, reason=f"case is for target {'/'.join(case.targets)} only")
        compiled = compile_case(case, spec.target)
        if case.compile_error:
            if compiled.unsupported:
                return Verdict(SKIP, reason=compiled.unsupported)
            if compiled.crash:
                return Verdict(COMPILE_ERROR, compiled.describe())
            return judge_compile_error(case, compiled.ok, compiled.diagnostics)
        if compiled.unsupported:
            return Verdict(SKIP, reason=compiled.unsupported)
        if not compiled.ok:
            if case.xfail:
                return Verdict(XFAIL, compiled.describe(), case.xfail)
            return Verdict(COMPILE_ERROR, compiled.describe())
        req = run_request(case, compiled.output, spec)
        run = executor(self.config).run(spec, req)
        return judge_run(case, spec.name, spec.target, run.stdout, run.stderr, run.status,
                         run.timed_out, run.files)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, CaseFailure):
            v = excinfo.value.verdict
            return (f"{self.case.display} [{self.spec.name}]: {v.cell}"
                    + (f" ({v.reason})" if v.reason else "") + f"\n{v.detail}"
                    + f"\ncase: {self.case.path.relative_to(REPO)}")
        return super().repr_failure(excinfo)


_EXECUTOR = {}


def executor(config):
    """This process's executor, created on first use and closed at session end."""
    if "x" not in _EXECUTOR:
        from conformance.harness.executors import make_executor
        _EXECUTOR["x"] = make_executor(config._utah["plan"][0])
    return _EXECUTOR["x"]


def pytest_collection_modifyitems(session, config, items):
    """Spread `parallel` items over the heads of the first chunks xdist hands each worker.

    xdist's load scheduler gives worker k the k-th run of consecutive items first; putting
    parallel cases at the start of each run makes them execute at the same time on
    different workers (the report lists the overlaps).
    """
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    par = [i for i in items if "parallel" in getattr(getattr(i, "case", None), "tags", ())]
    if workers < 2 or not par:
        return
    rest = [i for i in items if i not in set(par)]
    chunk = max(2, len(items) // workers // 4)
    heads: list[list] = [[] for _ in range(workers)]
    for n, item in enumerate(par):
        heads[n % workers].append(item)
    out: list = []
    for k in range(workers):
        take = max(0, chunk - len(heads[k]))
        out += heads[k] + rest[:take]
        rest = rest[take:]
    items[:] = out + rest


# ---------------------------------------------------------------- results and report

def pytest_runtest_logreport(report):
    for key, value in getattr(report, "user_properties", ()):
        if key == RESULT_KEY and report.when == "call":
            config = _CONFIG.get("config")
            if config is not None and not hasattr(config, "workerinput"):
                node = getattr(report, "node", None)
                config._utah["workers"].add(getattr(getattr(node, "gateway", None), "id", "main"))
                config._utah["results"].append(Result(**{**value,
                                                         "tags": tuple(value["tags"])}))


_CONFIG = {}


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    _CONFIG["config"] = session.config
    session.config._utah["info"].started = time.time()


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if "x" in _EXECUTOR:
        _EXECUTOR.pop("x").close()
    if hasattr(config, "workerinput"):
        return
    results = config._utah["results"]
    if not results:
        return
    info = config._utah["info"]
    info.finished = time.time()
    info.workers = max(1, len(config._utah["workers"]))
    config._utah["paths"] = write_reports(results, info, Path(config.getoption("--reports-dir")))
    try:  # which built-ins and productions the cases of this run exercise
        from conformance.harness.coverage import write_for_run
        config._utah["paths"].update(write_for_run({r.case for r in results},
                                                   config._utah["paths"]["md"].parent))
    except Exception as e:  # never fail a run over its coverage report
        config._utah["coverage_error"] = f"{type(e).__name__}: {e}"


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    paths = getattr(config, "_utah", {}).get("paths")
    if not paths:
        return
    tr = terminalreporter
    from conformance.harness.report import Matrix
    m = Matrix(config._utah["results"], config._utah["info"])
    tr.write_sep("=", "utah conformance matrix")
    for line in m.header_lines()[:2]:
        tr.write_line(line)
    for name in ("md", "html", "tsv"):
        tr.write_line(f"matrix ({name}): {os.path.relpath(paths[name])}")
    if "coverage-md" in paths:
        tr.write_line(f"coverage: {os.path.relpath(paths['coverage-md'])}")
    elif config._utah.get("coverage_error"):
        tr.write_line(f"coverage report failed: {config._utah['coverage_error']}")
