"""Real runs of the conformance executors: host shells always, Docker images when an engine answers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from conformance.harness import images
from conformance.harness.executors import (
    DockerExecutor,
    HostExecutor,
    RunRequest,
    ShellNotAvailable,
    docker_available,
    make_executor,
)
from conformance.harness.shells import SHELLS, ShellSpec, host_shell, parse_host_shells

REPO = Path(__file__).resolve().parents[1]
DOCKER = docker_available()
NO_DOCKER = "no Docker engine answers (start one with containers/dockerd.sh start)"


def _built_images() -> set[str]:
    if not DOCKER:
        return set()
    present = images.local_tags()
    return {r.name for r in images.recipes() if r.tag in present}


BUILT = _built_images()
# One shell per image for the behaviour tests; every configuration for the smoke test.
PER_IMAGE = {}
for _spec in SHELLS.values():
    PER_IMAGE.setdefault(_spec.image, _spec)
HOST_SHELLS = [s for s in (SHELLS["bash-bookworm"], SHELLS["dash"]) if HostExecutor.resolve(s)]


def _docker_param(spec: ShellSpec):
    marks = []
    if not DOCKER:
        marks.append(pytest.mark.skip(reason=NO_DOCKER))
    elif spec.image not in BUILT:
        marks.append(pytest.mark.skip(
            reason=f"image {spec.image} not built (python -m conformance.harness.images build {spec.image})"))
    return pytest.param(("docker", spec), id=f"docker-{spec.name}", marks=marks)


CASES = [pytest.param(("host", s), id=f"host-{s.name}") for s in HOST_SHELLS] + [
    _docker_param(s) for s in PER_IMAGE.values()
]


@pytest.fixture(scope="module")
def executors():
    made = {"host": HostExecutor()}
    if DOCKER:
        made["docker"] = DockerExecutor(run_id="test-" + uuid.uuid4().hex[:8])
    yield made
    for ex in made.values():
        ex.close()


@pytest.fixture(params=CASES)
def target(request, executors):
    kind, spec = request.param
    return executors[kind], spec


def _labelled(run_id: str) -> list:
    client = images.docker_client(timeout=30)
    return client.containers.list(all=True, filters={"label": f"{images.CONTAINER_LABEL}={run_id}"})


# -- behaviour, on every executor ----------------------------------------------


def test_echo_and_args(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script='echo "hello $#:$1:$2"; echo "$0"', args=["a b", "c"]))
    assert r.stdout == b"hello 2:a b:c\n../main.sh\n"
    assert r.stderr == b""
    assert r.status == 0 and not r.timed_out
    assert r.seconds < 5


def test_stdin(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script="while IFS= read -r l; do echo \"<$l>\"; done",
                                 stdin=b"one\ntwo words\n"))
    assert r.stdout == b"<one>\n<two words>\n"
    assert r.status == 0


def test_empty_stdin_is_eof(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script="cat; echo end"))
    assert r.stdout == b"end\n"


def test_input_files_cwd_and_home(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(
        script='cat in.txt sub/dir/data; [ "$HOME" = "$(pwd)" ] && echo home-is-cwd; ls -A | sort',
        files={"in.txt": b"first\n", "sub/dir/data": b"\x00\x01binary\n"}))
    assert r.stdout == b"first\n\x00\x01binary\nhome-is-cwd\nin.txt\nsub\n"
    assert r.status == 0


def test_collect_files(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(
        script="printf 'out\\n' >out.txt; mkdir -p d/e; printf x >d/e/f; printf edited >>in",
        files={"in": b"orig-"},
        collect=["out.txt", "d/e/f", "in", "missing.txt"]))
    assert r.status == 0
    assert r.files == {"out.txt": b"out\n", "d/e/f": b"x", "in": b"orig-edited"}


def test_status_and_stderr_apart(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script="echo to-out; echo to-err >&2; exit 7"))
    assert (r.stdout, r.stderr, r.status, r.timed_out) == (b"to-out\n", b"to-err\n", 7, False)


def test_environment(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script='echo "$GREETING|$PATH"; env | grep -c "^UTAH_" || true',
                                 env={"GREETING": "hi there"}))
    assert r.stdout.split(b"\n")[0] == b"hi there|/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    assert r.stdout.split(b"\n")[1] == b"0"


def test_timeout(target):
    ex, shell = target
    start = time.monotonic()
    r = ex.run(shell, RunRequest(script="echo started; sleep 30; echo never", timeout=1))
    elapsed = time.monotonic() - start
    assert r.timed_out and r.status is None
    assert r.stdout == b"started\n"
    assert elapsed < 5


def test_timeout_ignoring_sigterm(target):
    ex, shell = target
    start = time.monotonic()
    r = ex.run(shell, RunRequest(script="trap '' TERM; sleep 30", timeout=1))
    assert r.timed_out and r.status is None
    assert time.monotonic() - start < 7


def test_background_process_left_behind_does_not_hang(target):
    ex, shell = target
    start = time.monotonic()
    r = ex.run(shell, RunRequest(script="sleep 30 & echo done", timeout=10))
    assert (r.stdout, r.status, r.timed_out) == (b"done\n", 0, False)
    assert time.monotonic() - start < 5


def test_killed_by_signal(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script="kill -9 $$"))
    assert (r.status, r.timed_out) == (137, False)


def test_exit_124_is_not_a_timeout(target):
    ex, shell = target
    r = ex.run(shell, RunRequest(script="exit 124", timeout=5))
    assert (r.status, r.timed_out) == (124, False)


def test_cases_do_not_share_files(target):
    ex, shell = target
    ex.run(shell, RunRequest(script="echo x >left-over", collect=["left-over"]))
    r = ex.run(shell, RunRequest(script="ls -A"))
    assert (r.stdout, r.status) == (b"", 0)


def test_case_directories_are_removed(executors):
    _needs_bookworm()
    ex = executors["docker"]
    for collect in ([], ["f"], ["f"], []):
        ex.run(SHELLS["dash"], RunRequest(script="echo >f", collect=collect))
    # Removal runs in the background as each exec ends: allow it a moment.
    script = "for i in 1 2 3 4 5 6 7 8 9 10; do [ $(ls -d /tmp/case-* | wc -l) = 1 ] && break; sleep 0.2; done; ls -d /tmp/case-* | wc -l"
    r = ex.run(SHELLS["dash"], RunRequest(script=script))
    assert r.stdout.strip() == b"1"  # only this case's own


def test_bad_paths_are_rejected(executors):
    for bad in ("/etc/passwd", "../x", "a/../../x", ""):
        with pytest.raises(ValueError):
            executors["host"].run(SHELLS["dash"], RunRequest(script="true", files={bad: b""}))


# -- every shell configuration starts, in its image ----------------------------


@pytest.mark.parametrize("name", sorted(SHELLS))
def test_every_shell_in_docker(name, executors):
    if not DOCKER:
        pytest.skip(NO_DOCKER)
    spec = SHELLS[name]
    if spec.image not in BUILT:
        pytest.skip(f"image {spec.image} not built")
    script = 'x=$(printf "%s" "$1" | jq -r .a); echo "$x"; set -- 1 2 3; echo $#; echo "${BASH_VERSION:+bash}"'
    r = executors["docker"].run(spec, RunRequest(script=script, args=['{"a": "ok"}']))
    assert r.status == 0, r.stderr
    lines = r.stdout.decode().split("\n")
    assert lines[:2] == ["ok", "3"]
    assert (lines[2] == "bash") == spec.argv[0].endswith("bash")


UTILITIES = ("jq awk sed grep find xargs sort cut tr head tail wc date mktemp base64 timeout env "
             "ps pgrep pkill free uptime top kill curl flock getopt tput")


@pytest.mark.parametrize("image", sorted(images.recipe_names()))
def test_image_has_utilities(image, executors):
    if not DOCKER:
        pytest.skip(NO_DOCKER)
    if image not in BUILT:
        pytest.skip(f"image {image} not built")
    spec = next(s for s in SHELLS.values() if s.image == image)
    script = f"for u in {UTILITIES}; do command -v \"$u\" >/dev/null || echo \"missing $u\"; done; free >/dev/null && ps -e >/dev/null && echo fine"
    r = executors["docker"].run(spec, RunRequest(script=script))
    assert (r.stdout, r.status) == (b"fine\n", 0), r.stderr


def test_bash_versions_differ():
    if not DOCKER:
        pytest.skip(NO_DOCKER)
    if not {"bullseye", "bookworm", "trixie", "sid"} <= BUILT:
        pytest.skip("not every bash image is built")
    ex = DockerExecutor(run_id="test-ver-" + uuid.uuid4().hex[:8])
    try:
        versions = {n: ex.run(SHELLS[n], RunRequest(script='echo "$BASH_VERSION"')).stdout.strip()
                    for n in ("bash-bullseye", "bash-bookworm", "bash-trixie", "bash-sid")}
    finally:
        ex.close()
    assert versions["bash-bullseye"].startswith(b"5.1")
    assert versions["bash-bookworm"].startswith(b"5.2.15")
    assert len(set(versions.values())) >= 3, versions


# -- no containers left behind --------------------------------------------------


def _needs_bookworm():
    if not DOCKER:
        pytest.skip(NO_DOCKER)
    if "bookworm" not in BUILT:
        pytest.skip("image bookworm not built")


def test_close_removes_containers():
    _needs_bookworm()
    run_id = "test-close-" + uuid.uuid4().hex[:8]
    ex = DockerExecutor(run_id=run_id)
    wanted = [SHELLS["dash"]] + [SHELLS[f"bash-{s}"] for s in ("bullseye", "trixie") if s in BUILT]
    for spec in wanted:
        assert ex.run(spec, RunRequest(script="echo hi")).stdout == b"hi\n"
    labelled = _labelled(run_id)
    assert len(labelled) == len(wanted)
    assert all(c.labels[images.CONTAINER_LABEL + ".pid"] == str(os.getpid()) for c in labelled)
    ex.close()
    assert _labelled(run_id) == []


def test_container_settings():
    _needs_bookworm()
    ex = DockerExecutor(run_id="test-cfg-" + uuid.uuid4().hex[:8])
    try:
        r = ex.run(SHELLS["dash"], RunRequest(
            script="cat /sys/class/net/*/operstate 2>/dev/null | sort -u; ls /sys/class/net; ps -o comm= -p 1"))
        assert r.status == 0
        assert r.stdout.split() [-2:] == [b"lo", b"docker-init"]
        attrs = images.docker_client().containers.get(next(iter(ex._boxes.values())).id).attrs["HostConfig"]
        assert attrs["NetworkMode"] == "none" and attrs["Init"] is True
        assert attrs["Memory"] > 0 and attrs["PidsLimit"] > 0
    finally:
        ex.close()


_CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {repo!r})
    from conformance.harness.executors import DockerExecutor, RunRequest
    from conformance.harness.shells import SHELLS
    ex = DockerExecutor(run_id={run_id!r})
    ex.run(SHELLS["dash"], RunRequest(script="true"))
    print("ready", flush=True)
    time.sleep(60)
""")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_killed_process_leaves_no_container(sig):
    _needs_bookworm()
    run_id = "test-kill-" + uuid.uuid4().hex[:8]
    child = subprocess.Popen([sys.executable, "-c", _CHILD.format(repo=str(REPO), run_id=run_id)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "ready\n"
        assert len(_labelled(run_id)) == 1
        child.send_signal(sig)
        # (removing the container can take a docker engine busy with a test run many
        # seconds: this waits for the end, not for speed)
        child.wait(timeout=90)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    deadline = time.monotonic() + 15
    while _labelled(run_id) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _labelled(run_id) == []


def test_cleanup_command_removes_labelled_containers():
    _needs_bookworm()
    run_id = "test-cleanup-" + uuid.uuid4().hex[:8]
    ex = DockerExecutor(run_id=run_id)
    ex.run(SHELLS["dash"], RunRequest(script="true"))
    assert len(_labelled(run_id)) == 1
    out = subprocess.run([sys.executable, "-m", "conformance.harness.images", "cleanup", "--run-id", run_id],
                         cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert "removed 1" in out
    assert _labelled(run_id) == []
    ex.close()  # nothing left to remove: must not raise


def test_container_removed_from_outside_is_replaced():
    _needs_bookworm()
    run_id = "test-gone-" + uuid.uuid4().hex[:8]
    ex = DockerExecutor(run_id=run_id)
    try:
        ex.run(SHELLS["dash"], RunRequest(script="true"))
        images.cleanup(run_id=run_id)
        assert ex.run(SHELLS["dash"], RunRequest(script="echo again")).stdout == b"again\n"
    finally:
        ex.close()
    assert _labelled(run_id) == []


def test_missing_image_is_reported(tmp_path):
    if not DOCKER:
        pytest.skip(NO_DOCKER)
    ex = DockerExecutor(run_id="test-miss-" + uuid.uuid4().hex[:8])
    try:
        ex._tags["nosuch"] = "utah-shells/nosuch:000000000000"
        spec = ShellSpec("fake", "posix", "nosuch", ("sh",))
        assert not ex.available(spec)
        with pytest.raises(ShellNotAvailable, match="not built"):
            ex.run(spec, RunRequest(script="true"))
    finally:
        ex.close()


# -- shells and executor choice --------------------------------------------------


def test_shell_table():
    assert len(SHELLS) == 12
    assert {s.name for s in SHELLS.values() if s.target == "bash"} == {
        "bash-bullseye", "bash-bookworm", "bash-trixie", "bash-sid"}
    assert SHELLS["zsh"].argv == ("zsh", "--emulate", "sh")
    assert SHELLS["bash-posix"].target == "posix"
    assert all((images.RECIPES / f"{s.image}.toml").is_file() for s in SHELLS.values())


def test_host_shell():
    assert host_shell("bash", "/bin/bash") == ShellSpec("bash", "bash", "", ("/bin/bash",))
    assert host_shell("bash5", "/opt/bash").target == "bash"
    assert host_shell("mysh", "/bin/sh") == ShellSpec("mysh", "posix", "", ("/bin/sh",))
    assert host_shell("zsh", "/usr/bin/zsh").argv == ("/usr/bin/zsh", "--emulate", "sh")
    assert host_shell("ash", "/bin/busybox").argv == ("/bin/busybox", "ash")
    assert host_shell("ash", "/bin/ash").argv == ("/bin/ash",)
    assert host_shell("bash-posix", "/bin/bash").target == "posix"
    assert [s.name for s in parse_host_shells("dash=/bin/dash, bash=/bin/bash")] == ["dash", "bash"]
    with pytest.raises(ValueError):
        parse_host_shells("dash")


def test_host_shell_runs(executors):
    r = executors["host"].run(host_shell("sh", "/bin/sh"), RunRequest(script="echo ok"))
    assert r.stdout == b"ok\n"
    with pytest.raises(ShellNotAvailable):
        executors["host"].run(host_shell("gone", "/nonexistent/sh"), RunRequest(script="true"))


def test_make_executor():
    host = make_executor("host")
    assert host.kind == "host"
    chosen = make_executor()
    try:
        assert chosen.kind == ("docker" if DOCKER else "host")
    finally:
        chosen.close()
    with pytest.raises(ValueError):
        make_executor("podman")


def test_docker_available_is_fast_and_quiet(monkeypatch):
    start = time.monotonic()
    assert docker_available() == DOCKER
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent.sock")
    assert docker_available() is False
    assert time.monotonic() - start < 5
