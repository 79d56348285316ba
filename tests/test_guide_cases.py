"""The corpus holds the guide's programs as the guide wrote them (issue #3: "compile
unchanged"): each program must appear character for character in one verbatim case or
library of conformance/cases/guide, so that an edit made to get a case passing cannot
slip in unnoticed. The corrected variants (`*_fixed.shx`) are separate files."""
from __future__ import annotations

from pathlib import Path

import pytest

from utah_run import GUIDE_PROGRAMS

GUIDE_CASES = Path(__file__).resolve().parents[1] / "conformance" / "cases" / "guide"


@pytest.mark.parametrize("index", range(8))
def test_guide_program_is_in_the_corpus_verbatim(index):
    assert len(GUIDE_PROGRAMS) == 8
    holders = [path.name for path in sorted(GUIDE_CASES.rglob("*.shx*"))
               if not path.stem.endswith("_fixed")
               and GUIDE_PROGRAMS[index] in path.read_text(encoding="utf-8")]
    assert len(holders) == 1, f"guide program {index + 1} is verbatim in {holders or 'no case'}"
