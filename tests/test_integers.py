"""Integers as JavaScript has them (issue #2): which variables stay plain shell arithmetic
(lower/ints.py), and programs whose integers pass 2^53 or 2^63, run in bash and dash and
compared with node."""
from __future__ import annotations

import os
import random
import re
import shutil
import subprocess

import pytest

from utah import ast
from utah.checker import check
from utah.lower.ints import MAX_EXACT, STEPS, integer_facts, storing_nodes
from utah.parser import parse
from utah.source import Diagnostics, Source
from utah_run import compile_ok, run

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


def bounds(source: str) -> dict[str, int | None]:
    """Each integral variable of `source` by name: its bound, or None when unbounded."""
    diags = Diagnostics()
    program = parse(Source("t.shx", source), diags)
    checked = check(program, diags, base_dir=".")
    assert not diags.has_errors, diags.sorted()
    ints, found, _ = integer_facts(storing_nodes([checked.program]))
    names = {n.symbol: n.name for n in ast.walk(checked.program) if isinstance(n, ast.VarDecl)}
    return {names[sym]: found.get(sym) for sym in ints}


def node(source: str) -> str:
    """What node prints for `source`; a negative zero as 0 (DESIGN.md, known limitations)."""
    out = subprocess.run(["node", "-e", source], capture_output=True, text=True, check=True).stdout
    return re.sub(r"(?<![\w.])-0(?![\w.])", "0", out)


# ----------------------------------------------------------------- the analysis

def test_loop_counters_are_bounded_by_their_limit():
    b = bounds("""
let xs: string[] = ["a", "b"];
for (let i = 0; i < 10; i++) { }
for (let j = 100; j >= -5; j -= 3) { }
for (let k = 0; k < xs.length; k += 2) { }
""")
    assert b["i"] == 11 and b["j"] == 100 and b["k"] == 2 ** 32 + 2


def test_counters_add_at_most_steps_times_their_step():
    b = bounds("""
let n = 5;
while (n > 0) { n--; }
let c = 0;
c += 3;
c = c + 1;
let x = 5;
x = x++;
for (let i = 0; i < 10; i++) { i++; }
""")
    assert b["n"] == 5 + STEPS and b["c"] == 4 * STEPS and b["x"] == 5 + STEPS
    assert b["i"] == 2 * STEPS  # stored in its body too: counted as a counter


def test_values_that_feed_on_themselves_are_unbounded():
    b = bounds("""
let f = 1;
for (let i = 1; i <= 20; i++) { f *= i; }
let total = 0;
for (let i = 0; i < 10; i++) { total += i * i; }
let t = 0;
let xs: string[] = [];
t += xs.length;
let a = 1;
let c = a;
a = c + 1;
let big = 9007199254740991;
big++;
""")
    assert b["f"] is None and b["t"] is None and b["big"] is None
    assert b["total"] is not None  # i * i below 10 * 10 each time, at most STEPS times
    assert b["a"] is None and b["c"] is None  # a cycle through another variable


def test_constant_expressions_are_integral_with_their_value():
    b = bounds("let p = 2 ** 10; let q = 7 / 7 + 2; let r = 2 ** 53 + 2 ** 53;")
    assert b["p"] == 1024 and b["q"] == 3 and b["r"] is None


def test_every_bound_is_within_the_exact_integers():
    b = bounds("let s = 4503599627370496; let d = s + s; let e = d + 1;")
    assert b["s"] == 2 ** 52 and b["d"] == MAX_EXACT and b["e"] is None


# ------------------------------------------------------------ compiled output

def test_plain_loops_stay_plain_shell_arithmetic():
    script = compile_ok("""
let xs: string[] = ["a", "b", "c"];
let count = 0;
for (let i = 0; i < xs.length; i++) {
  for (let j = 0; j < 4; j++) {
    if (i * j % 2 == 1) { count++; }
  }
}
let k = 0;
while (k < 10) { k += 2; }
console.log(count, k, xs.length * 2);
""")
    body = script[script.index("\nxs=("):]
    assert "__utah_" not in body and "[[" not in body, body


def test_a_running_total_is_tested_not_called():
    r = run("""
function sum(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) { total += i; }
  return total;
}
console.log(sum(1000));
""")
    assert r.stdout == "499500\n"
    body = r.script[r.script.index("sum() {"):]
    assert "__utah_arith +" in body and "????????????????*" in body  # tested inline, called past it


# --------------------------------------------------------- against JavaScript

@needs_node
@pytest.mark.parametrize("target", ["bash", "posix"])
def test_constant_folding_matches_node(target):
    exprs = ["2 ** 53 + 1", "9007199254740993", "2 ** 64", "-(2 ** 63)", "2 ** 1023 * 2",
             "99999999999 * 99999999999", "1e21 + 1", "123456789 * 987654321", "0.1 + 0.2",
             "7 / 2", "-7 % 3", "7 % -3", "1 / 0", "-1 / 0", "0 / 0", "2 ** -2", "3 ** 40",
             "(-3) ** 3", "5e-324 / 2", "1e308 * 10", "9007199254740991 + 2 - 2",
             "2 ** 53 === 2 ** 53 + 1", "2 ** 53 + 1 > 2 ** 53"]
    source = "\n".join(f"console.log({e});" for e in exprs)
    r = run(source, target=target)
    assert r.stdout == node(source)


def _random_program(rng: random.Random) -> str:
    """Integer arithmetic over values from every range the compiler tells apart: small,
    past 2^31, below and past 10^15, around 2^53, past 2^63."""
    magnitudes = [3, 46341, 2 ** 31 + 7, 999999999999999, 10 ** 15 + 3, 2 ** 53 - 3, 2 ** 53,
                  2 ** 62, 3037000499]
    names = ["a", "b", "c"]
    lines = [f"let {n} = {rng.choice([-1, 1]) * rng.choice(magnitudes)};" for n in names]
    for _ in range(14):
        x, y, z = (rng.choice(names) for _ in range(3))
        lines.append(rng.choice([
            f"{x} = {y} {rng.choice('+-*')} {z};",
            f"{x} {rng.choice(['+=', '-=', '*='])} {y};",
            f"{x}++;",
            f"{x} = -{y};",
            f"console.log({x} < {y}, {x} === {y}, {x} + {rng.randint(-5, 5)} >= {z});",
            f"for (let i = 0; i < 3; i++) {{ {x} += i * {y}; }}",
            f"{x} = {x} % 1000;",
        ]))
        lines.append("console.log(a, b, c);")
    return "\n".join(lines)


@needs_node
@pytest.mark.parametrize("target", ["bash", "posix"])
@pytest.mark.parametrize("seed", range(6))
def test_integer_arithmetic_matches_node(target, seed):
    source = _random_program(random.Random(seed))
    r = run(source, target=target)
    assert (r.stdout, r.status) == (node(source), 0), source


def test_an_operand_that_needs_commands_is_lowered_once():
    calls = run("""
let calls = 0;
function parts(s: string): string[] { calls++; return s.split(","); }
let files: string[] = ["a.txt", "bb.txt"];
let bytes = 0;
for (let i = 0; i < files.length; i++) { bytes += files[i].length * 1024 + parts("x,y").length; }
console.log(bytes, calls);
""")
    assert calls.stdout == f"{(5 + 6) * 1024 + 2 * 2} 2\n"
    assert calls.script.count('{files[i') == 1, calls.script


def test_a_loop_counter_counting_up_from_zero_indexes_without_a_guard():
    """An index that may be negative reads no element when it is (arrays: a negative
    index is undefined); a `for` counter counting up from 0 (or another natural number)
    with nothing else storing into it never is, and indexes as it is."""
    r = run("""
let xs: string[] = ["a", "b"];
for (let i = 0; i < xs.length; i++) { console.log(xs[i]); }
for (let k = -1; k < 2; k++) { console.log(xs[k] ?? "none"); }
for (let j = 1; j >= 0; j--) { console.log(xs[j]); }
""")
    assert r.stdout == "a\nb\nnone\na\nb\nb\na\n"
    assert '"${xs[i]-undefined}"' in r.script
    assert "k < 0 ? 2147483647 : k" in r.script and "j < 0 ? 2147483647 : j" in r.script

