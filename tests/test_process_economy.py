"""Integer arithmetic, comparisons, string and array methods spawn no process; a JSON
operation spawns at most one jq. Counted with strace on the compiled program."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile

import pytest

from utah_run import compile_ok

PURE = """
let total = 0;
let names: string[] = [];
for (let i = 0; i < 20; i++) {
  total += i * 3 - 1;
  if (total % 2 == 0 && i >= 3) { names.push(`n${i}`); }
}
let s = "  Hello, World  ";
let t = s.trim().toLowerCase().replace("world", "there").padStart(20, "*");
let parts = t.split(",");
let joined = parts.join("|") + s.indexOf("W") + s.slice(2, 7) + s.substring(3) + s.charAt(4);
let sorted = names.slice(0, 4).reverse();
let flag = names.includes("n5") || "b" < "a" || s.startsWith("  H");
let big = total > 100 ? "big" : "small";
let doubled = names.map(n => n + n).filter(n => n.length > 4);
console.log(total, joined, sorted.join(","), flag, big, doubled.length, t.length);
"""


def processes(script: str) -> list[str]:
    if shutil.which("strace") is None:
        pytest.fail("strace is required (apt-get install strace)")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.sh")
        trace = os.path.join(tmp, "trace")
        with open(path, "w") as f:
            f.write(script)
        proc = subprocess.run(["strace", "-f", "-qq", "-e", "trace=execve,fork,vfork,clone,clone3",
                               "-o", trace, "bash", path], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        with open(trace) as f:
            lines = f.read().splitlines()
    execs = [os.path.basename(m) for line in lines for m in re.findall(r'execve\("([^"]+)"', line)]
    forks = [line for line in lines if re.search(r"\b(fork|vfork|clone3?)\(", line)]
    return execs[1:] + [f"fork: {line}" for line in forks]


def test_pure_computation_spawns_no_process():
    assert processes(compile_ok(PURE)) == []


def test_each_json_operation_spawns_at_most_one_jq():
    src = """
let o: object = json.parse('{"a": {"b": [1, 2]}, "name": "x y"}');
let b: number[] = json.get(o, ".a.b");
let name = json.getString(o, ".name");
o = json.set(o, ".count", b.length);
console.log(json.stringify(o), name);
"""
    spawned = [p for p in processes(compile_ok(src)) if not p.startswith("fork: ")]
    assert spawned and set(spawned) == {"jq"}, spawned
    assert len(spawned) <= 4  # parse, get, getString, set; stringify of compact JSON needs none
