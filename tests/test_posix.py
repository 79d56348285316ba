"""The posix target (LANGUAGE.md §10): each program compiled with `--target posix` behaves
exactly like its bash-target build, under every POSIX shell installed here, and passes
`dash -n` and `shellcheck -s dash -S warning`.

Programs that need a run-time helper without a POSIX version yet are skipped, naming it.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

import pytest

import utah
from utah_run import check_script, run

SHELLS = {
    "dash": ["dash"],
    "busybox-ash": ["busybox", "ash"],
    "mksh": ["mksh"],
    "posh": ["posh"],
    "yash": ["yash"],
    "zsh-sh": ["zsh", "--emulate", "sh"],
    "ksh93": ["ksh"],
    "bash-posix": ["bash", "--posix"],
}

HOSTILE = ["a b", "*", "$HOME", "it's", 'say "hi"', "back\\slash", "-n", "tab\there",
           "new\nline", "", "%s %d", "`cmd`", "é ü 日本", "(", "!", "="]


def utah_single_quoted(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t") + "'"


PROGRAMS = {
    "arrays_and_array_params": """
function show(xs: string[], tag: string): void {
  for (const x of xs) { console.log(tag + ":" + x); }
  console.log("count " + xs.length);
}
function rev(xs: string[]): string[] {
  let out: string[] = [];
  for (let i = xs.length - 1; i >= 0; i--) { out.push(xs[i]); }
  return out;
}
function both(a: string[], b: string[], sep: string): string {
  let s = "";
  for (const x of a) { s += x + sep; }
  for (const y of b) { s += y + sep; }
  return s;
}
let xs = ["a b", "c*", "$d", "it's"];
xs.push("e\\"f");
show(xs, "T");
let r = rev(xs);
show(r, "R");
show([], "E");
console.log(both(xs, r, "|"));
xs[1] = "nine";
xs[xs.length - 1] = "last";
console.log(xs[1] + xs[0] + xs[xs.length - 1]);
let b = xs;
b.push("more");
console.log(xs.length, b.length);
let p = b.pop();
console.log(p, b.length);
for (const x of xs) { xs.push("grow"); console.log("saw " + x); }
console.log(xs.length);
""",
    "recursion_keeps_locals": """
function grow(s: string, depth: string): string {
  if (s.length >= 4) { return s; }
  let t = s + "x";
  let parts: string[] = [t, depth];
  let r = grow(t, depth + "d");
  return r + "|" + parts[0] + parts[1] + ":" + t;
}
function tower(s: string): string {
  let here = s;
  try {
    if (s.length >= 3) { throw "deep " + s; }
    let below = tower(s + "y");
    return "ok " + below;
  } catch (e) {
    return "caught(" + e + ") at " + here;
  } finally {
    console.log("finally " + here);
  }
}
console.log(grow("", "0"));
console.log(tower(""));
""",
    "try_catch_finally_defer": """
let v = "before";
function fails(): void { throw "boom"; }
try {
  v = "in try";
  fails();
  v = "not here";
} catch (e) {
  console.log("caught " + e + " v=" + v);
} finally {
  console.log("finally");
}
console.log(v);
function f(mode: string): string {
  defer console.log("d1 " + mode);
  defer console.log("d2 " + mode);
  if (mode == "throw") { throw "t"; }
  if (mode == "return") { return "r"; }
  console.log("end " + mode);
  return "e";
}
function g(): string {
  defer console.log("g out");
  let inner = f("return");
  return "g got " + inner;
}
f("end");
f("return");
try { f("throw"); } catch { console.log("caught"); }
console.log(g());
function inner(): void { throw "deep"; }
function middle(): void { inner(); console.log("not here"); }
try {
  try { middle(); } catch (e) { throw "re:" + e; } finally { console.log("inner finally"); }
} catch (e2) {
  console.log(e2);
}
function ret(): string {
  try { return "from try"; } finally { console.log("finally first"); }
}
console.log(ret());
try { exit(3); } catch (e) { console.log("caught " + e); }
try {
  ls /nonexistent-dir 2>/dev/null
  console.log("not here");
} catch (e) {
  console.log("caught: " + e);
}
""",
    "switch": """
function kind(x: string): string {
  let out = "";
  switch (x) {
    case "a":
      out += "A";
    default:
      out += "D";
    case "b":
      out += "B";
      break;
    case "c":
      out += "C";
  }
  return out;
}
console.log(kind("a"), kind("b"), kind("c"), kind("z"));
""",
    "loops": """
let seen: string[] = [];
for (let i = 0; i < 10; i += 1) {
  if (i % 2 == 0) { continue; }
  if (i > 7) { break; }
  for (let j = 0; j < 3; j++) {
    if (j == 1) { continue; }
    seen.push(i.toString() + j.toString());
  }
}
let j = 0;
while (true) { j++; if (j >= 3) { break; } }
let k = 0;
do { k++; if (k == 2) { continue; } } while (k < 5);
let joined = "";
for (const s of seen) { joined += s + ","; }
console.log(joined, j, k);
let xs: string[] = ["a b", "*", '$HOME'];
for (let x: string in xs) { console.log(x); }
for (const x of xs) { if (x == "*") { continue; } console.log(x); }
""",
    "uncaught_error": """
console.log("start");
throw "bad thing";
console.log("not reached");
""",
    "job_control": """
function start(marker: string): string {
  let pid: string = `$(sleep 0.2 && echo finished > ${marker} & echo $!)`;
  return pid;
}
let pid = start("m.txt");
let status: string = `$(wait ${pid} 2>/dev/null; echo $?)`;
console.log("status " + status);
console.log(`$(cat m.txt)`);
let bad: string = `$(sh -c 'exit 3' & echo $!)`;
let code: string = `$(wait ${bad} 2>/dev/null; echo $?)`;
console.log(code);
let said: string = `$(echo one; sleep 0 & wait $!; echo $?)`;
console.log(said);
""",
    "parallel": """
function work(name: string, out: string): void {
  console.log("work " + name);
  touch "${out}"
}
parallel work("a", "fa");
let p: string = `$(echo $!)`;
wait
console.log(`$(ls fa)`);
""",
    "raw_commands": """
let name = "my file.txt";
touch "${name}"
ls -1
echo "made ${name}"
let v = 'a  b * $HOME \\'q\\' "dq"';
let n: string = `$(printf '%s\\n' ${v} | wc -l)`;
console.log(n);
console.log(`$(printf '[%s]' ${v})`);
console.log(`$(echo "dq:${v}")`);
console.log(`$(echo 'sq:${v}')`);
let cmd: string = "echo one; echo two | tr a-z A-Z";
console.log(`$(${cmd})`);
console.log("$(echo sub) ${name} \\$literal");
""",
    "hostile_strings": "let xs: string[] = [" + ", ".join(utah_single_quoted(x) for x in HOSTILE) + "];\n" + """
for (let x of xs) {
  console.log(x);
  console.log(`<${x}>`);
  console.log("[" + x + "]");
  if (x == "*") { console.log("star"); }
  if (x != "") { console.log("nonempty"); }
}
console.log(xs.length);
""",
    "json_of_array": """
let xs: string[] = ["a", 'q"uote', "back\\\\slash"];
console.log(xs);
""",
    "numbers_js": """
let a = 7;
let b = 2;
console.log(a / b, a % b, 0.1 + 0.2, 1 / 0, -a, a * 1.5);
console.log((255).toString(), parseInt("42px"), Math.floor(3.7));
""",
    "functions_with_numbers": """
function fib(n: number): number {
  if (n < 2) { return n; }
  return fib(n - 1) + fib(n - 2);
}
function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fib(12), fact(10));
""",
}

# what must not appear in a posix build (outside comments)
BASHISMS = [r"\[\[", r"(?<!\$)\(\(", r"^\s*local ", r"\bdeclare ", r"^\s*function ", r"&>", r"<<<",
            r"\bmapfile\b", r"printf -v", r"read -d", r"\$\{\w+:[0-9 ]", r"\$\{\w+(\^|,)", r"\$\{\w+//?",
            r'\[ "[^"]*" == ']

EXPECTED_STATUS = {"uncaught_error": 1}


def compile_program(source: str, target: str) -> str:
    result = utah.compile_source(source, "test.shx", target)
    if not result.ok:
        text = result.format_diagnostics()
        missing = sorted(set(re.findall(r"run-time helper (\S+) has no POSIX sh version yet", text)))
        if target == "posix" and missing:
            pytest.skip("no POSIX version yet of " + ", ".join(missing))
        raise AssertionError("compile failed:\n" + text)
    return result.output


def run_script(argv: list[str], script: str, setup=None) -> tuple[str, str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "prog.sh")
        with open(path, "w") as f:
            f.write(script)
        work = os.path.join(tmp, "work")
        os.mkdir(work)
        proc = subprocess.run([*argv, path], capture_output=True, text=True, cwd=work,
                              timeout=60, env={**os.environ, "LC_ALL": "C.UTF-8"})
    return proc.stdout, proc.stderr, proc.returncode


def compiled_code(source: str) -> str:
    """The posix build without the run-time helpers of the HELPERS table (whose awk
    programs are checked by shellcheck and their own tests): the code the printer wrote."""
    from utah.checker import check
    from utah.lower import lower_program
    from utah.parser import parse
    from utah.printer.posix import PosixPrinter
    from utah.source import Diagnostics, Source
    diags = Diagnostics()
    module = lower_program(check(parse(Source("t.shx", source), diags), diags), "posix", diags=diags)
    module.helpers = []
    return PosixPrinter().print_module(module)


_reference: dict[str, tuple[str, str, int]] = {}


def reference(name: str) -> tuple[str, str, int]:
    if name not in _reference:
        _reference[name] = run_script(["bash"], compile_program(PROGRAMS[name], "bash"))
        assert _reference[name][2] == EXPECTED_STATUS.get(name, 0), _reference[name]
    return _reference[name]


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_posix_output_passes_dash_n_and_shellcheck(name):
    script = compile_program(PROGRAMS[name], "posix")
    assert script.startswith("#!/bin/sh\n")
    check_script(script, "posix")
    body = "\n".join(line for line in compiled_code(PROGRAMS[name]).split("\n")
                     if not line.lstrip().startswith("#"))
    for bashism in BASHISMS:
        assert not re.search(bashism, body, re.M), bashism


@pytest.mark.parametrize("shell", sorted(SHELLS))
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_posix_build_behaves_like_bash_build(name, shell):
    argv = SHELLS[shell]
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed")
    script = compile_program(PROGRAMS[name], "posix")
    expected = reference(name)
    got = run_script(argv, script)
    assert got == expected, f"{shell}: {got!r} != {expected!r}\n{script}"


def test_construct_without_posix_form_is_a_compile_error(monkeypatch):
    """A lowering that produces bash-only IR is refused by the posix printer, by name."""
    from utah import ir
    from utah.lower.builtins import BUILTIN_CONDITIONS, load_namespace
    load_namespace("console")  # its own registrations first, so that they do not replace the patch
    monkeypatch.setitem(BUILTIN_CONDITIONS, "console.isSudo", lambda lw, args, call: ir.ArithTest("EUID == 0"))
    result = utah.compile_source('if (console.isSudo()) { console.log("root"); }\n', "t.shx", "posix")
    assert not result.ok
    assert "EUID" in result.format_diagnostics() and "POSIX" in result.format_diagnostics()
    assert utah.compile_source('if (console.isSudo()) { console.log("root"); }\n', "t.shx", "bash").ok


def test_is_sudo_on_posix():
    r = run('console.log(console.isSudo());\n', target="posix")
    assert r.stdout == ("true\n" if os.geteuid() == 0 else "false\n")


def test_missing_posix_helper_is_a_compile_error_naming_it(monkeypatch):
    import dataclasses

    from utah import runtime
    helper = runtime.HELPERS["__utah_is_nullish"]
    monkeypatch.setitem(runtime.HELPERS, helper.name, dataclasses.replace(helper, posix=None))
    result = utah.compile_source('let s: any = "b";\nlet t = s ?? "x";\nconsole.log(t);\n', "t.shx", "posix")
    assert not result.ok
    assert "__utah_is_nullish has no POSIX sh version" in result.format_diagnostics()


def test_lines_joined_on_one_line_as_the_regular_expression_says():
    """printer/bash.py tells with string methods whether a printed line leaves a list open
    (`then`, `do`, `{` …, `|`, `&`: no `;` after it); it must say what the plain regular
    expression says, on every short line made of those words and their neighbours."""
    import itertools
    import re

    from utah.printer.bash import _opens_list
    opens = re.compile(r"(?:^|[\s;])(?:then|do|else|\{|in)$|[|&]$")
    pieces = ["then", "do", "else", "{", "in", " ", ";", "|", "&", "x", "\t", "n", "o", "e", "\xa0", "done"]
    for k in range(4):
        for line in map("".join, itertools.product(pieces, repeat=k)):
            assert _opens_list(line) == bool(opens.search(line)), repr(line)
