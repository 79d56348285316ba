"""Start-up of the compiler (DESIGN.md, speed conventions): a compilation imports neither
`re` nor `json` (nor what they import), its regular expressions come from the start-up
cache (patterns.py), and they and the compiled programs are the same when they come from
`re` instead, as on a first run or with a cache that cannot be read; the compiler's
modules are loaded by modules.py as `import` would load them."""
from __future__ import annotations

import ast
import importlib.util
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
from utah import api, modules, patterns, startcache
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


class ImportedTheUsualWay:
    names = []

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        cls.names.append(name)


sys.meta_path.insert(0, ImportedTheUsualWay)
for target in ("bash", "posix"):
    utah.compile_source("let x = 1;", "small.shx", target)
for_small_programs = [n for n in ImportedTheUsualWay.names if n.startswith("utah")]
{bench_program}
outputs = []
for target in ("bash", "posix"):
    outputs.append(utah.compile_source(text, "bench.shx", target).output)
    for case in sys.argv[2:]:
        result = utah.compile_file(case, target)
        outputs.append((result.output, result.format_diagnostics()))
imported = sorted(set(sys.modules) - before)
import hashlib
print(repr((imported, hashlib.sha256(repr(outputs).encode()).hexdigest(), for_small_programs,
            sorted(set(n for n in ImportedTheUsualWay.names if n.startswith("utah"))))))
"""


def _compile_all(cache: Path) -> tuple[list[str], str, list[str], list[str]]:
    code = COMPILE_ALL.format(compiler=str(Path(utah.__file__).parents[1]),
                              bench_program=BENCH_PROGRAM.format(bench=str(ROOT / "bench")))
    proc = subprocess.run([sys.executable, "-S", "-c", code, str(cache), *CASES],
                          capture_output=True, text=True, check=True)
    return ast.literal_eval(proc.stdout)


def test_a_compilation_imports_no_re_once_the_cache_is_written(tmp_path):
    cache = tmp_path / "startcache.bin"
    first_imports, first_outputs, _, _ = _compile_all(cache)  # patterns from `re`, stored
    assert "re" in first_imports and cache.exists()
    imports, outputs, _, _ = _compile_all(cache)
    assert outputs == first_outputs  # patterns from the cache compile the same programs
    assert not set(imports) & {"re", "json", "enum", "functools", "collections", "typing", "dataclasses",
                               "inspect", "argparse", "runpy"}, imports
    cache.write_bytes(b"\x00 not a cache")
    assert _compile_all(cache)[1] == first_outputs


# Compiles a program (`text`, set by the code put in for {program}) for both targets in a
# fresh `python -S`; prints the compiler's modules loaded then.
COMPILE_PROGRAM = """
import sys
sys.path.insert(0, {compiler!r})
from utah import startcache
startcache.PATH = sys.argv[1]
import utah
{program}
for target in ("bash", "posix"):
    assert utah.compile_source(text, "p.shx", target).ok
print(repr(sorted(n for n in sys.modules if n.startswith("utah"))))
"""


@pytest.mark.parametrize("has_json_values", [False, True])
def test_the_lowering_of_json_values_is_loaded_only_for_a_program_with_one(tmp_path, has_json_values):
    """lower/json.py is loaded on first need (`Lowerer.json`); the program of
    bench/compile_speed.py has no JSON value."""
    program = ("text = 'let o: any = {a: 1}; console.log(o);'" if has_json_values
               else BENCH_PROGRAM.format(bench=str(ROOT / "bench")))
    code = COMPILE_PROGRAM.format(compiler=str(Path(utah.__file__).parents[1]), program=program)
    proc = subprocess.run([sys.executable, "-S", "-c", code, str(tmp_path / "startcache.bin")],
                          capture_output=True, text=True, check=True)
    loaded = ast.literal_eval(proc.stdout)
    assert "utah.lower" in loaded
    assert ("utah.lower.json" in loaded) == has_json_values


def test_a_compilation_imports_the_compiler_by_modules_load(tmp_path):
    """api.py lists, in the right order, every module a small program's compilation needs,
    and the maps of what some programs need name a module after those it imports:
    compiling any case, `import` loads none of the compiler's modules (its search of the
    package's directory costs more than the module)."""
    _, _, for_small_programs, for_all_cases = _compile_all(tmp_path / "startcache.bin")
    assert for_small_programs == []
    assert for_all_cases == []


PACKAGE = {
    "__init__.py": "",
    "sub/__init__.py": "from .a import A\nfrom . import b\nSUB = A + b.B\n",
    "sub/a.py": "from .b import B\nA = B + 1\n",
    "sub/b.py": "import sys\nB = 1\nPACKAGE = sys.modules[__package__]\n",
}
ORDER = ("top.sub.b", "top.sub.a", "top.sub")  # as `import top.sub` finishes them


DESCRIBE = """
import sys
sys.path[:0] = [{tmp!r}, {compiler!r}]
import top
if {load!r} == "import":
    import top.sub
else:
    from utah import modules
    modules.load({order!r})
described = {{}}
for name in {order!r}:
    m = sys.modules[name]
    spec = m.__spec__
    described[name] = (sorted(vars(m)), m.__file__, m.__cached__, m.__package__, getattr(m, "__path__", None),
                       type(m.__loader__).__name__, m.__loader__.name, m.__loader__.path, spec.name,
                       spec.origin, spec.cached, spec.parent, spec.has_location,
                       spec.submodule_search_locations, spec.loader is m.__loader__,
                       getattr(spec, "_initializing", None))
print(repr((described, top.sub.SUB, top.sub.b.PACKAGE is top.sub, sorted(vars(top)))))
"""


def test_modules_load_makes_the_modules_import_makes(tmp_path):
    for name, text in PACKAGE.items():
        (tmp_path / "top" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "top" / name).write_text(text)
    results = []
    for load in ("import", "modules.load"):
        code = DESCRIBE.format(tmp=str(tmp_path), compiler=str(Path(utah.__file__).parents[1]), load=load,
                               order=ORDER)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        results.append(ast.literal_eval(proc.stdout))
    assert results[0] == results[1]
    assert results[1][1:] == (3, True, ["__builtins__", "__cached__", "__doc__", "__file__", "__loader__",
                                        "__name__", "__package__", "__path__", "__spec__", "sub"])


READ_X = """
import sys
sys.dont_write_bytecode = True
sys.path[:0] = [{tmp!r}, {compiler!r}]
import top3
if {load!r} == "import":
    import top3.m
else:
    from utah import modules
    modules.load(("top3.m",))
print(sys.modules["top3.m"].X)
"""


@pytest.mark.parametrize("header", ["stamped", "stamped for another time", "stamped for another size",
                                    "hash-based, unchecked", "hash-based, checked, another hash",
                                    "another Python's"])
def test_modules_load_takes_the_cached_bytecode_where_import_would(tmp_path, header):
    """The cached file holds other code than the source ("cached" for "source"): which of
    the two a module runs tells whether its bytecode was taken."""
    (tmp_path / "top3").mkdir()
    (tmp_path / "top3" / "__init__.py").write_text("")
    source = tmp_path / "top3" / "m.py"
    source.write_text("X = 'source'\n")
    st = source.stat()
    mtime, size = int(st.st_mtime), st.st_size
    flags, stamp = {
        "stamped": (0, (mtime, size)),
        "stamped for another time": (0, (mtime - 1, size)),
        "stamped for another size": (0, (mtime, size + 1)),
        "hash-based, unchecked": (1, None),
        "hash-based, checked, another hash": (3, None),
        "another Python's": (0, (mtime, size)),
    }[header]
    magic = importlib.util.MAGIC_NUMBER if header != "another Python's" else b"\x00\x00\r\n"
    tail = (b"".join(n.to_bytes(4, "little") for n in stamp) if stamp else bytes(8))
    cached = Path(importlib.util.cache_from_source(str(source)))
    cached.parent.mkdir()
    cached.write_bytes(magic + flags.to_bytes(4, "little") + tail
                       + marshal.dumps(compile("X = 'cached'\n", str(source), "exec")))
    seen = []
    for load in ("import", "modules.load"):
        code = READ_X.format(tmp=str(tmp_path), compiler=str(Path(utah.__file__).parents[1]), load=load)
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        seen.append(proc.stdout)
    assert seen[0] == seen[1] == ("cached\n" if header in ("stamped", "hash-based, unchecked") else "source\n")


def test_modules_load_imports_where_the_package_is_not_in_source_files(tmp_path, monkeypatch):
    for name, text in PACKAGE.items():
        (tmp_path / "top" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "top" / name).write_text(text)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(modules, "_LOADS_SOURCE", False)
    modules.load(ORDER)
    try:
        assert sys.modules["top.sub"].SUB == 3
        assert type(sys.modules["top.sub.a"].__spec__.loader).__name__ == "SourceFileLoader"
    finally:
        for name in (*ORDER, "top"):
            sys.modules.pop(name)


def test_modules_load_leaves_no_module_behind_when_one_fails(tmp_path, monkeypatch):
    (tmp_path / "top2" / "sub").mkdir(parents=True)
    (tmp_path / "top2" / "__init__.py").write_text("")
    (tmp_path / "top2" / "sub" / "__init__.py").write_text("from . import ok, bad\n")
    (tmp_path / "top2" / "sub" / "ok.py").write_text("X = 1\n")
    (tmp_path / "top2" / "sub" / "bad.py").write_text("raise ValueError('no')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import top2  # noqa: F401
    with pytest.raises(ValueError):
        modules.load(("top2.sub.ok", "top2.sub.bad", "top2.sub"))
    assert "top2.sub.ok" in sys.modules  # loaded before the failure, as `import` leaves it
    assert "top2.sub.bad" not in sys.modules and "top2.sub" not in sys.modules
    for name in ("top2.sub.ok", "top2"):
        sys.modules.pop(name)


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
