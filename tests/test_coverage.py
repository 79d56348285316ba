"""The coverage report of the conformance corpus (conformance/harness/coverage.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from conformance.harness import coverage  # noqa: E402
from conformance.harness.casefile import parse_case  # noqa: E402


def make_case(tmp_path: Path, name: str, text: str, area: str = "demo"):
    folder = tmp_path / area
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.shx"
    path.write_text(text, encoding="utf-8")
    return parse_case(path, tmp_path)


def test_productions_come_from_the_parser_docstrings():
    prods = coverage.productions()
    for name in ("program", "statement", "if", "for", "switch", "try", "arrow_function",
                 "binary_expression", "primary_expression", "type"):
        assert name in prods, name
    assert prods["if"].startswith("if : 'if' '('")


def test_universe_of_builtins_is_the_table():
    from utah.builtins import all_builtins
    assert coverage.builtins() == sorted(b.key for b in all_builtins())


def test_a_positive_case_records_productions_builtins_and_syntax(tmp_path):
    case = make_case(tmp_path, "p", """let s = " a ";
if (fs.exists("x")) {
  console.log(s.trim() + s.length);
}
let n = 1;
n **= 2;
//## stdout: a3
""")
    use = coverage.analyse(case)
    assert not use.diagnostic and not use.error
    assert {"if", "block", "binary_expression", "call_expression"} <= use.used["production"]
    assert "while" not in use.used["production"]
    assert {"fs.exists", "string.trim", "console.log", "string.length"} <= use.used["builtin"]
    assert {"node If", "binary +", "assign **="} <= use.used["syntax"]


def test_a_syntax_error_case_records_productions_only(tmp_path):
    case = make_case(tmp_path, "bad", "while (true) {\n  fs.exists(\n\n//## compile-error: 3 expected\n")
    use = coverage.analyse(case)
    assert use.diagnostic
    assert "while" in use.used["production"]
    assert not use.used["builtin"]


def test_imported_files_count_for_the_importing_case(tmp_path):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "lib.shxlib").write_text(
        "function twice(n: number): number {\n  do {\n    n--;\n  } while (n > 9);\n"
        "  return Math.abs(n) * 2;\n}\n", encoding="utf-8")
    case = make_case(tmp_path, "imp", 'import "lib.shxlib";\nconsole.log(twice(2));\n//## stdout: 4\n')
    use = coverage.analyse(case)
    assert {"import", "do_while", "function_decl"} <= use.used["production"]
    assert "Math.abs" in use.used["builtin"]
    assert {"node DoWhile", "update x--"} <= use.used["syntax"]


def test_report_lists_uncovered_and_diagnostic_only_items(tmp_path):
    ok = make_case(tmp_path, "ok", 'console.log("x");\n//## stdout: x\n')
    diag = make_case(tmp_path, "diag", 'let n = fs.exists();\n//## compile-error: 1:9 expects\n')
    cov = coverage.measure([ok, diag])
    assert "console.log" not in cov.uncovered("builtin")
    assert "fs.exists" in cov.diagnostic_only("builtin")
    assert "fs.readFile" in cov.uncovered("builtin")
    assert "switch" in cov.uncovered("production")
    pos, dia = cov.cases_of("builtin")["fs.exists"]
    assert (pos, dia) == ([], ["demo/diag"])
    md, tsv = cov.markdown(), cov.tsv()
    assert "## Built-ins without any case" in md and "`fs.readFile`" in md
    assert "builtin\tfs.exists\t0\t1\tdemo/diag" in tsv.splitlines()


def test_cli_writes_both_files(tmp_path, capsys):
    assert coverage.main(["--out", str(tmp_path), "--cases", "diagnostics/unknown_name"]) == 0
    assert (tmp_path / "coverage.md").read_text().startswith("# Utah conformance coverage")
    assert (tmp_path / "coverage.tsv").read_text().startswith("kind\titem\t")
    assert "without a case" in capsys.readouterr().out


@pytest.mark.parametrize("flag,code", [([], 0), (["--fail-uncovered"], 1)])
def test_cli_fail_uncovered(tmp_path, flag, code):
    assert coverage.main(["--out", str(tmp_path), "--cases", "diagnostics/var_keyword",
                          *flag]) == code


# ---------------------------------------------------------------- the flakiness check
# (conformance/harness/flaky.py compares the matrices of repeated runs)

def test_flaky_compares_cells_per_item(tmp_path):
    from conformance.harness import flaky
    head = "case\tarea\tshell\ttarget\tcell\tseconds\tstart\tend\texecutor\ttags\treason\n"
    runs = []
    for k, cell in enumerate(("pass", "FAIL", "pass")):
        tsv = tmp_path / f"m{k}.tsv"
        rows = [f"a/x\ta\tdash\tposix\tpass\t0.1\t0\t0\thost\t\t",
                f"a/y\ta\tdash\tposix\t{cell}\t0.1\t0\t0\thost\t\tsays \"why\""]
        if k != 2:
            rows.append("a/z\ta\tbash\tbash\txfail\t0\t0\t0\thost\t\t")
        tsv.write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
        runs.append(flaky.read_matrix(tsv))
    assert runs[0][("a/y", "dash")] == "pass"
    assert flaky.differences(runs) == {("a/y", "dash"): ["pass", "FAIL", "pass"],
                                       ("a/z", "bash"): ["xfail", "xfail", "-"]}
    assert flaky.differences(runs[:1] * 3) == {}


def test_deep_nesting_is_walked_without_recursion_errors(tmp_path):
    deep = "(" * 450 + "1" + ")" * 450
    case = make_case(tmp_path, "deep", f"let x = {deep};\nconsole.log(x);\n//## stdout: 1\n")
    use = coverage.analyse(case)
    assert not use.error and "node NumberLit" in use.used["syntax"]
