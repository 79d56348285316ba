"""Random programs (tests/differential.py) compiled for both targets, run in bash and dash,
and compared with Node.js running the same program: LANGUAGE.md §4's "JavaScript
semantics, tested against Node.js", on programs nobody wrote by hand. The seeds are
fixed, so a failure names a program that can be printed again
(`differential.program(seed)`); more seeds: `python tests/differential.py FIRST COUNT`.
The first runs of these programs found five bugs (the commits of 2026-12-05)."""
from __future__ import annotations

import shutil

import pytest

import utah
from differential import program, run_compiled, run_node, same_output

SEEDS = range(40)


@pytest.fixture(scope="module")
def node_available() -> None:
    if shutil.which("node") is None:
        pytest.fail("node is required as the JavaScript oracle")


@pytest.mark.parametrize("seed", SEEDS)
def test_random_program_prints_what_node_prints(seed, node_available):
    source, javascript = program(seed)
    expected = run_node(javascript)
    for target, shell in (("bash", "bash"), ("posix", "dash")):
        result = utah.compile_source(source, f"seed{seed}.shx", target)
        assert result.ok, result.format_diagnostics()
        run = run_compiled(result.output, shell)
        assert (same_output(run.stdout, expected), run.stderr, run.returncode) == (True, "", 0), (
            f"seed {seed}, {target}:\n{source}\n--- utah\n{run.stdout}\n--- node\n{expected}")
