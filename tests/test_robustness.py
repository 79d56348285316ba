"""No input may crash the compiler: every stage either compiles or reports diagnostics.

The inputs are the guide's programs and the semantic tests' programs, cut at many
points and with random pieces removed or duplicated (fixed seeds), plus deep nesting,
binary garbage and a huge file. A failure shows the input that broke it.
"""
from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

import utah
from utah_run import GUIDE_PROGRAMS

SEMANTICS = Path(__file__).with_name("test_semantics.py")


def corpus() -> list[str]:
    programs = GUIDE_PROGRAMS + re.findall(r'"""\n(.*?)"""', SEMANTICS.read_text(), re.S)
    return programs


def compile_never_raises(text: str) -> None:
    try:
        result = utah.compile_source(text, "fuzz.shx")
    except Exception as e:  # noqa: BLE001 - the point of the test
        pytest.fail(f"{type(e).__name__}: {e}\n--- input ---\n{text}")
    assert result.ok or result.diagnostics, "no output and no diagnostic"
    for d in result.diagnostics:
        assert d.line >= 1 and d.col >= 1


@pytest.mark.parametrize("index", range(len(corpus())))
def test_truncations(index: int):
    text = corpus()[index]
    step = max(1, len(text) // 60)
    for cut in range(0, len(text), step):
        compile_never_raises(text[:cut])


@pytest.mark.parametrize("seed", range(6))
def test_random_mutations(seed: int):
    rng = random.Random(seed)
    programs = corpus()
    for _ in range(40):
        text = rng.choice(programs)
        tokens = re.findall(r"\s+|\w+|.", text, re.S)
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(tokens))
            action = rng.random()
            if action < 0.4:
                del tokens[i]
            elif action < 0.7:
                tokens.insert(i, tokens[rng.randrange(len(tokens))])
            else:
                tokens[i] = rng.choice(["(", ")", "{", "}", "`", '"', "'", "$(", "${", ";", "=>", "?."])
        compile_never_raises("".join(tokens))


@pytest.mark.parametrize("text", [
    "(" * 5000 + "1" + ")" * 5000,
    "let x = " + "[" * 3000,
    "{" * 3000,
    "if (x) " * 2000 + ";",
    "let s = `" + "${`" * 1000,
    "\x00\x01\xff binary \x7f",
    "let x = 1 +",
    "function (",
    '"unterminated',
    "`$(echo",
])
def test_hostile_shapes(text: str):
    compile_never_raises(text)


def test_huge_input_finishes_in_a_subprocess(tmp_path):
    """A 1 MB file compiles or fails cleanly; the subprocess timeout catches a hang."""
    big = tmp_path / "big.shx"
    big.write_text('console.log("x" + 1);\n' * 50_000)
    proc = subprocess.run([sys.executable, "-m", "utah", "compile", str(big), "-o", str(tmp_path / "big.sh")],
                          capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (0, 1)
