"""Sessions of the Utah project. They use the current environment (the .venv that
`.ci/run` creates): run them as `.venv/bin/nox -s NAME`.

    nox -s conformance                 every shell, in ONE pytest run (-n auto)
    nox -s "conformance(dash)"         one shell
    nox -s conformance -- --shell mysh=/opt/bin/sh     packager mode (host executor)
    nox -s conformance -- --snapshot-update            bless changed goldens too
    nox -s golden                      bless golden/ (compiled output) only
    nox -s tests                       unit tests
    nox -s images                      build the Docker shell images
    nox -s lint                        shellcheck + `sh -n` over golden/
    nox -s bench                       every script in bench/
    nox -s coverage                    which cases exercise each built-in / production
    nox -s flaky                       the suite 3 times under xdist: identical cells?
"""
from __future__ import annotations

import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
from conformance.harness.shells import SHELLS  # noqa: E402

nox.options.sessions = ["tests", "conformance"]
nox.options.default_venv_backend = "none"

# The interpreter nox runs in (the .venv), whatever `python` is first on PATH.
PY = sys.executable
PYTEST = [PY, "-m", "pytest", "-p", "no:cacheprovider"]


def _all_variants_selected(session: nox.Session) -> bool:
    """True when nox was asked for `conformance` as a whole (not one `conformance(X)`)."""
    wanted = getattr(session._runner.global_config, "sessions", None) or []
    return not wanted or "conformance" in wanted


@nox.session(python=False)
@nox.parametrize("shell", list(SHELLS), ids=list(SHELLS))
def conformance(session: nox.Session, shell: str) -> None:
    """Run the corpus: `conformance` = all shells in one pytest run; `conformance(X)` = X."""
    if _all_variants_selected(session):
        first = next(iter(SHELLS))
        if shell != first:
            session.skip(f"ran in conformance({first}), which runs every shell in one pytest run")
        selection: list[str] = []
    else:
        selection = [f"--shells={shell}"]
    if any(a == "--shell" or a.startswith("--shell=") or a.startswith("--shells")
           for a in session.posargs):
        selection = []  # the caller chose the shells
    # 4 workers on 2 cores: many cases spend their time waiting for jobs they started
    session.run(*PYTEST, "conformance", "-n", "4", *selection, *session.posargs)


@nox.session(python=False)
def golden(session: nox.Session) -> None:
    """Compile every case for both targets and rewrite golden/ (review the diff, commit)."""
    session.run(*PYTEST, "conformance", "--golden-only", "--snapshot-update", *session.posargs)


@nox.session(python=False)
def tests(session: nox.Session) -> None:
    """Unit tests of the compiler and the harness."""
    session.run(*PYTEST, "tests", "-n", "auto", *session.posargs)


@nox.session(python=False)
def images(session: nox.Session) -> None:
    """Build the Docker images of every shell configuration (needs a running engine)."""
    session.run(PY, "-m", "conformance.harness.images", "build", *session.posargs)


@nox.session(python=False)
def lint(session: nox.Session) -> None:
    """shellcheck and a syntax check (`bash -n` / `dash -n`) of every golden file, with
    the exclusions cases name (conformance/harness/lint.py; the suite runs it too)."""
    session.run(*PYTEST, "conformance", "--golden-only", "-n", "auto", "-k", "lint",
                *session.posargs)


@nox.session(python=False)
def bench(session: nox.Session) -> None:
    """Run every benchmark script in bench/."""
    scripts = sorted((ROOT / "bench").glob("*.py"))
    if not scripts:
        session.error("bench/ holds no scripts")
    for script in scripts:
        session.run(PY, str(script), *session.posargs)


@nox.session(python=False)
def coverage(session: nox.Session) -> None:
    """Write reports/coverage.{md,tsv}: the cases of each built-in and grammar production."""
    session.run(PY, "-m", "conformance.harness.coverage", *session.posargs)


@nox.session(python=False)
def flaky(session: nox.Session) -> None:
    """Run the conformance suite three times (-n auto); fail on any item whose cell differs."""
    session.run(PY, "-m", "conformance.harness.flaky", *session.posargs)
