"""env, os, process, timer, date, utility and validate built-ins, proven by running
compiled programs in bash (every program also passes `bash -n` and shellcheck)."""
from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time

import pytest

from utah_run import compile_ok, diagnostics, run

NL = "\n"
HOSTILE = "a b  'q' \"dq\" $HOME `x` $(touch pwned) * ? [x] \\ é ✓\n\tend\n"


def js(text: str) -> str:
    """A Utah single-quoted literal (no interpolation) holding `text` exactly."""
    escaped = (text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
               .replace("\t", "\\t").replace("\r", "\\r"))
    return f"'{escaped}'"


def out(source: str, **kw) -> str:
    r = run(source, **kw)
    assert r.status == 0, f"status {r.status}\nstderr:\n{r.stderr}\nscript:\n{r.script}"
    return r.stdout


def lines(source: str, **kw) -> list[str]:
    return out(source, **kw).split("\n")[:-1]


def compile_error(source: str) -> str:
    return "\n".join(diagnostics(source))


@pytest.fixture
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


# ----------------------------------------------------------------------------- env

def test_env_get_literal_dynamic_and_defaults():
    assert lines("""
let name = "UTAH_T_" + "VAL";
env.set(name, "v1");
console.log(env.get("UTAH_T_VAL"));
console.log(env.get(name));
console.log(env.get("UTAH_T_UNSET", "fallback"));
console.log(env.get(name, "unused"));
env.set("UTAH_T_EMPTY", "");
console.log("[" + env.get("UTAH_T_EMPTY") + "]" + env.get("UTAH_T_EMPTY", "d"));
console.log("[" + env.get("UTAH_T_UNSET") + "]");
""") == ["v1", "v1", "fallback", "v1", "[]d", "[]"]


def test_env_set_exports_hostile_value_exactly_and_delete_unsets():
    src = f"""
let name = "UTAH_HOSTILE";
function put(v: string): void {{ env.set(name, v); }}
put({js(HOSTILE)});
let seen: string = `$(printenv UTAH_HOSTILE; printf x)`;
console.log(seen == {js(HOSTILE + NL + "x")});
console.log(env.get(name) == {js(HOSTILE)});
env.delete(name);
console.log("[" + `$(printenv UTAH_HOSTILE)` + "]");
env.set("UTAH_NUM", 42);
console.log(env.get("UTAH_NUM"));
"""
    assert lines(src) == ["true", "true", "[]", "42"]


def test_env_invalid_name_at_run_time_is_a_catchable_error():
    r = run("""
let bad = "X; touch pwned";
try { env.set(bad, "1"); } catch (e) { console.log("caught: " + e); }
try { let v = env.get("1" + "X"); } catch (e) { console.log("caught: " + e); }
function del(n: string): void { env.delete(n); }
try { del("a-b"); } catch (e) { console.log("caught: " + e); }
env.get(bad);
console.log("not reached");
""")
    assert r.stdout == ("caught: env.set: invalid variable name 'X; touch pwned'\n"
                        "caught: env.get: invalid variable name '1X'\n"
                        "caught: env.delete: invalid variable name 'a-b'\n")
    assert (r.stderr, r.status) == ("error: env.get: invalid variable name 'X; touch pwned'\n", 1)


def test_env_invalid_literal_name_is_a_compile_error():
    assert "env.get: invalid variable name 'A B'" in compile_error('env.get("A B");')
    assert "env.set: invalid variable name '$X'" in compile_error("env.set('$X', 'v');")


def test_env_set_read_only_is_an_error():
    r = run('try { env.set("EUID", "1"); } catch (e) { console.log(e); }')
    assert r.stdout == "env.set: cannot set 'EUID'\n"


ENV_FILE = """\
# a comment
   # an indented comment

PLAIN=hello world
export EXPORTED = 1
DQ="quoted # not a comment"  # a comment
SQ='single $HOME `x` \\n'
NL="line1\\nline2"
CMD=$(touch pwned)
TICKS=`touch pwned2`
INLINE=value # comment
UNI=héllo ✓
CRLF=yes\r
EMPTY=
EQ=a=b=c
not a pair
1BAD=x
BAD-KEY=x
LAST=no newline"""


def test_env_load_reads_data_and_never_runs_it(tmp_path):
    (tmp_path / "the env").write_text(ENV_FILE, encoding="utf-8")
    src = """
env.load("the env");
let names = ["PLAIN", "EXPORTED", "DQ", "SQ", "NL", "CMD", "TICKS", "INLINE", "UNI", "CRLF",
             "EMPTY", "EQ", "LAST"];
for (let n of names) { console.log(n + "=[" + env.get(n) + "]"); }
console.log(`$(printenv PLAIN)`);
"""
    assert out(src, cwd=str(tmp_path)) == (
        "PLAIN=[hello world]\nEXPORTED=[1]\nDQ=[quoted # not a comment]\n"
        "SQ=[single $HOME `x` \\n]\nNL=[line1\nline2]\nCMD=[$(touch pwned)]\n"
        "TICKS=[`touch pwned2`]\nINLINE=[value]\nUNI=[héllo ✓]\nCRLF=[yes]\nEMPTY=[]\n"
        "EQ=[a=b=c]\nLAST=[no newline]\nhello world\n")
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "pwned2").exists()


def test_env_load_missing_file_is_a_catchable_error(tmp_path):
    r = run("""
try { env.load("no such.env"); } catch (e) { console.log("caught: " + e); }
env.load(".");
""", cwd=str(tmp_path))
    assert r.stdout == "caught: env.load: cannot read 'no such.env'\n"
    assert (r.stderr, r.status) == ("error: env.load: cannot read '.'\n", 1)


# ------------------------------------------------------------------------------ os

def test_os_is_installed(tmp_path):
    assert lines("""
console.log(os.isInstalled("sh"));
console.log(os.isInstalled("definitely-not-installed-xyz"));
console.log(os.isInstalled(""));
let hostile = "ls; touch pwned";
if (!os.isInstalled(hostile)) { console.log("no"); }
console.log(os.isInstalled("-v"));
""", cwd=str(tmp_path)) == ["true", "false", "false", "no", "false"]
    assert not (tmp_path / "pwned").exists()


def _os_release_version() -> str:
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        if os.path.exists(path):
            for line in open(path, encoding="utf-8"):
                if line.startswith("VERSION_ID="):
                    return line.strip().split("=", 1)[1].strip("\"'")
            return "unknown"
    return "unknown"


def test_os_get_os_and_linux_version():
    assert lines("console.log(os.getOS()); console.log(os.getLinuxVersion());") == \
        ["linux", _os_release_version()]


# ------------------------------------------------------------------------- process

def test_process_id_is_the_script_pid():
    assert out('let me = "$$"; let p = process.id(); console.log(String(p) == me, p > 1);') == "true true\n"


def test_process_start_is_running_and_wait_by_rendezvous(tmp_path):
    # the job signals "started", then waits (bounded) for "go" before exiting with 7
    job = "touch started; i=0; while [ ! -e go ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done; exit 7"
    src = f"let job = {js(job)};" + r"""
let pid = process.start(job);
sh -c 'i=0; while [ ! -e started ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done'
console.log(process.isRunning(pid));
touch go
console.log(process.wait(pid));
console.log(process.isRunning(pid));
"""
    assert lines(src, cwd=str(tmp_path)) == ["true", "7", "false"]


def _gone(pid: int) -> bool:
    """True once `pid` no longer runs (absent, or a zombie nobody reaped)."""
    for _ in range(200):
        try:
            with open(f"/proc/{pid}/stat") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def test_process_wait_timeout_then_kill_stops_the_job_and_its_command(tmp_path):
    # the command records its own PID: kill must stop it, not only the job's subshell
    job = "sh -c 'echo $$ > child.pid; i=0; while [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done'"
    src = f"let pid = process.start({js(job)});" + r"""
sh -c 'i=0; while [ ! -s child.pid ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done'
console.log(process.wait(pid, 100));
console.log(process.isRunning(pid));
console.log(process.kill(pid));
console.log(process.wait(pid));
console.log(process.isRunning(pid));
console.log(process.kill(pid, "SIGKILL"));
"""
    assert lines(src, cwd=str(tmp_path)) == ["124", "true", "true", "143", "false", "false"]
    assert _gone(int((tmp_path / "child.pid").read_text()))


def test_process_kill_signals(tmp_path):
    src = r"""
let a = process.start("sleep 20");
console.log(process.kill(a, "KILL"), process.wait(a));
let b = process.start("sleep 20");
// not INT: a non-interactive shell starts background jobs with SIGINT ignored; not HUP:
// `nohup` (or a CI runner) may start the whole test with SIGHUP ignored
let sig = "usr1";
console.log(process.kill(b, sig), process.wait(b));
let c = process.start("sleep 20");
let bogus = "NOPE";
console.log(process.kill(c, bogus), process.kill(c, "9"), process.wait(c));
console.log(process.kill("-1", "0"), process.kill("x"), process.isRunning("-1"), process.isRunning(""));
"""
    assert lines(src, cwd=str(tmp_path)) == ["true 137", "true 138", "false true 137",
                                              "false false false false"]
    assert "process.kill: unknown signal 'SIGFOO'" in compile_error(
        'process.kill(1, "SIGFOO");')


def test_process_start_options_and_hostile_paths(tmp_path):
    d = tmp_path / "sub dir $x"
    d.mkdir()
    (tmp_path / "in 'file'.txt").write_text(HOSTILE)
    src = r"""
function greet(who: string): void { console.log("hello " + who); }
let p = process.start("cat; greet \"job\"; echo oops >&2; pwd >&2",
    { cwd: "sub dir $x", input: "in 'file'.txt", output: "out *.txt", error: "err.txt" });
console.log(process.wait(p));
let q = process.start("echo never", { cwd: "no such dir" });
console.log(process.wait(q));
let r = process.start("echo x", { input: "missing.txt" });
console.log(process.wait(r));
""".replace("$x", "\\$x")
    assert lines(src, cwd=str(tmp_path)) == ["0", "1", "1"]
    assert (tmp_path / "out *.txt").read_text() == HOSTILE + "hello job\n"
    assert (tmp_path / "err.txt").read_text() == f"oops\n{d}\n"


def test_process_start_options_must_be_a_literal():
    assert "the options must be an object literal" in compile_error(
        'let o: object = {}; process.start("true", o);')
    assert "unknown option 'dir'" in compile_error('process.start("true", { dir: "/" });')


def test_process_wait_on_a_pid_that_is_not_a_job():
    assert lines("""
console.log(process.wait(1));
console.log(process.wait("nope"));
console.log(process.wait(1, 50));
""") == ["127", "127", "127"]


def test_process_job_output_reaches_the_script_stdout():
    assert out("""
let p = process.start("echo from job");
console.log(process.wait(p));
""") == "from job\n0\n"


def test_process_elapsed_time_format():
    text = out("console.log(process.elapsedTime());")
    assert re.fullmatch(r"\d\d:[0-5]\d:[0-5]\d\n", text)


# --------------------------------------------------------------------------- timer

def test_timer_start_current_stop():
    values = lines("""
console.log(timer.current(), timer.stop());
timer.start();
`$(sleep 0.06)`;
let c = timer.current();
let s = timer.stop();
`$(sleep 0.02)`;
let after = timer.current();
console.log(c >= 50, s >= c, after >= s && after <= s);
timer.start();
console.log(timer.current() < s);
""")
    assert values == ["0 0", "true true true", "true"]


# ---------------------------------------------------------------------------- date

def test_date_now_and_now_millis():
    before = int(time.time())
    now, millis = map(int, out("console.log(date.now(), date.nowMillis());").split())
    after = int(time.time())
    assert before <= now <= after
    assert before * 1000 <= millis <= (after + 1) * 1000


def test_date_format_fixed_timestamp(utc):
    long_fmt = "%Y-" * 60
    fmt = "%Y) $x * `q` 'a' \"b\" é %% 100% %d/%m %-d|%e|%j"
    assert lines(f"""
console.log(date.format(1700000000));
console.log(date.format(1700000000.9, "%H:%M:%S"));
console.log(date.format(0, {js(fmt)}));
console.log(date.format(-3.5));
console.log(date.format(86400 * 366, {js(long_fmt)}));
console.log(date.format(1700000000, "%A %B %s"));
console.log(date.format(1700000000, "\\\\n"));
""") == ["2023-11-14 22:13:20", "22:13:20",
         "1970) $x * `q` 'a' \"b\" é % 100% 01/01 1| 1|001",
         "1969-12-31 23:59:56", "1971-" * 60, "Tuesday November 1700000000", "\\n"]


def test_date_format_default_is_now(utc):
    text = out("console.log(date.format());").strip()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", text)
    assert abs(time.mktime(time.strptime(text, "%Y-%m-%d %H:%M:%S")) - time.time()) < 120


def test_date_format_invalid_timestamp_is_an_error():
    r = run("""
try { date.format(parseFloat("x")); } catch (e) { console.log(e); }
try { date.dayOfWeek(1e300); } catch (e) { console.log(e); }
""")
    assert r.stdout == "date.format: invalid timestamp 'NaN'\ndate.dayOfWeek: invalid timestamp '1e+300'\n"


def test_date_parse(utc):
    r = run("""
console.log(date.parse("2024-01-02 03:04:05 UTC"));
console.log(date.parse("@86400"));
let texts = ["not a date", "", "   ", "2024-13-45"];
for (let t of texts) {
  try { date.parse(t); console.log("parsed " + t); } catch (e) { console.log(e); }
}
""")
    assert r.stdout == ("1704164645\n86400\ndate.parse: cannot parse 'not a date'\n"
                        "date.parse: cannot parse ''\ndate.parse: cannot parse '   '\n"
                        "date.parse: cannot parse '2024-13-45'\n")


def test_date_add_subtract_diff():
    assert lines("""
let ts = 1000;
let n = 3;
console.log(date.add(ts, n, "minutes"), date.subtract(ts, 1, "hours"), date.add(ts, 2, "days"));
let unit = "hours";
console.log(date.add(ts, 1.5, unit), date.subtract(0.5, 1, "seconds"), date.add(ts, 1, "second"));
console.log(date.diff(200, 100), date.diff(0, 90, "minutes"), date.diff(7200, 0, unit));
console.log(date.diff(100.5, 0, "minutes"), date.diff(90, 0, "minutes"), date.diff(-90, 0, unit));
""") == ["1180 -2600 173800", "6400 -0.5 1001", "100 -1 2", "1 1 0"]


def test_date_unknown_unit():
    assert "date.add: unknown unit 'weeks'" in compile_error('date.add(0, 1, "weeks");')
    assert "date.diff: unknown unit 'ms'" in compile_error('date.diff(0, 1, "ms");')
    r = run("""
let u = "fortnights";
try { date.add(0, 1, u); } catch (e) { console.log(e); }
try { date.diff(0, 1, u); } catch (e) { console.log(e); }
date.subtract(0, 1, u);
""")
    assert r.stdout == ("date.add: unknown unit 'fortnights' (seconds, minutes, hours, days)\n"
                        "date.diff: unknown unit 'fortnights' (seconds, minutes, hours, days)\n")
    assert r.status == 1 and "date.subtract: unknown unit" in r.stderr


def test_date_day_of_week(utc):
    assert lines("""
console.log(date.dayOfWeek(0), date.dayOfWeek(1700000000), date.dayOfWeek(86400 * 3));
let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
console.log(days.includes(date.dayOfWeek()));
""", ) == ["Thursday Tuesday Sunday", "true"]


# ------------------------------------------------------------------------- utility

def test_utility_random_ranges():
    values = lines("""
let seen: number[] = [];
for (let i = 0; i < 300; i++) {
  let r = utility.random(1, 6);
  if (r < 1 || r > 6) { console.log("out of range " + r); }
  if (!seen.includes(r)) { seen.push(r); }
}
console.log(seen.length);
console.log(utility.random(5, 5), utility.random(3, 3.9));
let lo = 10;
let swapped = utility.random(lo, 1);
console.log(swapped >= 1 && swapped <= 10);
let big = utility.random(0, 1000000000000);
console.log(big >= 0 && big <= 1000000000000);
let mid = utility.random(-70000, -40000);
console.log(mid >= -70000 && mid <= -40000);
let d = utility.random();
console.log(d >= 0 && d <= 32767);
""")
    assert values == ["6", "5 3", "true", "true", "true", "true"]


def test_utility_uuid():
    a, b = lines("console.log(utility.uuid()); console.log(utility.uuid());")
    pattern = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    assert re.fullmatch(pattern, a) and re.fullmatch(pattern, b) and a != b


@pytest.mark.parametrize("algo", ["md5", "sha1", "sha256", "sha512"])
def test_utility_hash_matches_hashlib(algo):
    texts = [HOSTILE, "", "abc", "trailing\n\n", "é" * 100]
    src = "\n".join(f"console.log(utility.hash({js(t)}, {js(algo)}));" for t in texts)
    expected = [hashlib.new(algo, t.encode()).hexdigest() for t in texts]
    assert lines(src) == expected


def test_utility_hash_default_and_errors():
    assert out('console.log(utility.hash("abc"));') == hashlib.sha256(b"abc").hexdigest() + "\n"
    assert out('let a = "SHA1"; console.log(utility.hash("abc", a));') == \
        hashlib.sha1(b"abc").hexdigest() + "\n"
    assert "utility.hash: unknown algorithm 'crc32'" in compile_error('utility.hash("a", "crc32");')
    r = run('let a = "sha3"; try { utility.hash("x", a); } catch (e) { console.log(e); }')
    assert r.stdout == "utility.hash: unknown algorithm 'sha3' (md5, sha1, sha256, sha512)\n"


def test_utility_base64_matches_python():
    texts = [HOSTILE, "", "a", "\n\n", "x" * 200 + "é"]
    enc = "\n".join(f"console.log(utility.base64Encode({js(t)}));" for t in texts)
    assert lines(enc) == [base64.b64encode(t.encode()).decode() for t in texts]
    dec = "\n".join(
        f"console.log(utility.base64Decode({js(base64.b64encode(t.encode()).decode())}) == {js(t)});"
        for t in texts)
    assert lines(dec) == ["true"] * len(texts)


def test_utility_base64_decode_invalid_is_an_error():
    r = run("""
try { utility.base64Decode("***"); } catch (e) { console.log(e); }
console.log(utility.base64Decode(utility.base64Encode("round trip\\n")) + "|");
utility.base64Decode("abc");
""")
    assert r.stdout == "utility.base64Decode: invalid base64 text\nround trip\n|\n"
    assert (r.stderr, r.status) == ("error: utility.base64Decode: invalid base64 text\n", 1)


# ------------------------------------------------------------------------ validate

def _predicate_table(fn: str, cases: dict[str, bool]) -> None:
    src = "\n".join(f"console.log(validate.{fn}({js(t)}));" for t in cases)
    assert lines(src) == ["true" if v else "false" for v in cases.values()], fn


def test_validate_is_email():
    _predicate_table("isEmail", {
        "a@b.co": True, "first.last+tag@sub.example.org": True, "x_y%z-w@a-b.io": True,
        "": False, "a@b": False, "a@@b.com": False, "a b@c.com": False, ".a@b.com": False,
        "a..b@c.com": False, "a@-b.com": False, "a@b.com\nx": False, "é@b.com": False,
        "a@b.c": False, "$(touch x)@b.com": False})


def test_validate_is_url():
    _predicate_table("isURL", {
        "https://example.com": True, "http://a.b/c?d=e#f": True, "HTTPS://X.ORG:8080/p": True,
        "ftp://files.example.com/x y": False, "http://user:pw@host/": True,
        "http://[::1]:80/": True, "https://localhost": True,
        "example.com": False, "http://": False, "mailto:a@b.c": False, "https:// x.com": False,
        "http://a.com\n": False, "javascript:alert(1)": False, "": False})


def test_validate_is_uuid():
    _predicate_table("isUUID", {
        "123e4567-e89b-12d3-a456-426614174000": True, "123E4567-E89B-12D3-A456-426614174000": True,
        "123e4567e89b12d3a456426614174000": False, "123e4567-e89b-12d3-a456-42661417400": False,
        "g23e4567-e89b-12d3-a456-426614174000": False, "": False,
        "123e4567-e89b-12d3-a456-426614174000\n": False})


def test_validate_is_alphanumeric():
    _predicate_table("isAlphaNumeric", {
        "abc123": True, "ABC": True, "7": True, "": False, "a b": False, "a_b": False,
        "é": False, "a\n": False, "*": False})


def test_validate_is_numeric():
    _predicate_table("isNumeric", {
        "42": True, "-1.5": True, "+3": True, ".5": True, "5.": True, "1e3": True,
        "2.5E-3": True, "": False, " 1": False, "1 ": False, "0x1F": False, "Infinity": False,
        "NaN": False, "1,5": False, "abc": False, "1e": False, "-": False, "1\n": False})
    assert lines("""
console.log(validate.isNumeric(3.25), validate.isNumeric(parseInt("x")), validate.isNumeric(1 / 0));
let o = json.parse('{"a": "12", "b": 7, "c": "x", "d": null}');
console.log(validate.isNumeric(o.a), validate.isNumeric(o.b), validate.isNumeric(o.c), validate.isNumeric(o.d));
""") == ["true false false", "true true false false"]


def test_validate_is_empty():
    _predicate_table("isEmpty", {"": True, "   ": True, " \n\t ": True, "x": False,
                                 " x ": False, "null": False, "[]": False})
    assert lines("""
let empty: string[] = [];
let full = ["a"];
console.log(validate.isEmpty(empty), validate.isEmpty(full), validate.isEmpty(0), validate.isEmpty(false));
let o = json.parse('{"a": "", "b": null, "c": [], "d": {}, "e": " ", "f": "x", "g": 0}');
console.log(validate.isEmpty(o.a), validate.isEmpty(o.b), validate.isEmpty(o.c), validate.isEmpty(o.d));
console.log(validate.isEmpty(o.e), validate.isEmpty(o.f), validate.isEmpty(o.g), validate.isEmpty(null));
""") == ["true false false false", "true true true true", "true false false true"]


def test_validate_numeric_comparisons():
    assert lines("""
let v = 5;
let f = 2.5;
let nan = parseInt("x");
console.log(validate.isInRange(v, 1, 5), validate.isInRange(v, 6, 9), validate.isInRange(0, 0, 0));
console.log(validate.isInRange(f, 2.5, 3), validate.isInRange(f, 2.51, 3), validate.isInRange(nan, 0, 1));
console.log(validate.isGreaterThan(v, 4), validate.isGreaterThan(v, 5), validate.isGreaterThan(f, 2.4999));
console.log(validate.isLessThan(-1e21, -1), validate.isLessThan(v, 5), validate.isLessThan(nan, 1));
console.log(validate.isGreaterThan(1 / 0, 1e300), validate.isInRange(-0.5, -1, 0));
""") == ["true false true", "true false false", "true false true", "true false false",
         "true true"]


def test_no_process_for_validate_env_random_format_and_timer(tmp_path):
    # PATH leads nowhere: any external command would fail
    script = compile_ok("""
console.log(validate.isEmail("a@b.co"), validate.isNumeric("1.5"), validate.isInRange(2.5, 1, 3));
env.set("X_Y", "1");
console.log(env.get("X_Y"), utility.random(1, 1), date.format(0, "%Y"), date.dayOfWeek(0));
timer.start();
console.log(timer.stop() >= 0, date.add(0, 1, "days"), process.isRunning(process.id()));
console.log(os.isInstalled("ls"), os.getOS(), date.now() > 0, utility.uuid().length);
""")
    bash = shutil.which("bash")
    proc = subprocess.run([bash, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                          env={"PATH": str(tmp_path / "nowhere"), "TZ": "UTC"}, timeout=30)
    assert (proc.stdout, proc.stderr) == (
        "true true true\n1 1 1970 Thursday\ntrue 86400 true\nfalse linux true 36\n", "")


def test_builtin_errors_in_functions_reach_try_from_a_fresh_compiler(tmp_path):
    """Which functions may throw is decided before the first built-in is lowered, so the
    list of failing built-ins must not depend on which lowering modules a long-lived
    process (pytest, the conformance harness) has already imported: `utah` runs fresh."""
    src = tmp_path / "f.shx"
    src.write_text('function d(s: string): string { return utility.base64Decode(s); }\n'
                   'function w(n: number): string { return date.format(n); }\n'
                   'function g(): string { return env.get(`1${"x"}`); }\n'
                   'try { d("***"); } catch (e) { console.log(e); }\n'
                   'try { w(parseFloat("x")); } catch (e) { console.log(e); }\n'
                   'try { g(); } catch (e) { console.log(e); }\n')
    for target in ("bash", "posix"):
        proc = subprocess.run([sys.executable, "-m", "utah", "run", "--target", target, str(src)],
                              capture_output=True, text=True, cwd=tmp_path)
        assert proc.stdout == ("utility.base64Decode: invalid base64 text\n"
                               "date.format: invalid timestamp 'NaN'\n"
                               "env.get: invalid variable name '1x'\n"), (target, proc.stderr)
