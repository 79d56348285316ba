"""console.* prompts, dialogs (plain fallback without a terminal) and terminal queries."""
from __future__ import annotations

import os

from test_semantics import out as ok
from utah_run import run


def test_prompt_text_default_pattern_and_reask():
    src = """
let name = console.promptText("Name? ", "anon", /^[a-z]+$/);
let city = console.promptText("City? ", "Oslo");
let any = console.prompt("Any: ");
console.log(`${name}|${city}|${any}`);
"""
    r = run(src, stdin="Bob1\nbob\n\n  spaced *  \n")
    assert r.stdout == "bob|Oslo|  spaced *  \n" and r.status == 0
    assert r.stderr.count("Name? [anon] ") == 2
    assert "must match ^[a-z]+$" in r.stderr


def test_prompt_eof_takes_default_or_fails_catchably():
    src = """
let a = console.promptText("A? ", "dflt");
try {
  let b = console.prompt("B? ");
  console.log("got " + b);
} catch (e) {
  console.log("caught: " + e);
}
let c = console.promptNumber("C? ", 0, 10, 3);
console.log(a, c);
"""
    assert ok(src, stdin="") == "caught: no answer to the prompt 'B? ' (end of input)\ndflt 3\n"


def test_prompt_eof_without_default_uncaught_exits_1():
    r = run('let x = console.promptPassword("pw: "); console.log("no");', stdin="")
    assert r.status == 1 and r.stdout == ""
    assert r.stderr.endswith("error: no answer to the prompt 'pw: ' (end of input)\n")


def test_last_line_without_newline_counts_and_password_reads_stdin():
    assert ok('console.log(console.promptPassword("pw: "));', stdin="s3cr*t") == "s3cr*t\n"


def test_prompt_number_reasks_until_in_range():
    src = 'let n = console.promptNumber("N? ", 1, 10); console.log(n + 1);'
    r = run(src, stdin="x\n\n11\n0.5\n 7 \n")
    assert r.stdout == "8\n" and r.status == 0
    assert "at most 10" in r.stderr and "at least 1" in r.stderr and "enter a number" in r.stderr


def test_prompt_yes_no():
    src = """
let a = console.promptYesNo("Go? ");
let b = console.promptYesNo("Stop? ");
if (a && !b) { console.log("yes then no"); }
"""
    r = run(src, stdin="maybe\nYES\n n \n")
    assert r.stdout == "yes then no\n" and "answer yes or no" in r.stderr
    r = run(src, stdin="y\n")
    assert r.status == 1 and "Stop? " in r.stderr


def test_prompt_file_and_directory(tmp_path):
    (tmp_path / "a b.txt").write_text("")
    (tmp_path / "d").mkdir()
    src = """
let f = console.promptFile("File? ", "*.txt");
let d = console.promptDirectory("Dir? ", "d");
let e = console.promptDirectory("Again? ", ".");
console.log(`${f}|${d}|${e}`);
"""
    out = ok(src, stdin="missing\nd\na b.txt\nnot-a-dir\n\n", cwd=tmp_path)
    assert out == "a b.txt|d|.\n"


def test_messages_are_labelled_lines_without_terminal():
    src = """
console.showMessage("Note", "plain");
console.showInfo("Info", "i");
console.showSuccess("", "done *");
console.showWarning("Careful", "w");
console.showError("Oops", "e");
console.showProgress("Copy", "files", 50);
"""
    r = run(src)
    assert r.stdout == "Note: plain\n[INFO] Info: i\n[SUCCESS] done *\n"
    assert r.stderr == "[WARNING] Careful: w\n[ERROR] Oops: e\nCopy: files (50%)\n"


def test_show_choice_by_number_text_and_default():
    src = """
let c1 = console.showChoice("Pick", "colour", ["red", "green *", "blue"]);
let c2 = console.showChoice("Pick", "colour", "red, green *, blue");
let c3 = console.showChoice("Pick", "colour", ["a", "b"], 1);
let c4 = console.showChoice("Pick", "colour", ["a", "b"], 0);
console.log(`${c1}|${c2}|${c3}|${c4}`);
"""
    r = run(src, stdin="9\n2\ngreen *\n\n")
    assert r.stdout == "green *|green *|b|a\n", r.stderr
    assert "  2) green *" in r.stderr and "number from 1 to 3" in r.stderr


def test_show_choice_eof_without_default_is_caught():
    src = """
try { let c = console.showChoice("T", "m", ["a"]); } catch (e) { console.log("caught " + e); }
"""
    assert ok(src).startswith("caught no answer")


def test_show_multi_choice_and_confirm():
    src = """
let m: string[] = console.showMultiChoice("Many", "which", ["a", "b *", "c"]);
let d: string[] = console.showMultiChoice("Many", "which", "x,y,z", [0, 2]);
let e: string[] = console.showMultiChoice("Many", "which", "x,y,z", "y");
console.log(m.join("|"), d.join("|"), e.join("|"));
let yes = console.showConfirm("Q", "go on?", true);
let no = console.showConfirm("Q", "go on?");
console.log(yes, no);
"""
    assert ok(src, stdin="1, 3 9\n1,b *\n\n\n\nno\n") == "a|b * x|z y\ntrue false\n"


def test_terminal_queries_without_terminal():
    src = """
console.clear();
console.log(console.isInteractive(), console.isSudo() == (`$(id -u)` == "0"), console.getShell());
"""
    r = run(src)
    shell = os.path.basename(os.environ.get("SHELL", "")) or "bash"
    assert (r.stdout, r.status) == (f"false true {shell}\n", 0)
