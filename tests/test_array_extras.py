"""array.splice, array.shuffle, number.toString(radix) and sort with a comparison function
on both targets: splice, toString and sort against Node.js as the oracle, shuffle as a
permutation.  The bash build runs
in bash, the POSIX build in dash, busybox ash and mksh (32-bit arithmetic)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

import pytest

import utah
from test_builtins_misc import js
from test_process_economy import processes
from utah_run import check_script, compile_ok

SHELLS = {
    "bash": ("bash", ["bash"]),
    "dash": ("posix", ["dash"]),
    "busybox-ash": ("posix", ["busybox", "ash"]),
    "mksh": ("posix", ["mksh"]),
}


def run_in(source: str, shell: str, awk: list[str] | None = None) -> str:
    """Stdout of `source` compiled for `shell`; `awk` replaces the awk on PATH."""
    target, argv = SHELLS[shell]
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed")
    result = utah.compile_source(source, "t.shx", target)
    assert result.ok, result.format_diagnostics()
    check_script(result.output, target)
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.sh")
        with open(path, "w") as f:
            f.write(result.output)
        if awk is not None:
            if shutil.which(awk[0]) is None:
                pytest.skip(f"{awk[0]} is not installed")
            with open(os.path.join(tmp, "awk"), "w") as f:
                f.write(f'#!/bin/sh\nexec {" ".join(awk)} "$@"\n')
            os.chmod(os.path.join(tmp, "awk"), 0o755)
            env["PATH"] = tmp + os.pathsep + env["PATH"]
        proc = subprocess.run([*argv, path], capture_output=True, text=True, cwd=tmp, timeout=120,
                              env=env)
    assert proc.returncode == 0, f"status {proc.returncode}\n{proc.stderr}"
    return proc.stdout


def node(program: str) -> str:
    exe = shutil.which("node")
    if exe is None:
        pytest.fail("node is required as the JavaScript oracle")
    return subprocess.run([exe, "-e", program], capture_output=True, text=True, check=True).stdout


# ------------------------------------------------------------------------ splice

ELEMENTS = ["a b", "", "*", "x\ny", "-n", "$HOME", "z"]
SPLICES = [
    "2", "-2", "0", "7", "10", "-10", "-0.5", "1.9", "1, 2", "1, 0, 'X'", "-3, 1, 'X', 'Y Z', '\\n'",
    "0, 99, '*'", "3, -1, 'X'", "7, 1, 'end'", "10, 0, 'far'", "2, 1.8", "-1, 1", "0, 0",
    "1, 2, ''",
]


def splice_program(typed: bool) -> str:
    t = ": string[]" if typed else ""
    elements = "[" + ", ".join(js(e) for e in ELEMENTS) + "]"
    lines = []
    for i, args in enumerate(SPLICES):
        lines.append(f"let a{i}{t} = {elements};")
        lines.append(f"let r{i}{t} = a{i}.splice({args});")
        lines.append(f"console.log(r{i}.length, r{i}.join('|'), a{i}.length, a{i}.join('|'));")
    n = ": number[]" if typed else ""
    lines += [f"let ns{n} = [1, 2, 3, 4];",
              "console.log(ns.splice(1, 1, 9, 8).join(','), ns.join(','), ns.splice(-1).length, ns.length);"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("shell", SHELLS)
def test_splice_matches_javascript(shell):
    assert run_in(splice_program(True), shell) == node(splice_program(False))


# ------------------------------------------------------------ sort with a comparison

def sort_program(typed: bool) -> str:
    """Comparisons by difference (numbers, floats, lengths), by a block body with
    returns, by a conditional; stability (equal keys keep their order); an empty and a
    one-element array; a comparison that throws; a sort inside a function."""
    n, s = (": number[]", ": string[]") if typed else ("", "")
    ret = ": number" if typed else ""
    words = "[" + ", ".join(js(e) for e in ["pear", "fig", "a b", "kiwi", "*", "banana", "-n", ""]) + "]"
    return f"""
let xs{n} = [10, 9, 1, 2.5, -3, 100, 9, 0.1];
xs.sort((a, b) => a - b);
console.log(xs.join(","));
console.log(xs.sort((a, b) => b - a).join(" "), xs.length);
let ws{s} = {words};
ws.sort((a, b) => a.length - b.length);
console.log(ws.join("|"));
ws.sort((a, b) => {{ if (a < b) {{ return -1; }} if (a > b) {{ return 1; }} return 0; }});
console.log(ws.join("|"));
let keyed{s} = ["b1", "a2", "b0", "a1", "c9", "a0"];
keyed.sort((x, y) => x.charAt(0) < y.charAt(0) ? -1 : x.charAt(0) > y.charAt(0) ? 1 : 0);
console.log(keyed.join());
let none{n} = [];
none.sort((a, b) => a - b);
let one{n} = [5];
console.log(none.length, one.sort((a, b) => a - b).join());
let bad{n} = [3, 1, 2];
try {{
  bad.sort((a, b) => {{ if (a == 2 || b == 2) {{ throw "no twos"; }} return a - b; }});
}} catch (e) {{
  console.log("caught", e);
}}
function top(v{n}){ret} {{
  let c = v;
  c.sort((p, q) => q - p);
  return c[0] + c[1];
}}
console.log(top([3, 8, 1, 9]));
"""


@pytest.mark.parametrize("shell", SHELLS)
def test_sort_with_a_comparison_matches_javascript(shell):
    assert run_in(sort_program(True), shell) == node(sort_program(False))


FUNCTIONS = """
function cut(n: number): string {
  let mine: string[] = ["p", "q r", "s", "t"];
  let gone: string[] = mine.splice(1, n, "new");
  return gone.join("+") + "/" + mine.join("+");
}
let g: number[] = [1, 2, 3, 4];
function fromGlobal(): number { return g.splice(0, 2).length; }
console.log(cut(2), cut(0), fromGlobal(), g.join(","));
const c: string[] = ["a", "b"];
c.splice(0, 1);
console.log(c.length, c[0]);
let z: number[] = [5, 6, 7];
console.log(z.splice(1, 1));
console.log(array.splice(z, 0, 1).join(","), z.join(","));
let os: object[] = [json.parse('{"a":1}'), json.parse('{"b":2}')];
let o2: object[] = os.splice(1, 0, json.parse('{"c":[3]}'));
console.log(os.length, o2.length, json.stringify(os[1]));
"""


@pytest.mark.parametrize("shell", SHELLS)
def test_splice_in_functions_on_const_and_objects(shell):
    assert run_in(FUNCTIONS, shell) == (
        "q r+s/p+new+t /p+new+q r+s+t 2 3,4\n1 b\n[6]\n5 7\n3 0 {\"c\":[3]}\n")


def test_splice_spawns_no_process():
    src = "let xs: string[] = ['a', 'b', 'c'];\nlet r: string[] = xs.splice(-2, 1, 'x');\n" \
          "console.log(r.join(','), xs.join(','));\n"
    assert processes(compile_ok(src)) == []


# ----------------------------------------------------------------------- shuffle

SHUFFLE = """
let xs: string[] = ["a b", "", "*", "x\\ny", "-n", '$HOME', "7", "8", "9", "10"];
let firsts: string[] = [];
for (let k = 0; k < 40; k++) {
  let s: string[] = array.shuffle(xs);
  let check: string[] = array.shuffle(s);
  check.sort();
  console.log(s.length, check.join("|") == xs.slice().sort().join("|"));
  firsts.push(s[0]);
}
console.log(xs.join("|"));
console.log(array.unique(firsts).length > 1, array.shuffle([]).length, array.shuffle(["only one"]).join(","));
"""


@pytest.mark.parametrize("shell", SHELLS)
def test_shuffle_is_a_permutation_and_leaves_the_source(shell):
    assert run_in(SHUFFLE, shell) == ("10 true\n" * 40 + "a b||*|x\ny|-n|$HOME|7|8|9|10\n"
                                       + "true 0 only one\n")


@pytest.mark.parametrize("shell", SHELLS)
def test_shuffle_reaches_every_position(shell):
    out = run_in("""
let counts: number[] = [0, 0, 0, 0];
for (let k = 0; k < 200; k++) {
  let s: number[] = array.shuffle([0, 1, 2, 3]);
  counts[s[0]] = counts[s[0]] + 1;
}
console.log(counts.every(c => c > 10));
""", shell)
    assert out == "true\n"


# ---------------------------------------------------------------------- toString

VALUES = ["0", "-0", "1", "7", "35", "-36", "255", "-255", "1000000", "2 ** 31", "2 ** 32 + 1",
          "123456789012345", "1234567890123456", "9007199254740991", "9007199254740993", "1e21",
          "-1e21", "1.5e300", "0.5", "-0.5", "3.75", "0.1", "-0.1", "1 / 3", "2 / 3", "0.000001",
          "1e-7", "123.456", "5e-324", "1.7976931348623157e308", "0 / 0", "1 / 0", "-1 / 0"]
RADIXES = ["2", "3", "7", "8", "10", "16", "32", "36", "16.9"]
BAD_RADIXES = ["1", "37", "0", "-16", "0 / 0", "1 / 0"]


def to_string_program(typed: bool) -> str:
    t = ": number" if typed else ""
    lines = [f"let r{t} = 2;"]
    for i, v in enumerate(VALUES):
        lines.append(f"let v{i}{t} = {v};")
        lines.append(f"console.log({', '.join(f'v{i}.toString({r})' for r in RADIXES)}, v{i}.toString(r));")
    message = "e" if typed else "e.message"
    for r in BAD_RADIXES:
        lines.append(f"try {{ console.log((10).toString({r})); }} catch (e) {{ console.log({message}); }}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("shell", SHELLS)
def test_to_string_radix_matches_javascript(shell):
    assert run_in(to_string_program(True), shell) == node(to_string_program(False))


@pytest.mark.parametrize("awk", [["mawk"], ["gawk"], ["busybox", "awk"]], ids=" ".join)
def test_to_string_radix_with_each_awk(awk):
    assert run_in(to_string_program(True), "dash", awk) == node(to_string_program(False))


def test_uncaught_bad_radix_is_an_error():
    for shell in ("bash", "dash"):
        target, argv = SHELLS[shell]
        script = compile_ok("console.log((255).toString(40));\nconsole.log('not here');\n", target)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "p.sh")
            with open(path, "w") as f:
                f.write(script)
            proc = subprocess.run([*argv, path], capture_output=True, text=True)
        assert (proc.returncode, proc.stdout) == (1, "")
        assert "toString() radix argument must be between 2 and 36" in proc.stderr


def test_integer_to_string_spawns_no_process():
    src = "let n: number = -255;\nconsole.log(n.toString(16), (123456789012345).toString(36), n.toString(2));\n"
    assert processes(compile_ok(src)) == []
