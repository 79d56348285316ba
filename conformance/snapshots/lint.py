"""shellcheck and `sh -n` over the golden files of the selected cases (harness/lint.py)."""
import pytest

from conformance.harness.casefile import CaseError, discover, selected
from conformance.harness.golden import CASES
from conformance.harness.lint import BATCHES, DIALECTS, findings, golden_files


@pytest.mark.parametrize("batch", range(BATCHES))
@pytest.mark.parametrize("target", sorted(DIALECTS))
def test_golden_files_pass_shellcheck_and_syntax_check(pytestconfig, target, batch):
    try:
        cases = discover(CASES)
    except CaseError:
        pytest.skip("a malformed case: its .shx item reports it")
    chosen = [c for c in cases if selected(c, pytestconfig.getoption("--cases"))]
    files = golden_files(chosen, target, batch)
    if not files:
        pytest.skip("no golden file in this batch")
    problems = findings(files, target)
    assert not problems, "\n".join(problems)
