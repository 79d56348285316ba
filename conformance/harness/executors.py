"""Run a compiled program in a real shell and capture what it did.

Two executors share one contract (:class:`Executor`):

* :class:`DockerExecutor` runs cases in the shell images built by
  ``python -m conformance.harness.images build``: one long-lived container per
  image per process, each case a ``docker exec`` in a fresh directory.
* :class:`HostExecutor` runs the shells installed on this machine.

Every case sees the same layout, on both executors::

    <case>/main.sh     the program (run as ``../main.sh``, so ``$0`` is "../main.sh")
    <case>/stdin       its standard input
    <case>/work/       the working directory and $HOME, holding the input files

and the same environment: only ``PATH`` (:data:`BASE_PATH`), ``HOME``, ``LANG`` and the
request's ``env``.  The shell is killed (SIGTERM, SIGKILL 2 s later) after
``timeout`` seconds; processes it left behind in its process group are killed
when it exits.  ``status`` is the exit status, ``128+N`` for a shell killed by
signal N, and ``None`` when the case timed out.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import posixpath
import shutil
import signal
import socket
import subprocess
import tarfile
import tempfile
import threading
import time
import uuid
import weakref
from dataclasses import dataclass, field
from typing import Protocol

from . import images
from .shells import ShellSpec

#: PATH given to every case.
BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
#: The program's path as the shell is given it (relative to the working directory).
SCRIPT_ARG = "../main.sh"
#: Seconds between SIGTERM and SIGKILL for a timed-out case.
KILL_AFTER = 2


class ShellNotAvailable(RuntimeError):
    """The executor cannot run this shell here (not installed, image not built)."""


@dataclass
class RunRequest:
    script: str  # the compiled program text
    args: list[str] = field(default_factory=list)
    stdin: bytes = b""
    files: dict[str, bytes] = field(default_factory=dict)  # relative path -> content
    timeout: float = 20.0
    env: dict[str, str] = field(default_factory=dict)  # extra environment
    collect: list[str] = field(default_factory=list)  # relative paths to read back


@dataclass
class RunResult:
    stdout: bytes
    stderr: bytes
    status: int | None  # None when timed out
    timed_out: bool
    seconds: float
    files: dict[str, bytes] = field(default_factory=dict)  # the collected files


class Executor(Protocol):
    kind: str  # "docker" or "host"

    def run(self, shell: ShellSpec, req: RunRequest) -> RunResult: ...

    def close(self) -> None: ...


# -- shared helpers ------------------------------------------------------------

def _relpath(path: str) -> str:
    """Normalizes a case-relative path; rejects absolute ones and escapes."""
    norm = posixpath.normpath(path)
    if (not path or path.startswith("/") or norm == "." or norm == ".."
            or norm.startswith("../") or "\n" in path or "\0" in path):
        raise ValueError(f"case file paths must be relative and stay inside the case: {path!r}")
    return norm


# Programs run in a UTF-8 environment, as on a user's machine: yash cannot even read a
# script with non-ASCII text in the C locale, and mksh counts characters only in UTF-8.
CASE_LANG = "C.UTF-8"


def _case_env(home: str, req: RunRequest) -> dict[str, str]:
    for key in req.env:
        if not key or "=" in key or "\0" in key:
            raise ValueError(f"bad environment variable name {key!r}")
    return {"PATH": BASE_PATH, "HOME": home, "LANG": CASE_LANG, **req.env}


def _status(code: int) -> int:
    """subprocess's -N for a signal becomes the shell convention 128+N."""
    return 128 - code if code < 0 else code


def _case_files(req: RunRequest) -> dict[str, bytes]:
    """Everything the case directory holds before the run, by path relative to it."""
    files = {"main.sh": req.script.encode(), "stdin": req.stdin}
    for rel, data in req.files.items():
        files["work/" + _relpath(rel)] = data
    if req.collect:
        files["collect.list"] = "".join(_relpath(p) + "\n" for p in req.collect).encode()
    return files


# -- host ----------------------------------------------------------------------

class HostExecutor:
    """Runs cases with the shells installed on this machine, one temp dir each."""

    kind = "host"

    def __init__(self, tmp_root: str | None = None):
        self.tmp_root = tmp_root

    @staticmethod
    def resolve(shell: ShellSpec) -> str | None:
        """The host path of SHELL's program, or None if it is not installed."""
        prog = shell.argv[0]
        if os.path.isabs(prog):
            return prog if os.access(prog, os.X_OK) else None
        return shutil.which(prog, path=os.environ.get("PATH", BASE_PATH) + ":" + BASE_PATH)

    def available(self, shell: ShellSpec) -> bool:
        return self.resolve(shell) is not None

    def run(self, shell: ShellSpec, req: RunRequest) -> RunResult:
        exe = self.resolve(shell)
        if exe is None:
            raise ShellNotAvailable(f"{shell.name}: {shell.argv[0]} is not installed on this host")
        with tempfile.TemporaryDirectory(prefix="utah-case-", dir=self.tmp_root) as case:
            files = _case_files(req)
            os.mkdir(os.path.join(case, "work"))
            for rel, data in files.items():
                path = os.path.join(case, rel)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as fh:
                    fh.write(data)
            work = os.path.join(case, "work")
            argv = [exe, *shell.argv[1:], SCRIPT_ARG, *req.args]
            result = self._spawn(argv, work, _case_env(work, req), os.path.join(case, "stdin"),
                                 req.timeout)
            for rel in req.collect:
                path = os.path.join(work, _relpath(rel))
                if os.path.isfile(path):
                    with open(path, "rb") as fh:
                        result.files[rel] = fh.read()
            return result

    @staticmethod
    def _spawn(argv: list[str], cwd: str, env: dict[str, str], stdin_path: str,
               timeout: float) -> RunResult:
        start = time.monotonic()
        with open(stdin_path, "rb") as stdin:
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=stdin, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, start_new_session=True)
        chunks: dict[str, list[bytes]] = {"out": [], "err": []}

        def drain(pipe, into: list[bytes]) -> None:
            with pipe:
                for block in iter(lambda: pipe.read1(65536), b""):
                    into.append(block)

        readers = [threading.Thread(target=drain, args=(proc.stdout, chunks["out"]), daemon=True),
                   threading.Thread(target=drain, args=(proc.stderr, chunks["err"]), daemon=True)]
        for t in readers:
            t.start()
        timed_out = False
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _killpg(proc.pid, signal.SIGTERM)
            try:
                code = proc.wait(timeout=KILL_AFTER)
            except subprocess.TimeoutExpired:
                _killpg(proc.pid, signal.SIGKILL)
                code = proc.wait()
        except BaseException:  # Ctrl-C while waiting: leave nothing running
            _killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise
        _killpg(proc.pid, signal.SIGKILL)  # whatever the shell left behind in its group
        for t in readers:
            t.join(timeout=5)
        return RunResult(stdout=b"".join(chunks["out"]), stderr=b"".join(chunks["err"]),
                         status=None if timed_out else _status(code), timed_out=timed_out,
                         seconds=time.monotonic() - start)

    def close(self) -> None:
        pass


def _killpg(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


# -- docker --------------------------------------------------------------------

# Runs inside the container as `sh -c WRAPPER utah-case CASE_DIR MARKER CMD...`
# with the case directory as a tar on its stdin (one round-trip: no
# put_archive).  The inner `sh -c` records its PID and execs CMD (`timeout
# ...`), which makes that PID its own process group: after the shell exits the
# group is killed, so a background process holding stdout open cannot hang the
# exec.  The case runs in the foreground (an asynchronous list would start the
# program with SIGINT ignored).  With files to collect, MARKER and then a tar of
# them follow the program's stdout.  The case directory is removed in the
# background as the exec ends.
_WRAPPER = r"""
case_dir=$1 marker=$2
shift 2
tar -x -f - -C /tmp && cd "$case_dir/work" || {
    echo "utah-harness: cannot set up $case_dir" >&2
    exit 125
}
sh -c 'echo $$ >../pgid; exec "$@"' utah-run "$@" <../stdin
status=$?
read -r pgid <../pgid && kill -9 "-$pgid" 2>/dev/null
if [ -n "$marker" ]; then
    mkdir ../collect
    while IFS= read -r f; do
        [ -f "$f" ] && cp --parents -- "$f" ../collect/
    done <../collect.list
    printf '%s' "$marker"
    tar -c -f - -C ../collect .
fi
cd / && rm -rf "$case_dir" </dev/null >/dev/null 2>&1 &
exit "$status"
"""

_live: "weakref.WeakSet[DockerExecutor]" = weakref.WeakSet()
_hooks_installed = False
_hooks_lock = threading.Lock()


def _close_all() -> None:
    for ex in list(_live):
        try:
            ex.close()
        except Exception:
            pass


def _on_sigterm(signum, frame) -> None:
    # The main thread may be inside a docker request: remove containers
    # through fresh connections, then die of SIGTERM as we would have.
    for ex in list(_live):
        ex._remove_containers(fresh_client=True)
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _install_hooks() -> None:
    """atexit always; SIGTERM only when nobody else handles it.  SIGINT raises
    KeyboardInterrupt, which unwinds to the atexit hook."""
    global _hooks_installed
    with _hooks_lock:
        if _hooks_installed:
            return
        _hooks_installed = True
        atexit.register(_close_all)
        if threading.current_thread() is threading.main_thread():
            if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
                signal.signal(signal.SIGTERM, _on_sigterm)


@dataclass
class _Box:
    """A running container and the attached stdin that keeps it alive."""

    id: str
    keepalive: object  # socket; when it closes, the container's `cat` exits


class DockerExecutor:
    """Runs cases by `docker exec` in one long-lived container per image.

    Containers start lazily with --init, no network, memory and pids limits,
    and the labels ``utah-conformance=<run_id>`` and
    ``utah-conformance.pid=<pid>``.  Their main process is ``cat`` reading a
    stdin attached from this process: if the process dies however it dies
    (even SIGKILL), the connection closes, the container stops and Docker
    removes it.  close(), an atexit hook and a SIGTERM handler remove them
    promptly too; ``python -m conformance.harness.images cleanup`` removes
    any left by label.
    """

    kind = "docker"

    def __init__(self, client=None, run_id: str | None = None, mem_limit: str = "1g",
                 pids_limit: int = 1024, client_timeout: int = 600):
        import docker

        self._client = client or docker.from_env(timeout=client_timeout)
        self.run_id = run_id or os.environ.get("UTAH_CONFORMANCE_RUN_ID") or uuid.uuid4().hex[:12]
        self.mem_limit = mem_limit
        self.pids_limit = pids_limit
        self._boxes: dict[str, _Box] = {}
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._tags: dict[str, str] = {}
        _live.add(self)
        _install_hooks()

    # -- containers --

    def tag(self, shell: ShellSpec) -> str:
        if not shell.image:
            raise ShellNotAvailable(f"{shell.name} is a host-only shell (no image)")
        if shell.image not in self._tags:
            self._tags[shell.image] = images.image_tag(shell.image)
        return self._tags[shell.image]

    def available(self, shell: ShellSpec) -> bool:
        """True when SHELL's image is built."""
        import docker

        try:
            self._client.images.get(self.tag(shell))
            return True
        except (docker.errors.ImageNotFound, ShellNotAvailable, KeyError):
            return False

    def _box(self, shell: ShellSpec) -> _Box:
        if os.getpid() != self._pid:  # forked: the parent's containers are not ours
            self._boxes, self._pid = {}, os.getpid()
        with self._lock:
            box = self._boxes.get(shell.image)
            if box is None:
                box = self._boxes[shell.image] = self._start(shell)
                _live.add(self)  # again, in case it was closed and is being reused
            return box

    def _start(self, shell: ShellSpec) -> _Box:
        import docker

        api = self._client.api
        tag = self.tag(shell)
        host_config = api.create_host_config(
            init=True, network_mode="none", mem_limit=self.mem_limit,
            memswap_limit=self.mem_limit, pids_limit=self.pids_limit, auto_remove=True)
        config = api.create_container_config(
            tag, ["cat"], stdin_open=True, hostname="utah", host_config=host_config,
            labels={images.CONTAINER_LABEL: self.run_id,
                    images.CONTAINER_LABEL + ".pid": str(os.getpid())})
        # StdinOnce: stdin closes when our attached connection does (the SDK
        # does not expose it), so the container ends with this process.
        config["StdinOnce"] = True
        name = f"utah-{self.run_id}-{shell.image}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        try:
            created = api.create_container_from_config(config, name=name)
        except docker.errors.ImageNotFound:
            raise ShellNotAvailable(
                f"{shell.name}: image {tag} is not built; run "
                f"`python -m conformance.harness.images build {shell.image}`") from None
        cid = created["Id"]
        try:
            sock = api.attach_socket(cid, params={"stdin": 1, "stream": 1})
            api.start(cid)
        except BaseException:
            api.remove_container(cid, force=True)
            raise
        return _Box(cid, sock)

    def _remove_containers(self, fresh_client: bool = False) -> None:
        with self._lock if not fresh_client else contextlib.nullcontext():
            boxes, self._boxes = list(self._boxes.values()), {}
        if not boxes or os.getpid() != self._pid:
            return
        client = self._client
        if fresh_client:
            import docker

            client = docker.from_env(timeout=30)
        for box in boxes:
            try:
                client.api.remove_container(box.id, force=True)
            except Exception:
                pass  # auto-remove got there first
            try:
                box.keepalive.close()  # type: ignore[attr-defined]
            except Exception:
                pass

    def close(self) -> None:
        self._remove_containers()
        _live.discard(self)

    # -- cases --

    def run(self, shell: ShellSpec, req: RunRequest) -> RunResult:
        import docker

        try:
            return self._run(self._box(shell), shell, req)
        except docker.errors.APIError as exc:
            # The container may have died or been removed (OOM, `images cleanup`
            # from elsewhere), even in mid-case: start another, run once more.
            gone = isinstance(exc, docker.errors.NotFound) or "is not running" in str(exc)
            if not gone:
                raise
            with self._lock:
                self._boxes.pop(shell.image, None)
            return self._run(self._box(shell), shell, req)

    def _run(self, box: _Box, shell: ShellSpec, req: RunRequest) -> RunResult:
        from docker.utils.socket import consume_socket_output, demux_adaptor, frames_iter

        api = self._client.api
        case_dir = f"/tmp/case-{uuid.uuid4().hex}"
        env = _case_env(case_dir + "/work", req)
        name = posixpath.basename(case_dir)
        payload = _tar({f"{name}/{k}": v for k, v in _case_files(req).items()}, dirs=[f"{name}/work"])
        marker = f"\n--utah-collect-{uuid.uuid4().hex}--\n" if req.collect else ""
        cmd = ["sh", "-c", _WRAPPER, "utah-case", case_dir, marker,
               "timeout", "-k", str(KILL_AFTER), f"{req.timeout:g}",
               "env", "-i", *(f"{k}={v}" for k, v in env.items()),
               *shell.argv, SCRIPT_ARG, *req.args]
        start = time.monotonic()
        exec_id = api.exec_create(box.id, cmd, stdin=True)["Id"]
        sock = api.exec_start(exec_id, socket=True)
        try:
            raw = getattr(sock, "_sock", sock)
            # timeout(1) ends the case; this only guards against a wedged engine.
            raw.settimeout(req.timeout + KILL_AFTER + 60)
            raw.sendall(payload)
            raw.shutdown(socket.SHUT_WR)  # EOF for the wrapper's tar
            frames = (demux_adaptor(*f) for f in frames_iter(sock, tty=False))
            out, err = consume_socket_output(frames, demux=True)
        finally:
            sock.close()
        code = api.exec_inspect(exec_id)["ExitCode"]
        seconds = time.monotonic() - start
        out, err = out or b"", err or b""
        files: dict[str, bytes] = {}
        if marker:
            out, _, trailer = out.partition(marker.encode())
            files = _untar_collected(trailer, req.collect)
        if code == 125 and err.endswith(f"utah-harness: cannot set up {case_dir}\n".encode()):
            raise RuntimeError(f"could not set up the case in the container: {err.decode(errors='replace')}")
        # timeout(1) exits 124 after SIGTERM, 137 after SIGKILL; only a run that
        # lasted the whole timeout can have been stopped by it.
        timed_out = code in (124, 137) and seconds >= req.timeout
        return RunResult(stdout=out, stderr=err, status=None if timed_out else code,
                         timed_out=timed_out, seconds=seconds, files=files)


def _untar_collected(data: bytes, wanted: list[str]) -> dict[str, bytes]:
    got: dict[str, bytes] = {}
    if data:
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            for member in tar:
                if member.isfile():
                    fh = tar.extractfile(member)
                    assert fh is not None
                    got[posixpath.normpath(member.name)] = fh.read()
    return {rel: got[_relpath(rel)] for rel in wanted if _relpath(rel) in got}


def _tar(files: dict[str, bytes], dirs: list[str]) -> bytes:
    """An in-memory tar of FILES (path -> content) and the directories they need."""
    buf = io.BytesIO()
    now = time.time()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        made: set[str] = set()

        def add_dir(path: str) -> None:
            if path in made or not path:
                return
            add_dir(posixpath.dirname(path))
            info = tarfile.TarInfo(path)
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, now
            tar.addfile(info)
            made.add(path)

        for d in dirs:
            add_dir(d)
        for path, data in files.items():
            add_dir(posixpath.dirname(path))
            info = tarfile.TarInfo(path)
            info.size, info.mode, info.mtime = len(data), 0o755 if path.endswith("main.sh") else 0o644, now
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


# -- choosing ------------------------------------------------------------------

def docker_available() -> bool:
    """True when a Docker engine answers (within about 2 s; never raises)."""
    host = os.environ.get("DOCKER_HOST", "")
    if not host and not os.path.exists("/var/run/docker.sock"):
        return False
    try:
        import docker

        client = docker.from_env(timeout=2)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:
        return False


def make_executor(prefer: str | None = None) -> Executor:
    """A DockerExecutor when an engine answers, else a HostExecutor.

    prefer="host" always gives the host executor; prefer="docker" insists on
    Docker (raises RuntimeError when no engine answers).
    """
    if prefer not in (None, "docker", "host"):
        raise ValueError(f"prefer must be 'docker', 'host' or None, not {prefer!r}")
    if prefer == "host":
        return HostExecutor()
    if docker_available():
        return DockerExecutor()
    if prefer == "docker":
        raise RuntimeError("no Docker engine answers (start one: containers/dockerd.sh start)")
    return HostExecutor()
