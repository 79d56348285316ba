"""args.* and script.* built-ins, run in bash with real command lines."""
from __future__ import annotations

from test_semantics import out as ok
from utah_run import run

POOL = """
script.description("Implement a process pool for controlled parallel execution");

args.define("--max-workers", "-w", "Maximum number of worker processes", "number", false, 4);
args.define("--task-file", "-f", "File containing tasks to execute", "string", true);

let maxWorkers: number = args.getNumber("--max-workers");
let taskFile: string = args.getString("--task-file");
console.log(`workers=${maxWorkers} file=${taskFile}`);
"""

USAGE = """Usage: prog.sh [options]

Implement a process pool for controlled parallel execution

Options:
  -w, --max-workers <number>  Maximum number of worker processes (default: 4)
  -f, --task-file <string>    File containing tasks to execute (required)
  -h, --help                  Show this help and exit
"""


def test_guide_pool_defaults_and_forms():
    assert ok(POOL, args=["--task-file", "t x.txt"]) == "workers=4 file=t x.txt\n"
    assert ok(POOL, args=["-f", "t", "-w", "8"]) == "workers=8 file=t\n"
    assert ok(POOL, args=["--task-file=a=b", "--max-workers=2.50"]) == "workers=2.5 file=a=b\n"
    assert ok(POOL, args=["-w3", "-f=*"]) == "workers=3 file=*\n"


def test_help_long_and_short():
    for flag in ("--help", "-h"):
        r = run(POOL, args=[flag])
        assert (r.status, r.stdout, r.stderr) == (0, USAGE, "")


def test_missing_required_is_status_2_with_usage_on_stderr():
    r = run(POOL)
    assert r.status == 2 and r.stdout == ""
    assert r.stderr == "error: missing required option --task-file\n\n" + USAGE


def test_unknown_option_is_status_2():
    r = run(POOL, args=["-f", "t", "--bogus"])
    assert r.status == 2 and r.stdout == ""
    assert r.stderr.startswith("error: unknown option --bogus\n\nUsage: prog.sh [options]\n")


def test_non_number_is_status_2():
    r = run(POOL, args=["-f", "t", "--max-workers", "four"])
    assert r.status == 2
    assert r.stderr.startswith("error: option --max-workers expects a number, got 'four'\n\n")


def test_missing_value_is_status_2():
    r = run(POOL, args=["-w", "2", "-f"])
    assert r.status == 2 and r.stderr.startswith("error: option -f needs a value\n")


def test_flags_has_positional_and_get():
    src = """
args.define("--verbose", "-v", "Talk more", "boolean");
args.define("--name", "", "A name");
args.define("--pattern", "-p", "File pattern to process", "string", false, "*.txt");
console.log(args.getBoolean("--verbose"), args.has("--name"), args.has("-p"));
console.log(`[${args.get("--name")}] [${args.getString("--pattern")}]`);
let rest: string[] = args.all();
console.log(rest.length, rest.join("|"));
"""
    assert ok(src) == "false false false\n[] [*.txt]\n0 \n"
    assert ok(src, args=["a b", "-v", "--name", "-x y", "--", "-p", "c"]) == \
        "true true false\n[-x y] [*.txt]\n3 a b|-p|c\n"
    assert ok(src, args=["--verbose=false", "-5", "-"]) == \
        "false false false\n[] [*.txt]\n2 -5|-\n"


def test_getters_inside_functions_see_the_script_arguments():
    src = """
args.define("--count", "-c", "How many", "number", false, 1);
function show(x: string): void {
  console.log(`${x} ${args.getNumber("--count") + 1}`);
}
show("fn");
"""
    assert ok(src, args=["-c", "41"]) == "fn 42\n"


def test_number_without_default_is_nan_and_undefined_option_is_a_bug():
    src = """
args.define("--n", "", "A number", "number");
let n = args.getNumber("--n");
console.log(isNaN(n), n || 7);
let x = args.getString("--nope");
"""
    r = run(src)
    assert r.stdout == "true 7\n" and r.status == 1
    assert r.stderr == "error: args: no option '--nope' was defined\n"


def test_show_help_prints_usage_without_exit():
    src = """
args.define("--quiet", "-q", "Say less", "boolean");
args.showHelp();
console.log("after");
"""
    assert ok(src) == ("Usage: prog.sh [options]\n\nOptions:\n"
                       "  -q, --quiet  Say less\n"
                       "  -h, --help   Show this help and exit\nafter\n")


# ---------------------------------------------------------------------- script.*

def test_exit_on_error_makes_failing_command_fatal_and_continue_restores():
    src = """
ls /nonexistent 2>/dev/null
console.log("shell rules");
script.exitOnError();
try { ls /nonexistent 2>/dev/null } catch (e) { console.log("caught: " + e); }
script.continueOnError();
ls /nonexistent 2>/dev/null
console.log("continued");
script.exitOnError();
ls /nonexistent 2>/dev/null
console.log("not reached");
"""
    r = run(src)
    assert r.stdout == "shell rules\ncaught: command failed with status 2: ls /nonexistent 2>/dev/null\ncontinued\n"
    assert r.status == 1
    assert r.stderr == "error: command failed with status 2: ls /nonexistent 2>/dev/null\n"


def test_exit_on_error_applies_inside_functions_and_keeps_status():
    src = """
function step(): void {
  ls /nonexistent 2>/dev/null
  console.log("status $?");
}
step();
script.exitOnError();
step();
console.log("not reached");
"""
    r = run(src)
    assert (r.stdout, r.status) == ("status 2\n", 1)


def test_debug_and_globbing(tmp_path):
    (tmp_path / "a.txt").write_text("")
    src = """
script.disableGlobbing();
echo *.txt
script.enableGlobbing();
echo *.txt
script.enableDebug();
echo traced
script.disableDebug();
echo quiet
"""
    r = run(src, cwd=tmp_path)
    assert r.stdout == "*.txt\na.txt\ntraced\nquiet\n"
    assert "+ echo traced" in r.stderr and "echo quiet" not in r.stderr
