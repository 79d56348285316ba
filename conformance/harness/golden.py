"""Golden compiled output: syrupy snapshots stored as real `.sh` files under golden/.

The snapshot of case `<area>/<name>` for target T is `golden/T/<area>__<name>.sh`. syrupy
ties a single-file snapshot to a test by the test module's file name (the folder) and
the test's name (the file stem); so the tests live in conformance/snapshots/bash.py and
posix.py and are functions named `<area>__<name>` (collected by conformance/conftest.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from .casefile import CaseError, discover
from .compiling import compile_case

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "golden"
CASES = REPO / "conformance" / "cases"


class ShellSnapshot(SingleFileSnapshotExtension):
    """One readable `.sh` file per snapshot, in golden/<target>/."""

    _write_mode = WriteMode.TEXT

    def read_snapshot_data_from_location(self, *, snapshot_location: str, snapshot_name: str,
                                         session_id: str):
        """As syrupy reads it, but without newline translation: a compiled program may
        hold a carriage return inside a quoted string."""
        try:
            with open(snapshot_location, encoding=self.get_write_encoding(), newline="") as f:
                return f.read()
        except FileNotFoundError:
            return None
    file_extension = "sh"

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(GOLDEN / test_location.basename)


def _golden_test(case, target: str):
    def test(snapshot):
        if target not in case.targets:
            pytest.skip(f"case is for target {'/'.join(case.targets)} only")
        if case.compile_error:
            pytest.skip("case expects a compile error: no output to keep")
        compiled = compile_case(case, target)
        if compiled.unsupported:
            pytest.skip(compiled.unsupported)
        if not compiled.ok:
            pytest.fail(f"{case.display} does not compile for {target}:\n"
                        f"{compiled.describe()}", pytrace=False)
        assert snapshot == compiled.output  # ShellSnapshot: see conformance/conftest.py

    test.__name__ = case.id
    test.__doc__ = f"golden/{target}/{case.id}.sh is what {case.display} compiles to"
    test.utah_golden_case = case
    return test


def golden_tests(target: str) -> dict:
    """{`area__name`: test function} for every case of the corpus."""
    try:
        cases = discover(CASES)
    except CaseError:
        return {}  # the .shx items report the malformed case with its file:line
    return {case.id: _golden_test(case, target) for case in cases}
