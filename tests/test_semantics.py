"""Semantics of compiled programs (LANGUAGE.md §4–§8), proven by running them in bash."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from utah_run import run


def out(source: str, **kw) -> str:
    r = run(source, **kw)
    assert r.status == 0, f"status {r.status}\nstderr:\n{r.stderr}\nscript:\n{r.script}"
    return r.stdout


# ----------------------------------------------------------- functions and shells

def test_function_sets_global_in_current_shell():
    assert out("""
let count = 0;
function bump(by: number): void { count = count + by; }
bump(2); bump(3);
console.log(count);
""") == "5\n"


def test_function_output_reaches_stdout_when_value_is_used():
    assert out("""
function greet(name: string): string {
  console.log("greeting " + name);
  return "hi " + name;
}
let g = greet("ann");
console.log(g.toUpperCase());
""") == "greeting ann\nHI ANN\n"


def test_background_job_started_in_function_is_waited_by_caller(tmp_path):
    src = """
function start(marker: string): string {
  let pid: string = `$(sleep 0.2 && echo finished > ${marker} & echo $!)`;
  return pid;
}
let pid = start("m.txt");
let status: string = `$(wait ${pid} 2>/dev/null; echo $?)`;
console.log("status " + status);
console.log(fs_content());
function fs_content(): string { return `$(cat m.txt)`; }
"""
    assert out(src) == "status 0\nfinished\n"


def test_wait_sees_failing_job_status():
    assert out("""
let pid: string = `$(sh -c 'exit 3' & echo $!)`;
let code: string = `$(wait ${pid} 2>/dev/null; echo $?)`;
console.log(code);
""") == "3\n"


def test_jobs_run_concurrently_by_rendezvous():
    # each job waits (bounded) for the other's marker: only concurrency lets both finish
    src = """
let a: string = `$(sh -c 'touch a; i=0; while [ ! -e b ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; [ -e b ]' & echo $!)`;
let b: string = `$(sh -c 'touch b; i=0; while [ ! -e a ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; [ -e a ]' & echo $!)`;
let sa: string = `$(wait ${a}; echo $?)`;
let sb: string = `$(wait ${b}; echo $?)`;
console.log(sa + sb);
"""
    assert out(src) == "00\n"


def test_exit_inside_function_ends_script_with_status_and_runs_defers():
    r = run("""
function quit(code: number): void {
  defer console.log("cleanup");
  console.log("quitting");
  exit(code);
}
quit(4);
console.log("not reached");
""")
    assert (r.stdout, r.status) == ("quitting\ncleanup\n", 4)


def test_parallel_statement_and_pid():
    assert out("""
function work(n: number): void { console.log(`work ${n}`); }
let pid = parallel work(1);
`$(wait ${pid})`;
parallel work(2);
`$(wait)`;
console.log("all done");
""") == "work 1\nwork 2\nall done\n"


def test_recursion_keeps_locals_apart():
    assert out("""
function fib(n: number): number {
  if (n < 2) { return n; }
  let a = fib(n - 1);
  let b = fib(n - 2);
  return a + b;
}
console.log(fib(12));
""") == "144\n"


def test_callee_does_not_see_caller_locals():
    assert out("""
let x = "global";
function show(): string { return x; }
function caller(): string {
  let x = "local";
  return show() + "/" + x;
}
console.log(caller());
""") == "global/local\n"


def test_default_parameters_and_array_parameters():
    assert out("""
function f(items: string[], sep: string = "-", n: number = 2): string {
  return items.join(sep) + n;
}
console.log(f(["a", "b c"]));
console.log(f(["x"], "+", 5));
""") == "a-b c2\nx5\n"


# -------------------------------------------------------------------- numbers

NUMBER_EXPRESSIONS = [
    "7 / 2", "0.1 + 0.2", "6 / 3", "1 / 0", "-1 / 0", "0 / 0", "-7 % 2", "5.5 % 2",
    "2 ** 10", "2 ** -1", "2.50", "1e21", "1e-7", "123456789 * 1000", "3 - 5.25",
    "parseInt(\"42px\")", "parseInt(\"x\") || 0", "parseFloat(\"3.14abc\")",
    "Math.round(2.5)", "Math.round(-2.5)", "Math.floor(-1.5)", "Math.max(1, 7, 3)",
    "(0.1 * 3).toFixed(2)", "Number(\"  12  \")", "10 / 4 * 2", "-(3 + 4)",
]


def test_numbers_match_javascript():
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is required as the JavaScript oracle")
    js = "[" + ",".join(f"String({e})" for e in NUMBER_EXPRESSIONS) + "].forEach(x => console.log(x))"
    expected = subprocess.run([node, "-e", js], capture_output=True, text=True, check=True).stdout
    src = "\n".join(f"console.log({e});" for e in NUMBER_EXPRESSIONS)
    assert out(src) == expected


def test_integer_loop_is_plain_shell_arithmetic():
    r = run("""
let total = 0;
for (let i = 0; i < 100; i++) { total += i; }
console.log(total);
""")
    assert r.stdout == "4950\n"
    assert "__utah_arith" not in r.script and "awk" not in r.script


def test_string_and_number_plus():
    assert out("""
let n = 1;
let s = "1";
console.log(n + 2, s + 2, n + s, "" + 0.5 + 1);
""") == "3 12 11 0.51\n"


def test_comparisons_numeric_and_code_unit():
    assert out("""
console.log(10 > 9, "10" < "9", "B" < "a", "é" > "z", 2.5 <= 2.5, "abc" == "abc", 1 === 1.0);
""") == "true true true true true true true\n"


# ----------------------------------------------------------------- operators

def test_increments_and_compound_assignment():
    assert out("""
let i = 5;
let a = i++;
let b = ++i;
let c = i--;
let d = --i;
let f = 2.5;
f += 1;
f *= 2;
let s = "a";
s += "b";
console.log(a, b, c, d, i, f, s);
""") == "5 7 7 5 5 7 ab\n"


def test_optional_chaining_and_nullish():
    assert out("""
let parts: string[] = "x: 1 ".split(":");
console.log(parts[1]?.trim() || "none");
console.log(parts[3]?.trim() || "none");
let empty = "";
let n: string | null = null;
console.log(empty ?? "d", n ?? "d");
""") == "1\nnone\n d\n"


def test_logical_operators_yield_operands_and_short_circuit():
    assert out("""
let calls = 0;
function side(): boolean { calls++; return true; }
let a = false && side();
let b = true || side();
let c = "" || "fallback";
let d = "x" && "y";
console.log(a, b, c, d, calls);
""") == "false true fallback y 0\n"


def test_ternary_typeof_and_not():
    assert out("""
let n = 3;
console.log(n > 2 ? "big" : "small", typeof n, typeof "s", !true, !0);
""") == "big number string false true\n"


# ---------------------------------------------------------------- statements

def test_switch_fall_through_and_default_anywhere():
    assert out("""
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
""") == "ADB B C DB\n"


@pytest.mark.parametrize("target", ["bash", "posix"])
def test_switch_with_a_repeated_label_takes_the_first(target):
    """A label written twice: only its first case can match (the later one is reached
    only by falling through), and the compiled `case` has no pattern that can never
    match (shellcheck warns of one: `out` checks every script with it). (Found by
    mutation fuzzing.)"""
    assert out("""
function kind(x: string): string {
  let out = "";
  switch (x) {
    case "a": out += "A"; break;
    case "c": out += "C1";
    case "c": out += "C2"; break;
    case "d":
    case "a": out += "DA";
  }
  return out;
}
let n = 2;
switch (n) { case 2: console.log("two"); break; case 2.0: console.log("again"); }
console.log(kind("a"), kind("c"), kind("d"), kind("x") === "");
""", target=target) == "two\nA C1C2 DA true\n"


def test_loops_break_continue_and_for_step():
    assert out("""
let seen: string[] = [];
for (let i = 0; i < 10; i += 1) {
  if (i % 2 == 0) { continue; }
  if (i > 7) { break; }
  seen.push(i.toString());
}
let j = 0;
while (true) { j++; if (j >= 3) { break; } }
let k = 0;
do { k++; } while (k < 5);
console.log(seen.join(","), j, k);
""") == "1,3,5,7 3 5\n"


def test_for_in_and_of_iterate_values():
    assert out("""
let xs: string[] = ["a b", "*", '$HOME'];
for (let x: string in xs) { console.log(x); }
for (const x of xs) { console.log(x); }
""") == "a b\n*\n$HOME\na b\n*\n$HOME\n"


def test_arrays_are_values():
    assert out("""
let a: string[] = ["1", "2"];
let b = a;
b.push("3");
a[0] = "x";
console.log(a.join(","), b.join(","), a.length, b.length);
""") == "x,2 1,2,3 2 3\n"


# --------------------------------------------------------------------- errors

def test_try_catch_finally_order_and_variables_survive():
    assert out("""
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
""") == "caught boom v=in try\nfinally\nin try\n"


def test_finally_runs_before_return_completes():
    assert out("""
function f(): string {
  try {
    return "from try";
  } finally {
    console.log("finally first");
  }
}
console.log(f());
""") == "finally first\nfrom try\n"


def test_error_propagates_through_functions_and_rethrow():
    assert out("""
function inner(): void { throw "deep"; }
function middle(): void { inner(); console.log("not here"); }
try {
  try { middle(); } catch (e) { throw "re:" + e; } finally { console.log("inner finally"); }
} catch (e2) {
  console.log(e2);
}
""") == "inner finally\nre:deep\n"


def test_uncaught_error_prints_and_exits_1():
    r = run("""
console.log("start");
throw "bad thing";
console.log("not reached");
""")
    assert (r.stdout, r.stderr, r.status) == ("start\n", "error: bad thing\n", 1)


def test_defer_runs_lifo_on_every_exit_path():
    assert out("""
function f(mode: string): string {
  defer console.log("d1 " + mode);
  defer console.log("d2 " + mode);
  if (mode == "throw") { throw "t"; }
  if (mode == "return") { return "r"; }
  console.log("end " + mode);
  return "e";
}
f("end");
f("return");
try { f("throw"); } catch { console.log("caught"); }
""") == ("end end\nd2 end\nd1 end\nd2 return\nd1 return\nd2 throw\nd1 throw\ncaught\n")


def test_failed_raw_command_inside_try_is_caught_and_outside_continues():
    assert out("""
try {
  ls /nonexistent-dir 2>/dev/null
  console.log("not here");
} catch (e) {
  console.log("caught: " + e);
}
ls /nonexistent-dir 2>/dev/null
console.log("continued");
""") == "caught: command failed with status 2: ls /nonexistent-dir 2>/dev/null\ncontinued\n"


def test_exit_inside_try_is_caught():
    assert out("""
try { exit(3); } catch (e) { console.log("caught " + e); }
""") == "caught exit 3\n"


# ------------------------------------------------------------------ shell code

HOSTILE = ["a b", "*", "$HOME", "it's", 'say "hi"', "back\\slash", "-n", "tab\there",
           "new\nline", "", "%s %d", "`cmd`", "é ü 日本"]


def utah_single_quoted(text: str) -> str:
    """A Utah '…' literal for any text (JavaScript escapes)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\t", "\\t") + "'"


def test_hostile_strings_print_verbatim_everywhere():
    values = "[" + ", ".join(utah_single_quoted(x) for x in HOSTILE) + "]"
    src = f"""
let xs: string[] = {values};
for (let x of xs) {{
  console.log(x);
  console.log(`<${{x}}>`);
  console.log("[" + x + "]");
  console.log(x.trim() == x ? "same" : "trimmed");
}}
"""
    expected = ""
    for x in HOSTILE:
        expected += f"{x}\n<{x}>\n[{x}]\n{'same' if x.strip() == x else 'trimmed'}\n"
    assert out(src) == expected


def test_interpolated_value_is_one_argument_never_split_or_globbed():
    src = """
let v = 'a  b * $HOME \\'q\\' "dq"';
let n: string = `$(printf '%s\\n' ${v} | wc -l)`;
console.log(n.trim());
let echoed: string = `$(printf '[%s]' ${v})`;
console.log(echoed);
"""
    assert out(src) == "1\n[a  b * $HOME 'q' \"dq\"]\n"


def test_value_inside_shell_quotes_is_literal_text():
    assert out("""
let v = 'x $HOME *';
console.log(`$(echo "dq:${v}")`);
console.log(`$(echo 'sq:${v}')`);
""") == "dq:x $HOME *\nsq:x $HOME *\n"


def test_value_in_command_position_runs_as_command_line(tmp_path):
    assert out("""
let cmd: string = "echo one; echo two | tr a-z A-Z";
let got: string = `$(${cmd})`;
console.log(got);
""") == "one\nTWO\n"


def test_literal_glob_next_to_value_still_globs(tmp_path):
    (tmp_path / "d").mkdir()
    for name in ("a.json", "b.json", "c.txt"):
        (tmp_path / "d" / name).write_text("")
    assert out("""
let dir = "d";
let found: string = `$(ls ${dir}/*.json)`;
console.log(found);
""", cwd=str(tmp_path)) == "d/a.json\nd/b.json\n"


def test_raw_command_lines_with_interpolation(tmp_path):
    assert out("""
let name = "my file.txt";
touch "${name}"
ls -1
echo "made ${name}"
""", cwd=str(tmp_path)) == "my file.txt\nmade my file.txt\n"


def test_double_quoted_strings_take_shell_parameters_and_commands():
    assert out("""
let who = "x";
console.log("$(echo sub) ${who} \\$literal");
""") == "sub x $literal\n"


@pytest.mark.parametrize("target", ["bash", "posix"])
def test_a_logical_operator_on_the_right_keeps_its_grouping(target):
    """`a || (b && c)`: the shell's `&&` and `||` bind alike, from the left, so written
    out flat the condition would be `(a || b) && c` (it was, in `if` and `while` too,
    and for `a || b && c` written without parentheses)."""
    assert out("""
let yes: boolean = true;
let n = 7;
if (yes || (n > 100 && n < 0)) { console.log("taken"); } else { console.log("not taken"); }
if (!yes && (n > 1 || n < 0)) { console.log("taken"); } else { console.log("not taken"); }
console.log(!(yes || (n > 1 && n < 0)), (yes || n > 1) && n < 0, yes || n > 1 && n < 0);
if (yes || (n < 0 && n > 1 || n === 0)) { console.log("taken"); }
""", target=target) == "taken\nnot taken\nfalse false true\ntaken\n"


@pytest.mark.parametrize("target", ["bash", "posix"])
def test_a_negative_index_reads_no_element(target):
    """`xs[xs.length - 1]` of an empty array and `xs[-1]` are undefined, as in JavaScript:
    bash counted from the end (or failed with "bad array subscript"), the POSIX target
    read a default expansion of a bad name (`1-undefined`). (Found by differential
    fuzzing against Node.js.)"""
    r = run("""
let xs: string[] = [];
let ys: string[] = ["a", "b"];
let i = -1;
let last = xs[xs.length - 1];
console.log(xs[xs.length - 1] ?? "none", last === undefined, `${last}`);
console.log(ys[i] ?? "none", ys[-1] ?? "none", ys[ys.length - 1], ys[i + 2], ys[i + 1]);
""", target=target)
    assert (r.stdout, r.stderr, r.status) == ("none true undefined\nnone none b b a\n", "", 0)


@pytest.mark.parametrize("target", ["bash", "posix"])
def test_a_call_in_a_comparison_runs_once(target):
    """`f().length < 0.5`: the integer side was lowered for shell arithmetic, given up
    when the other side was no integer, and lowered again: `f` ran twice. The same in
    `==`, in a `for` step and in JSON text of a number. (Found by differential fuzzing
    against Node.js.)"""
    assert out("""
let calls = 0;
function f(): string { calls++; return "ab"; }
if (f().length < 0.5) { console.log("less"); }
let same = f().length == 2.5;
let o = json.stringify({ n: f().length });
for (let i = 0; i < 3; i += f().length) { }
console.log(calls, same, o);
""", target=target) == "5 false {\"n\":2}\n"


@pytest.mark.parametrize("target", ["bash", "posix"])
def test_a_call_in_a_built_in_argument_runs_once(target):
    """The same for built-ins that take integers to shell arithmetic (`Math.abs`,
    `date.add`, `date.diff`, `validate.isGreaterThan`, `validate.isInRange`) when another
    argument is no integer, and for `Math.max`/`min`, which asked for no reason."""
    assert out("""
let calls = 0;
function t(): string { calls++; return "ab"; }
let a = date.add(t().length, 0.5, "seconds");
let b = date.diff(t().length, 1.5, "seconds");
let c = validate.isGreaterThan(t().length, 0.5) && validate.isInRange(t().length, 0.5, 3);
let e = Math.max(t().length, 0.5) + Math.abs(t().length) + date.add(t().length, 1, "seconds");
console.log(calls, a, b, c, e);
""", target=target) == "7 2.5 0 true 7\n"


@pytest.mark.parametrize("target", ["bash", "posix"])
def test_string_literals_that_look_like_test_operators_compare_as_text(target):
    """`'-n' !== s`: bash's `[[ -n != $s ]]` is a syntax error (and `[[ '(' …` one that
    shellcheck cannot parse); the literal is compared as text on either side. (Found by
    differential fuzzing against Node.js.)"""
    assert out("""
let s: string = "abc";
let t: string = "-n";
console.log('-n' !== s, '-n' === s, '!' === s, '(' !== s, ')' == s, '-eq' == s, '-z' < s);
console.log('-n' === t, t === '-n', '!' !== t, '-f' != t);
""", target=target) == "true false false true false false true\ntrue true true true\n"


# ----------------------------------------------------------- values of type any

@pytest.mark.parametrize("target", ["bash", "posix"])
def test_any_keeps_strings_apart_from_numbers(target):
    """A typed string stored in an `any` (variable, parameter, return) stays a string:
    strict equality and truthiness see "01"/"0" as strings, and reading it back as a
    string gives the text unchanged."""
    assert out("""
function id(v: any): any { return v; }
function back(v: any): string { return v; }
let s: any = "01";
let z = id("0");
let n: any = 1;
let text: string = s;
console.log(s === 1, s === "01", n === 1, n === 2, z === 0, z === "0");
console.log(z ? "truthy" : "falsy", id(0) ? "truthy" : "falsy", id(parseInt("x")) ? "t" : "f");
console.log(text, back(s), `${s}|${z}`);
""", target=target) == "false true true false false true\ntruthy falsy f\n01 01 01|0\n"
