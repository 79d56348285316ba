"""Start-up of the compiler (DESIGN.md, speed conventions): a compilation imports neither
`re` nor `json` (nor what they import), its regular expressions come from the start-up
cache (patterns.py), and they and the compiled programs are the same when they come from
`re` instead, as on a first run or with a cache that cannot be read."""
from __future__ import annotations

import ast
import json
import marshal
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import _sre
import pytest

import utah
from utah import patterns, startcache
from utah.lower.builtins.system import signal_names
from utah.lower.json import _JSON_UNESCAPES, json_string

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted(str(p) for p in (ROOT / "conformance" / "cases").glob("*/*.shx"))
BENCH_PROGRAM = "import sys; sys.path.insert(0, {bench!r}); import gen_program; text = gen_program.utah_program(300)"

# Compiles every case and the program of bench/compile_speed.py for both targets in a
# fresh `python -S` (no site: a `.pth` file may import anything) with the start-up cache
# at argv[1]; prints the modules the compilations imported and a digest of the outputs.
COMPILE_ALL = """
import sys
sys.path.insert(0, {compiler!r})
from utah import startcache
startcache.PATH = sys.argv[1]
sys.dont_write_bytecode = False
before = set(sys.modules)
import utah
{bench_program}
outputs = []
for target in ("bash", "posix"):
    outputs.append(utah.compile_source(text, "bench.shx", target).output)
    for case in sys.argv[2:]:
        result = utah.compile_file(case, target)
        outputs.append((result.output, result.format_diagnostics()))
imported = sorted(set(sys.modules) - before)
import hashlib
print(repr((imported, hashlib.sha256(repr(outputs).encode()).hexdigest())))
"""


def _compile_all(cache: Path) -> tuple[list[str], str]:
    code = COMPILE_ALL.format(compiler=str(Path(utah.__file__).parents[1]),
                              bench_program=BENCH_PROGRAM.format(bench=str(ROOT / "bench")))
    proc = subprocess.run([sys.executable, "-S", "-c", code, str(cache), *CASES],
                          capture_output=True, text=True, check=True)
    return ast.literal_eval(proc.stdout)


def test_a_compilation_imports_no_re_once_the_cache_is_written(tmp_path):
    cache = tmp_path / "startcache.bin"
    first_imports, first_outputs = _compile_all(cache)  # patterns from `re`, stored
    assert "re" in first_imports and cache.exists()
    imports, outputs = _compile_all(cache)
    assert outputs == first_outputs  # patterns from the cache compile the same programs
    assert not set(imports) & {"re", "json", "enum", "functools", "collections", "typing", "dataclasses",
                               "inspect", "argparse", "runpy"}, imports
    cache.write_bytes(b"\x00 not a cache")
    assert _compile_all(cache)[1] == first_outputs


def test_the_patterns_of_the_cache_are_those_of_re():
    """Every pattern the compiler made in this process (its modules are loaded by the
    other tests or here), rebuilt as from the cache, equals `re.compile`'s."""
    for case in CASES[::10]:
        utah.compile_file(case, "posix")
    assert len(patterns._made) > 10
    for (text, flags) in patterns._made:
        args = patterns._compile_args(text, flags)
        assert _sre.compile(*args) == re.compile(text, flags), text  # compares flags and code
        assert marshal.loads(marshal.dumps(args)) == args
    assert all(patterns.escape(chr(c)) == re.escape(chr(c)) for c in range(0x3000))


def test_the_cache_keeps_the_patterns_of_the_process_when_full(tmp_path, monkeypatch):
    monkeypatch.setattr(startcache, "PATH", str(tmp_path / "startcache.bin"))
    monkeypatch.setattr(startcache, "_entries", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(patterns, "_stored", {(f"old{i}", 0): None for i in range(3)})
    monkeypatch.setattr(patterns, "_made", {("b", 0): None})
    monkeypatch.setattr(patterns, "_MAX_STORED", 3)
    patterns._stored[("b", 0)] = patterns._compile_args("b", 0)
    assert patterns.compile("[a-z]+").match("abc")
    assert set(startcache.get(patterns._KEY)) == {("b", 0), ("[a-z]+", 0)}


def test_json_strings_without_the_json_module():
    every_character = "".join(chr(c) for c in range(0x110000))
    assert json_string(every_character) == json.dumps(every_character, ensure_ascii=False)
    for c in map(chr, range(0x10000)):
        try:
            decoded = json.loads('"\\' + c + '"')
        except ValueError:
            decoded = c
        assert _JSON_UNESCAPES.get(c, c) == decoded


def test_signal_names_without_the_signal_module():
    assert sorted(signal_names()) == sorted(s.name for s in signal.Signals)


@pytest.mark.parametrize("command", [["version"], ["compile", "{prog}", "-o", "{out}"]])
def test_the_installed_command_script(tmp_path, command):
    """bin/utah, what `pip install` puts next to Python as the `utah` command."""
    prog, out = tmp_path / "p.shx", tmp_path / "p.sh"
    prog.write_text('console.log("hi");\n')
    argv = [a.format(prog=prog, out=out) for a in command]
    env = {**os.environ, "PYTHONPATH": str(Path(utah.__file__).parents[1])}
    proc = subprocess.run([sys.executable, str(ROOT / "bin" / "utah"), *argv], capture_output=True,
                          text=True, env=env)
    assert (proc.returncode, proc.stderr) == (0, "")
    if command == ["version"]:
        assert proc.stdout == f"utah {utah.__version__}\n"
    else:
        assert subprocess.run(["bash", str(out)], capture_output=True, text=True).stdout == "hi\n"
