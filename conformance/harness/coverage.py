"""Which conformance cases exercise each built-in and each grammar production.

    python -m conformance.harness.coverage [--out DIR] [--cases PATTERNS]

writes DIR/coverage.md and DIR/coverage.tsv (DIR defaults to reports/). The conformance
run also writes them beside its matrix (conftest.py), for the cases it ran.

How it is measured (cheaply, without running anything): every case is parsed and
type-checked in this process, the way `utah.compile_source` starts a compilation.

* Grammar productions: the parser has one method per production, with the production in
  its docstring (`if : 'if' '(' expression ')' statement ['else' statement]`). Each
  method whose docstring starts with `NAME :` is a production; while a case is parsed
  (imports included), a profile hook (`sys.setprofile`) records which of those methods'
  code objects are called. This sees calls made through dispatch tables too.
* Built-ins: the checker records the key (`fs.exists`, `string.trim`, `Math.round`, …)
  of every built-in call it resolves (`CheckedProgram.builtins_used`), methods and
  namespace forms alike; a `.length` read of a string or an array (typed by the
  checker) counts as `string.length` / `array.length`. A case that stops at a syntax error is not checked, so it
  covers productions only.
* Syntax forms: the node types of the syntax tree (imported files included) and, for
  operator nodes, each operator (`binary +`, `assign ??=`, `update ++x`, `unary typeof`).

A case with a `compile-error` expectation counts as a *diagnostic* case; the report
lists separately what only diagnostic cases exercise (its run-time behaviour is
untested).
"""
from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import inspect
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .casefile import Case, CaseError, parse_case

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CASES = REPO / "conformance" / "cases"
PRODUCTION = re.compile(r"^\s*([A-Za-z_]\w*)\s*:\s*(.*)$")
KINDS = ("builtin", "production", "syntax")
KIND_TITLES = {"builtin": "Built-ins", "production": "Grammar productions",
               "syntax": "Syntax forms (tree nodes and operators)"}


# ------------------------------------------------------------------ the universe

def _production_methods() -> list[tuple[str, str, object]]:
    """(production name, its text, the code object of its method) for every parser method
    whose docstring starts with `NAME :`."""
    from utah.parser import Parser
    out = []
    for _, fn in inspect.getmembers(Parser, inspect.isfunction):
        doc = inspect.getdoc(fn) or ""
        m = PRODUCTION.match(doc.splitlines()[0]) if doc else None
        if m:
            out.append((m.group(1), " ".join(doc.split()), fn.__code__))
    return out


def productions() -> dict[str, str]:
    """Production name -> its text, from the docstrings of the parser's methods."""
    return {name: text for name, text, _ in _production_methods()}


def _production_codes() -> dict[object, str]:
    return {code: name for name, _, code in _production_methods()}


def builtins() -> list[str]:
    from utah.builtins import all_builtins
    return sorted(b.key for b in all_builtins())


def syntax_forms() -> list[str]:
    """Every node type of the syntax tree, and every operator the parser knows."""
    from utah import ast, parser
    nodes = sorted(name for name, cls in vars(ast).items()
                   if isinstance(cls, type) and issubclass(cls, ast.Node)
                   and cls.__module__ == ast.__name__
                   and name not in ("Node", "Expr", "Stmt"))
    ops = ([f"binary {op}" for op in parser.BINARY_PREC]
           + [f"assign {op}" for op in sorted(parser.ASSIGN_OPS)]
           + [f"unary {op}" for op in ("!", "-", "+", "typeof")]
           + [f"update {form}" for form in ("++x", "--x", "x++", "x--")])
    return [f"node {n}" for n in nodes] + ops


# ------------------------------------------------------------------ one case

@dataclass
class CaseUse:
    case: str
    diagnostic: bool
    used: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in KINDS})
    error: str = ""          # the compiler raised while parsing or checking


def _walk(node, found: set[str], seen: set[int], builtins_found: set[str]) -> None:
    """Syntax forms under `node` into `found`; `.length` reads into `builtins_found`."""
    from utah import ast
    from utah.types import STRING, ArrayType
    if isinstance(node, list):
        for item in node:
            _walk(item, found, seen, builtins_found)
        return
    if not isinstance(node, ast.Node) or id(node) in seen:
        return
    seen.add(id(node))
    found.add(f"node {type(node).__name__}")
    if isinstance(node, ast.Member) and node.property == "length":
        ty = getattr(node.object, "ty", None)  # set by the checker
        if ty == STRING or isinstance(ty, ArrayType):
            builtins_found.add("string.length" if ty == STRING else "array.length")
    elif isinstance(node, ast.Binary):
        found.add(f"binary {node.op}")
    elif isinstance(node, ast.Assign):
        found.add(f"assign {node.op}")
    elif isinstance(node, ast.Unary):
        found.add(f"unary {node.op}")
    elif isinstance(node, ast.Update):
        found.add(f"update {node.op + 'x' if node.prefix else 'x' + node.op}")
    for f in dataclasses.fields(node):
        if f.compare:
            _walk(getattr(node, f.name, None), found, seen, builtins_found)
    imported = getattr(node, "imported", None)  # set by the checker on Import
    if imported is not None:
        _walk(imported, found, seen, builtins_found)


def analyse(case: Case, codes: dict[object, str] | None = None) -> CaseUse:
    """Parse and check one case, recording productions, built-ins and syntax forms."""
    from utah.checker import check
    from utah.parser import parse
    from utah.source import CompileError, Diagnostics, Source
    codes = _production_codes() if codes is None else codes
    use = CaseUse(case.display, case.compile_error is not None)
    seen_prods = use.used["production"]

    def hook(frame, event, arg):
        if event == "call":
            name = codes.get(frame.f_code)
            if name is not None:
                seen_prods.add(name)

    diags = Diagnostics()
    program = checked = None
    previous = sys.getprofile()
    sys.setprofile(hook)
    try:
        program = parse(Source(str(case.path), case.source), diags)
        if not diags.has_errors:
            checked = check(program, diags, base_dir=str(case.path.parent))
    except CompileError:
        pass
    except Exception as e:  # a compiler crash: report it, keep what was seen
        use.error = f"{type(e).__name__}: {e}"
    finally:
        sys.setprofile(previous)
    if checked is not None:
        use.used["builtin"] |= set(checked.builtins_used)
    if program is not None:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20000))  # the parser allows 500 levels of nesting
        try:
            _walk(program, use.used["syntax"], set(), use.used["builtin"])
        finally:
            sys.setrecursionlimit(limit)
    return use


# ------------------------------------------------------------------ the report

@dataclass
class Coverage:
    universe: dict[str, list[str]]                  # kind -> every item
    uses: list[CaseUse]
    details: dict[str, str] = field(default_factory=dict)  # production -> its text
    malformed: list[str] = field(default_factory=list)     # case files that did not parse

    def cases_of(self, kind: str) -> dict[str, tuple[list[str], list[str]]]:
        """item -> (positive cases, diagnostic cases) that exercise it."""
        out: dict[str, tuple[list[str], list[str]]] = {i: ([], []) for i in self.universe[kind]}
        for u in self.uses:
            for item in u.used[kind]:
                pos, diag = out.setdefault(item, ([], []))
                (diag if u.diagnostic else pos).append(u.case)
        for pos, diag in out.values():
            pos.sort()
            diag.sort()
        return out

    def uncovered(self, kind: str) -> list[str]:
        return [i for i, (p, d) in self.cases_of(kind).items() if not p and not d]

    def diagnostic_only(self, kind: str) -> list[str]:
        return [i for i, (p, d) in self.cases_of(kind).items() if not p and d]

    def tsv(self) -> str:
        rows = ["kind\titem\tpositive\tdiagnostic\tcases"]
        for kind in KINDS:
            for item, (pos, diag) in sorted(self.cases_of(kind).items()):
                rows.append(f"{kind}\t{item}\t{len(pos)}\t{len(diag)}\t{','.join(pos + diag)}")
        return "\n".join(rows) + "\n"

    def markdown(self, shown: int = 8) -> str:
        out = ["# Utah conformance coverage", "",
               f"{len(self.uses)} cases ({sum(u.diagnostic for u in self.uses)} expect a "
               "compile error). How this is measured: `conformance/harness/coverage.py`.", "",
               "| | items | covered | only by diagnostic cases | uncovered |",
               "|---|---|---|---|---|"]
        for kind in KINDS:
            total = len(self.cases_of(kind))
            unc, dia = len(self.uncovered(kind)), len(self.diagnostic_only(kind))
            out.append(f"| {KIND_TITLES[kind]} | {total} | {total - unc - dia} | {dia} | {unc} |")
        if self.malformed:
            out += ["", "## Malformed case files (not counted)", ""]
            out += [f"* {e}" for e in self.malformed]
        crashed = [u for u in self.uses if u.error]
        if crashed:
            out += ["", "## Cases the compiler crashed on while parsing or checking", ""]
            out += [f"* {u.case}: `{u.error[:200]}`" for u in crashed]
        for kind in KINDS:
            unc = self.uncovered(kind)
            out += ["", f"## {KIND_TITLES[kind]} without any case ({len(unc)})", ""]
            out += [f"* `{i}`" for i in unc] or ["None."]
            dia = self.diagnostic_only(kind)
            if dia:
                out += ["", f"Only in compile-error cases ({len(dia)}): "
                        + ", ".join(f"`{i}`" for i in dia)]
        for kind in KINDS:
            out += ["", f"## {KIND_TITLES[kind]}", "", "| item | cases | diagnostic | some cases |",
                    "|---|---|---|---|"]
            for item, (pos, diag) in sorted(self.cases_of(kind).items()):
                sample = ", ".join((pos + diag)[:shown]) + (" …" if len(pos + diag) > shown else "")
                name = f"`{item}`"
                if kind == "production":
                    name += " — " + self.details.get(item, "").replace("|", "\\|")
                out.append(f"| {name} | {len(pos)} | {len(diag)} | {sample} |")
        return "\n".join(out) + "\n"

    def write(self, directory: Path) -> dict[str, Path]:
        directory.mkdir(parents=True, exist_ok=True)
        paths = {"coverage-md": directory / "coverage.md",
                 "coverage-tsv": directory / "coverage.tsv"}
        paths["coverage-md"].write_text(self.markdown(), encoding="utf-8")
        paths["coverage-tsv"].write_text(self.tsv(), encoding="utf-8")
        return paths


def measure(cases: list[Case]) -> Coverage:
    codes = _production_codes()
    prods = productions()
    universe = {"builtin": builtins(), "production": sorted(prods), "syntax": syntax_forms()}
    return Coverage(universe, [analyse(c, codes) for c in cases], prods)


def load_cases(root: Path = CASES) -> tuple[list[Case], list[str]]:
    """Every well-formed case under `root`, and the errors of the malformed ones (which
    fail the conformance run's collection anyway; the report lists them)."""
    cases, errors = [], []
    for path in sorted(root.rglob("*.shx")):
        try:
            cases.append(parse_case(path, root))
        except CaseError as e:
            errors.append(str(e))
    return cases, errors


def write_for_run(case_names: set[str], directory: Path) -> dict[str, Path]:
    """Coverage of the cases a conformance run ran (`area/name`), beside its matrix."""
    cases, _ = load_cases()
    return measure([c for c in cases if c.display in case_names]).write(directory)


def select(cases: list[Case], patterns: str = "") -> list[Case]:
    wanted = [p.strip() for p in patterns.split(",") if p.strip()]
    return [c for c in cases if not wanted or any(fnmatch.fnmatchcase(c.display, p)
                                                   for p in wanted)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m conformance.harness.coverage",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(REPO / "reports"), help="directory (default reports/)")
    ap.add_argument("--cases", default="", help="comma-separated fnmatch patterns on area/name")
    ap.add_argument("--fail-uncovered", action="store_true",
                    help="exit 1 when a built-in or production has no case")
    opts = ap.parse_args(argv)
    cases, errors = load_cases()
    for e in errors:
        print(f"skipped a malformed case: {e}", file=sys.stderr)
    cov = measure(select(cases, opts.cases))
    cov.malformed = errors
    paths = cov.write(Path(opts.out))
    for kind in KINDS:
        unc = cov.uncovered(kind)
        print(f"{KIND_TITLES[kind]}: {len(cov.universe[kind])}, without a case: {len(unc)}"
              + (f" ({', '.join(unc)})" if unc else ""))
    for p in paths.values():
        print(f"wrote {os.path.relpath(p)}")
    missing = cov.uncovered("builtin") + cov.uncovered("production")
    return 1 if opts.fail_uncovered and missing else 0


if __name__ == "__main__":
    sys.exit(main())
