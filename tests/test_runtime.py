"""Run-time shell helpers (compiler/utah/runtime) tested against Node.js.

Each table of cases is run twice: once through the helpers in one bash process,
once through the corresponding JavaScript in one node process; the answers must
be equal case by case.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "compiler"))

from utah.runtime import HELPERS, closure, render  # noqa: E402

RS, US = "\x1e", "\x1f"
ENV = {**os.environ, "LC_ALL": "C.UTF-8"}

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")

# ---------------------------------------------------------------- harness


def q(value: str) -> str:
    return shlex.quote(value)


def run_bash(helpers, body: str) -> list[str]:
    script = render(helpers) + "\n" + body
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f:
        f.write(script)
    try:
        proc = subprocess.run(["bash", f.name], capture_output=True, text=True, env=ENV, timeout=600)
    finally:
        os.unlink(f.name)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr
    return proc.stdout.split(RS)[:-1]


def run_node(js_fn: str, cases: list) -> list[str]:
    """js_fn: a JS function expression taking a case's arguments; its result is
    printed as String(result), or for arrays as the length and each element after US,
    or for booleans as true/false."""
    program = (
        "const f = " + js_fn + ";\n"
        "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
        "const out = cases.map(c => { const r = f(...c);\n"
        "  return Array.isArray(r) ? r.length + r.map(e => '\\x1f' + String(e)).join('') : String(r); });\n"
        "process.stdout.write(out.map(s => s + '\\x1e').join(''));\n"
    )
    proc = subprocess.run(["node", "-e", program], input=json.dumps(cases), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.split(RS)[:-1]


def scalar_call(call: str) -> str:
    return call + "\nprintf '%s\\036' \"$__r\"\n"


def status_call(call: str) -> str:
    return f"if {call}; then printf 'true\\036'; else printf 'false\\036'; fi\n"


def array_call(call: str) -> str:
    return (call + "\nprintf '%s' \"${#__ra[@]}\"\n"
            "if (( ${#__ra[@]} )); then printf '\\037%s' \"${__ra[@]}\"; fi\nprintf '\\036'\n")


def close_enough(got: str, want: str) -> bool:
    """Last-place differences of non-integer results (V8's pow is not glibc's)."""
    try:
        g, w = float(got), float(want)
    except ValueError:
        return False
    return g == w or abs(g - w) <= 4e-16 * max(abs(g), abs(w))


def compare(helper_names, cases, bash_call, js_fn, kind="scalar", approx=False):
    """cases: list of argument lists (strings).  bash_call(case) -> shell call text."""
    wrap = {"scalar": scalar_call, "status": status_call, "array": array_call}[kind]
    body = "".join(wrap(bash_call(c)) for c in cases)
    got = run_bash(helper_names, body)
    want = run_node(js_fn, cases)
    assert len(got) == len(cases), (len(got), len(cases))
    bad = [(c, g, w) for c, g, w in zip(cases, got, want) if g != w and not (approx and close_enough(g, w))]
    assert not bad, f"{len(bad)} of {len(cases)} differ, e.g. " + "\n".join(
        f"{c!r}: bash {g!r} node {w!r}" for c, g, w in bad[:15]
    )
    return len(cases)


def args(case) -> str:
    return " ".join(q(a) for a in case)


# ---------------------------------------------------------------- numbers

# canonical number texts (as JS String() prints them), plus "-0"
NUMS = [
    "0", "-0", "1", "-1", "2", "3", "7", "-7", "10", "255", "1024", "-1024",
    "123456789012345", "999999999999999", "9007199254740991", "9007199254740992",
    "1e+21", "1.5e-7", "1e-7", "0.1", "0.2", "0.3", "0.5", "-0.5", "1.5", "2.5", "-2.5",
    "3.14159", "5.5", "-5.5", "0.3333333333333333", "123.456", "-0.000001",
    "1e+300", "1.7976931348623157e+308", "5e-324", "0.49999999999999994",
    "4.35", "1.005", "NaN", "Infinity", "-Infinity",
]
SMALL = ["0", "-0", "1", "-1", "2", "3", "-7", "10", "0.5", "-0.5", "2.5", "0.1", "1e+21",
         "1.5e-7", "NaN", "Infinity", "-Infinity", "1024", "-3.5"]
ARITH_JS = {
    "+": "(a, b) => Number(a) + Number(b)",
    "-": "(a, b) => Number(a) - Number(b)",
    "*": "(a, b) => Number(a) * Number(b)",
    "/": "(a, b) => Number(a) / Number(b)",
    "%": "(a, b) => Number(a) % Number(b)",
    "**": "(a, b) => Number(a) ** Number(b)",
}


@needs_node
@pytest.mark.parametrize("op", ["+", "-", "*", "/", "%"])
def test_arith(op):
    cases = [[a, b] for a in NUMS for b in NUMS]
    compare(["__utah_arith"], cases, lambda c: f"__utah_arith {q(op)} {args(c)}", ARITH_JS[op])


@needs_node
def test_arith_pow():
    exps = ["0", "1", "2", "3", "10", "-1", "-2", "0.5", "52", "53", "64", "1024", "NaN", "Infinity",
            "-Infinity", "1.5", "-0"]
    cases = [[a, b] for a in SMALL + ["-2", "-8", "7", "1.1", "123456"] for b in exps]
    n = compare(["__utah_arith"], cases, lambda c: f"__utah_arith '**' {args(c)}", ARITH_JS["**"], approx=True)
    # integral results below 2^53 are exact (above it V8's pow is off by an ulp: 3 ** 52)
    ints = [c for c in cases if re.fullmatch(r"-?\d+", c[0]) and re.fullmatch(r"\d+", c[1])
            and abs(int(c[0])) ** int(c[1]) <= 2 ** 53]
    assert n and compare(["__utah_arith"], ints, lambda c: f"__utah_arith '**' {args(c)}", ARITH_JS["**"])


@needs_node
def test_arith_examples():
    cases = [["/", "7", "2"], ["/", "6", "3"], ["/", "1", "0"], ["/", "0", "0"], ["%", "-7", "2"],
             ["%", "5.5", "2"], ["**", "2", "10"], ["**", "2", "-1"], ["+", "0.1", "0.2"],
             ["*", "99999999", "99999999"], ["+", "999999999999999", "999999999999999"],
             ["-", "-999999999999999", "999999999999999"], ["*", "-3", "0"], ["/", "-1", "-0"]]
    compare(["__utah_arith"], cases, lambda c: f"__utah_arith {args(c)}",
            "(op, a, b) => ({'+': (x, y) => x + y, '-': (x, y) => x - y, '*': (x, y) => x * y,"
            " '/': (x, y) => x / y, '%': (x, y) => x % y, '**': (x, y) => x ** y})[op](Number(a), Number(b))")


@needs_node
@pytest.mark.parametrize("op", ["<", "<=", ">", ">=", "==", "!="])
def test_num_cmp(op):
    extra = ["100", "99", "-100", "1e-7", "2e-7", "1.0000000000000002", "1.5e+300", "12345678901234567000"]
    vals = NUMS + extra
    cases = [[a, b] for a in vals for b in vals]
    js_op = {"==": "===", "!=": "!=="}.get(op, op)
    compare(["__utah_num_cmp"], cases, lambda c: f"__utah_num_cmp {q(op)} {args(c)}",
            f"(a, b) => Number(a) {js_op} Number(b)", kind="status")


@needs_node
def test_num_truthy():
    compare(["__utah_num_truthy"], [[n] for n in NUMS], lambda c: f"__utah_num_truthy {args(c)}",
            "a => Boolean(Number(a))", kind="status")


NUMBER_STRINGS = [
    "", " ", "  42  ", "\t\n3.5\n", "0x1F", "0X1f", "0o17", "0b101", "-0x1F", "0x", "0b2", "1e3",
    "-.5", ".5", "5.", "+5", "1e-7", "abc", "12px", "Infinity", "-Infinity", "+Infinity", "infinity",
    "NaN", "1.2.3", "0.1e1", "00012", "-0", "123456789012345678901234567890", "0.000001",
    "0.0000001", "1e21", "1e400", "-1e-400", "9007199254740993", "0xFFFFFFFFFFFFFFFFF",
    "0b" + "1" * 60, "1_000", "--5", "e5", ".", "+", "-", "2.50", "-2.50e+2", "\u00a042",
    "1.7976931348623157e308", "0.1e-6", "000.000100", "-000", "1E5", "3.14abc", "\v\f7\r",
]


@needs_node
def test_to_number():
    cases = [[s] for s in NUMBER_STRINGS if s != "\u00a042"]  # only ASCII whitespace is trimmed
    compare(["__utah_to_number"], cases, lambda c: f"__utah_to_number {args(c)}", "s => Number(s)")


@needs_node
def test_num_canon():
    literals = ["0", "-0", "1", "2.50", "1e3", ".5", "5.", "1e21", "1e20", "123456789012345678",
                "0.000001", "0.0000001", "1.5e-7", "-1.5E-7", "1e-300", "1e-320", "1e308", "1e309",
                "123.456000", "0001.10", "1234567890.12345", "1234567890.123456789", "+3", "-Infinity",
                "Infinity", "4.35", "100e-2", "0.1e-5", "0.1e-6", "12e20", "12e19"]
    compare(["__utah_num_canon"], [[s] for s in literals], lambda c: f"__utah_num_canon {args(c)}",
            "s => Number(s)")


PARSE_INT_STRINGS = ["12px", "  -3.9", "0x1F", "0x", "ff", "FF", "z", "Z", "-0", "+7", "", "abc", "101",
                     "123456789012345678901", "  \n 42", "0b11", "1e3", "Infinity", "-12abc", "0.5",
                     " +0x10", "-0xff", "777", "zz", "9007199254740993", "  007", "+-3", "1a2b3c"]


@needs_node
def test_parse_int():
    cases = [[s] for s in PARSE_INT_STRINGS]
    for radix in ["0", "2", "8", "10", "16", "36", "1", "37", "16.7", "NaN", "-1", "Infinity"]:
        cases += [[s, radix] for s in PARSE_INT_STRINGS]
    compare(["__utah_parse_int"], cases, lambda c: f"__utah_parse_int {args(c)}",
            "(s, r) => r === undefined ? parseInt(s) : parseInt(s, Number(r))")


@needs_node
def test_parse_float():
    strings = ["3.14abc", "2.50", ".5", "abc", "1e3", "-Infinity", "Infinityx", "  -0.0", "1e", "1.e5",
               "-.5e-3x", "+.", "0x10", "1e400", "1.7976931348623157e308", "123456789012345678901234",
               "  \t 7", "", "-", "5e-324", "0.1e-6", "100", "1.5e+21", "+Infinity", "infinity",
               "1e-7", "12px", "\n\n-42.0000", "00.00100e+2", "1.2.3", "-", "e5", "--1"]
    compare(["__utah_parse_float"], [[s] for s in strings], lambda c: f"__utah_parse_float {args(c)}",
            "s => parseFloat(s)")


ROUNDING = NUMS + ["-1.5", "0.4", "-0.4", "0.6", "-0.6", "-0.49999999999999994", "-1.5e-7",
                   "-123.456", "4503599627370495.5", "-4503599627370495.5", "2.0000000000000004",
                   "99.5", "-99.5", "9.999999999999998", "1e-300", "-1e-300"]


@needs_node
@pytest.mark.parametrize("fn", ["round", "floor", "ceil", "trunc", "abs", "sign", "sqrt"])
def test_math_unary(fn):
    vals = ROUNDING + ["4", "16", "144", "2", "999999999999999", "100000000000000", "0.25", "1e+22"]
    compare(["__utah_math"], [[v] for v in vals], lambda c: f"__utah_math {fn} {args(c)}",
            f"x => Math.{fn}(Number(x))")


@needs_node
def test_math_pow_min_max():
    pow_cases = [["pow", a, b] for a in SMALL for b in ["0", "2", "-1", "0.5", "NaN", "3"]]
    lists = [[], ["1"], ["1", "2"], ["2", "1"], ["-0.5", "3", "1e+21"], ["1", "NaN", "2"],
             ["-Infinity", "5"], ["Infinity", "-Infinity"], ["0.1", "0.2", "0.10000000000000002"],
             ["-7", "-7.5", "-6.999"], ["1e-7", "1.5e-7", "0"], ["12345678901234567000", "1e+21"]]
    mm_cases = [[fn] + lst for fn in ("min", "max") for lst in lists]
    compare(["__utah_math"], pow_cases + mm_cases, lambda c: f"__utah_math {args(c)}",
            "(fn, ...xs) => Math[fn](...xs.map(Number))", approx=True)


def test_math_random():
    body = "for i in $(seq 300); do __utah_math random; printf '%s\\036' \"$__r\"; done\n"
    got = run_bash(["__utah_math"], body)
    assert len(got) == 300 and len(set(got)) > 290
    for g in got:
        assert re.fullmatch(r"0\.\d*[1-9]", g), g
        assert 0 <= float(g) < 1


@needs_node
def test_to_fixed():
    xs = ["1.005", "2.5", "-2.5", "0", "-0", "1e+21", "1e-7", "123.456", "0.125", "1.45", "8.345",
          "-1.5e-7", "10", "-10", "0.1", "1234.5678", "NaN", "Infinity", "-Infinity", "999.995", "0.5",
          "1.5", "9.995", "123456789012345680000", "0.000001", "-0.0001", "99.99", "5e-324",
          "9007199254740991", "1.7976931348623157e+308", "3"]
    ds = ["0", "1", "2", "3", "5", "10", "20", "100"]
    cases = [[x, d] for x in xs for d in ds]
    compare(["__utah_to_fixed"], cases, lambda c: f"__utah_to_fixed {args(c)}",
            "(x, d) => Number(x).toFixed(Number(d))")


def test_to_fixed_range_error():
    body = ("if __utah_to_fixed 1 101; then echo ok; else printf 'err:%s\\036' \"$__err\"; fi\n"
            "if __utah_to_fixed 1 -1; then echo ok; else printf 'err:%s\\036' \"$__err\"; fi\n")
    got = run_bash(["__utah_to_fixed"], body)
    assert got == ["err:toFixed() digits argument must be between 0 and 100"] * 2


