"""Tests of the conformance harness: the case-file parser, the judge, the report writer."""
from __future__ import annotations

import re
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conformance.harness.casefile import CaseError, discover, parse_case  # noqa: E402
from conformance.harness.lint import findings  # noqa: E402
from conformance.harness.judge import judge_compile_error, judge_run  # noqa: E402
from conformance.harness.report import Matrix, Result, RunInfo, overlaps, write_reports  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def write_case(tmp_path: Path, body: str, name: str = "c", area: str = "demo",
               extra: dict[str, str] | None = None) -> Path:
    d = tmp_path / area
    d.mkdir(parents=True, exist_ok=True)
    for fname, text in (extra or {}).items():
        (d / fname).write_text(text)
    p = d / f"{name}.shx"
    p.write_text(textwrap.dedent(body).lstrip("\n"))
    return p


def case_of(tmp_path, body, **kw):
    return parse_case(write_case(tmp_path, body, **kw), tmp_path)


def error_of(tmp_path, body, **kw) -> str:
    with pytest.raises(CaseError) as e:
        case_of(tmp_path, body, **kw)
    return str(e.value)


# ---------------------------------------------------------------- parser: directives

def test_defaults(tmp_path):
    c = case_of(tmp_path, 'console.log("x");\n')
    assert (c.area, c.name, c.id, c.display) == ("demo", "c", "demo__c", "demo/c")
    assert c.expect.stdout == "" and c.expect.status == 0 and c.expect.stderr is None
    assert c.args == [] and c.stdin == b"" and c.timeout == 20.0
    assert c.targets == ("bash", "posix") and c.tags == () and c.xfail is None


def test_single_line_and_block_outputs(tmp_path):
    c = case_of(tmp_path, """
        //## stdout: hi there
        //## STDERR:
        // line one
        //
        //   indented
        //## END
        //## status: 3
        """)
    assert c.expect.stdout == "hi there\n"
    assert c.expect.stderr == "line one\n\n  indented\n"
    assert c.expect.status == 3


def test_json_and_match_forms(tmp_path):
    c = case_of(tmp_path, r"""
        //## stdout-json: "no newline\tat end"
        //## stderr-match: ^error: .*boom$
        """)
    assert c.expect.stdout == "no newline\tat end"
    assert c.expect.stderr_match == "^error: .*boom$"


def test_inputs_args_stdin_files_timeout_tags_targets(tmp_path):
    c = case_of(tmp_path, """
        //## args: --x "a b" '*' plain
        //## STDIN:
        // first
        //## END
        //## FILE: data/in.txt
        // content *
        //## END
        //## collect: out.txt other.txt
        //## COLLECT: out.txt
        // expected
        //## END
        //## timeout: 2.5
        //## tags: parallel, slow
        //## targets: bash
        """)
    assert c.args == ["--x", "a b", "*", "plain"]
    assert c.stdin == b"first\n"
    assert c.files == {"data/in.txt": b"content *\n"}
    assert c.collect == ["out.txt", "other.txt"]
    assert c.expect.files == {"out.txt": "expected\n"}
    assert c.timeout == 2.5 and c.tags == ("parallel", "slow") and c.targets == ("bash",)


def test_single_line_stdin(tmp_path):
    assert case_of(tmp_path, "//## stdin: abc\n").stdin == b"abc\n"


def test_xfail_compile_error_driver(tmp_path):
    c = case_of(tmp_path, """
        //## xfail: compiler bug 12
        //## compile-error: 3:5 unknown name
        """)
    assert c.xfail == "compiler bug 12"
    ce = c.compile_error
    assert (ce.line, ce.col, ce.message) == (3, 5, "unknown name")
    assert c.expect.stdout is None
    c2 = case_of(tmp_path, "//## compile-error: 7 defer\n", name="d")
    assert (c2.compile_error.line, c2.compile_error.col) == (7, None)
    c3 = case_of(tmp_path, "//## compile-error: just text\n", name="e")
    assert c3.compile_error.line is None and c3.compile_error.message == "just text"
    c4 = case_of(tmp_path, "//## driver: drive.sh\n", name="f", extra={"drive.sh": "echo\n"})
    assert c4.driver == "drive.sh" and c4.driver_path().name == "drive.sh"


def test_deviations(tmp_path):
    c = case_of(tmp_path, """
        //## stdout: 1.5
        //## OK dash stdout: 1.50
        //## BUG mksh/posh STDOUT:
        // wrong
        //## END
        //## BUG mksh/posh: rounds its own way
        //## N-I bash-* status: 2
        //## N-I bash-*: not there
        //## BUG zsh: hangs
        """)
    kinds = {d.shells: d for d in c.deviations}
    assert kinds[("dash",)].kind == "OK" and kinds[("dash",)].expect.stdout == "1.50\n"
    assert kinds[("mksh", "posh")].expect.stdout == "wrong\n"
    assert kinds[("mksh", "posh")].reason == "rounds its own way"
    assert c.deviation_for("bash-sid", "bash").kind == "N-I"
    assert c.deviation_for("posh", "posix").kind == "BUG"
    assert c.deviation_for("zsh", "posix").expect.is_empty()
    assert c.deviation_for("ash", "posix") is None


def test_deviation_by_target(tmp_path):
    c = case_of(tmp_path, "//## N-I posix status: 2\n//## N-I posix: no arrays\n")
    assert c.deviation_for("dash", "posix") and not c.deviation_for("bash-sid", "bash")


# ---------------------------------------------------------------- parser: errors

@pytest.mark.parametrize("body, line, message", [
    ("x\n//## stdout: a\n//## stdout: b\n", 3, "stdout given twice"),
    ("//## STDOUT:\n// a\n", 1, "has no `//## END`"),
    ("//## STDOUT:\n// a\n//## status: 1\n", 3, "is not closed"),
    ("//## STDOUT:\nnot a comment\n//## END\n", 2, "must start with `//`"),
    ("//## END\n", 1, "without an open block"),
    ("//## frobnicate: 1\n", 1, "unknown directive 'frobnicate'"),
    ("//## WIBBLE:\n//## END\n", 1, "unknown block directive"),
    ("//## status: zero\n", 1, "status must be an integer"),
    ("//## timeout: soon\n", 1, "timeout must be a number"),
    ("//## timeout: 0\n", 1, "timeout must be positive"),
    ("//## targets: fish\n", 1, "targets must be among"),
    ("//## args: \"open\n", 1, "args:"),
    ("//## stdout-json: nope\n", 1, "not a JSON string"),
    ("//## stdout-match: (\n", 1, "bad regular expression"),
    ("//## xfail:\n", 1, "xfail needs a reason"),
    ("//## file: x.txt\n", 1, "file takes a block"),
    ("//## FILE: ../up.txt\n//## END\n", 1, "bad file name"),
    ("//## driver: missing.sh\n", 1, "not found beside the case"),
    ("x\n\n//## BUG dash stdout: x\n", 3, "needs a reason"),
    ("//## BUG dash: \n", 1, "reason is empty"),
    ("//## OK dash args: x\n", 1, "deviations may set"),
    ("//## OK dash stdout: a\n//## BUG dash/mksh stdout: b\n", 2, "already has a OK"),
    ("//## STDOUT: inline\n//## END\n", 1, "opens a block"),
    ("//## nonsense here\n", 1, "cannot read directive"),
    ("//## shellcheck-exclude: SC3028\n", 1, "expected `SC1234 …: reason`"),
    ("//## shellcheck-exclude: RANDOM: why\n", 1, "expected `SC1234 …: reason`"),
])
def test_malformed_cases_name_file_and_line(tmp_path, body, line, message):
    text = error_of(tmp_path, body)
    assert re.match(rf"^{re.escape(str(tmp_path / 'demo' / 'c.shx'))}:{line}: ", text), text
    assert message in text


def test_compile_error_case_cannot_expect_output(tmp_path):
    assert "cannot also expect" in error_of(tmp_path,
                                            "//## compile-error: x\n//## stdout: y\n")


def test_shellcheck_exclude(tmp_path):
    c = case_of(tmp_path, "//## shellcheck-exclude: SC3028, SC2034: raw code uses $RANDOM\n")
    assert c.shellcheck_exclude == ("SC3028", "SC2034")
    assert case_of(tmp_path, "x\n", name="d").shellcheck_exclude == ()


def test_lint_reports_findings_and_honours_exclusions(tmp_path):
    """The corpus lint fails on a real finding and on bad syntax, and skips exactly the
    codes a case excludes."""
    random = tmp_path / "random.sh"
    random.write_text("#!/bin/sh\necho \"$RANDOM\"\n")  # SC3028 under dash
    broken = tmp_path / "broken.sh"
    broken.write_text("#!/bin/sh\nif true; then\n")
    clean = tmp_path / "clean.sh"
    clean.write_text("#!/bin/sh\necho hi\n")
    assert findings([(clean, ())], "posix") == []
    assert "SC3028" in "".join(findings([(random, ())], "posix"))
    assert findings([(random, ("SC3028",)), (clean, ())], "posix") == []
    assert "dash -n" in "".join(findings([(broken, ())], "posix"))
    assert findings([(random, ())], "bash") == []


def test_bad_area_name(tmp_path):
    assert "area 'Bad Area'" in error_of(tmp_path, "x\n", area="Bad Area")


def test_the_corpus_parses():
    cases = discover(REPO / "conformance" / "cases")
    assert len(cases) >= 40
    assert len({c.id for c in cases}) == len(cases)


# ---------------------------------------------------------------- judge

def run(case, shell="dash", target="posix", out=b"", err=b"", status=0, timed_out=False,
        files=None):
    return judge_run(case, shell, target, out, err, status, timed_out, files or {})


def test_judge_pass_fail_time(tmp_path):
    c = case_of(tmp_path, "//## stdout: hi\n//## timeout: 3\n")
    assert run(c, out=b"hi\n").cell == "pass"
    v = run(c, out=b"ho\n")
    assert v.cell == "FAIL" and "-hi" in v.detail and "+ho" in v.detail
    assert run(c, out=b"hi\n", status=1).cell == "FAIL"
    assert run(c, timed_out=True, status=None).cell == "TIME"


def test_judge_collected_files(tmp_path):
    c = case_of(tmp_path, "//## COLLECT: o.txt\n// x\n//## END\n")
    assert run(c, files={"o.txt": b"x\n"}).cell == "pass"
    assert "not created" in run(c).detail


def test_judge_deviations_strict(tmp_path):
    c = case_of(tmp_path, """
        //## stdout: right
        //## OK dash stdout: alt
        //## BUG mksh stdout: wrong
        //## BUG mksh: known
        //## N-I posh: anything goes
        """)
    assert run(c, "dash", out=b"alt\n").cell == "pass"
    assert run(c, "dash", out=b"alt\n").reason.startswith("OK")
    assert run(c, "dash", out=b"right\n").cell == "pass"
    assert run(c, "mksh", out=b"wrong\n").cell == "xfail"
    assert run(c, "mksh", out=b"right\n").cell == "XPASS"
    assert run(c, "mksh", out=b"other\n").cell == "FAIL"
    assert run(c, "posh", out=b"other\n").cell == "xfail"
    assert run(c, "posh", out=b"right\n").cell == "XPASS"
    assert run(c, "posh", timed_out=True, status=None).cell == "xfail"


def test_judge_xfail(tmp_path):
    c = case_of(tmp_path, "//## stdout: a\n//## xfail: compiler bug\n")
    assert run(c, out=b"b\n").cell == "xfail"
    v = run(c, out=b"a\n")
    assert v.cell == "XPASS" and v.failed


class Diag:
    def __init__(self, line, col, message):
        self.line, self.col, self.message = line, col, message

    def format(self):
        return f"f:{self.line}:{self.col}: error: {self.message}"


def test_judge_compile_error(tmp_path):
    c = case_of(tmp_path, "//## compile-error: 3:5 Unknown name\n")
    assert judge_compile_error(c, False, [Diag(3, 5, "unknown name 'x'")]).cell == "pass"
    assert judge_compile_error(c, False, [Diag(3, 6, "unknown name 'x'")]).cell == "FAIL"
    assert judge_compile_error(c, False, [Diag(3, 5, "other")]).cell == "FAIL"
    assert judge_compile_error(c, True, []).cell == "FAIL"


# ---------------------------------------------------------------- report

def synthetic() -> tuple[list[Result], RunInfo]:
    rows = [
        ("strings/a", "strings", "dash", "posix", "pass", "", 0.0, 1.0, ()),
        ("strings/a", "strings", "bash-sid", "bash", "FAIL", "", 1.0, 2.0, ()),
        ("jobs/p", "jobs", "dash", "posix", "pass", "", 0.5, 3.0, ("parallel",)),
        ("jobs/q", "jobs", "mksh", "posix", "xfail", "BUG: no wait -n", 2.0, 4.0,
         ("parallel",)),
        ("jobs/r", "jobs", "dash", "posix", "TIME", "", 5.0, 6.0, ("parallel",)),
        ("jobs/p", "jobs", "mksh", "posix", "skip", "target posix: not supported",
         7.0, 7.1, ()),
        ("diag/x", "diag", "dash", "posix", "XPASS", "compiler bug | pipe", 8.0, 8.1, ()),
    ]
    results = [Result(case=c, area=a, shell=s, target=t, cell=cell, reason=r, start=b,
                      end=e, tags=tags, executor="docker", detail="diff line\nmore")
               for c, a, s, t, cell, r, b, e, tags in rows]
    info = RunInfo(executor="docker", shells={"dash": "image bookworm: dash",
                                               "mksh": "image bookworm: mksh",
                                               "bash-sid": "image sid: bash"},
                   started=0.0, finished=9.0, command="pytest conformance", workers=2)
    return results, info


def test_overlaps_pairs_parallel_items_only():
    results, _ = synthetic()
    pairs = overlaps(results)
    assert [(a.case, b.case, round(s, 2)) for a, b, s in pairs] == [("jobs/p", "jobs/q", 1.0)]


def test_markdown_matrix():
    md = Matrix(*synthetic()).markdown()
    assert "Executor: docker; 2 worker(s); wall time 9.0s" in md
    assert "| dash | posix | image bookworm: dash | 2 |  | 1 |  | 1 |" in md
    assert "| jobs/q |  | xfail\\* |  |" in md.replace("| jobs/q | | ", "| jobs/q |  | ")
    assert "| strings/a | pass |  | **FAIL** |" in md
    assert "jobs/p [dash] ∥ jobs/q [mksh]: 1.00s" in md
    assert "jobs/q [mksh]: xfail — BUG: no wait -n" in md
    assert "compiler bug \\| pipe" in md
    assert "| jobs | 1 |  | 1 | 1 |  |  | 1 |" in md


def test_html_and_tsv(tmp_path):
    results, info = synthetic()
    paths = write_reports(results, info, tmp_path)
    html = paths["html"].read_text()
    assert html.startswith("<!doctype html>") and "<style>" in html and "<script" not in html
    assert "title=\"BUG: no wait -n\"" in html and "class='c FAIL'" in html
    tsv = paths["tsv"].read_text().splitlines()
    assert tsv[0].split("\t")[:5] == ["case", "area", "shell", "target", "cell"]
    assert len(tsv) == 1 + len(results)
    assert all(len(row.split("\t")) == len(tsv[0].split("\t")) for row in tsv)
    assert (tmp_path / "latest").resolve() == paths["md"].parent.resolve()
    again = write_reports(results, info, tmp_path)
    assert again["md"].parent != paths["md"].parent
