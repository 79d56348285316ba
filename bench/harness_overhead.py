"""Per-case overhead of the conformance executors.

    python bench/harness_overhead.py [-n 50] [--shell dash] [--host-only]

Runs a trivial script N times through HostExecutor and DockerExecutor (after a
warm-up run that starts the container) and prints the mean and median wall
time of ``Executor.run`` minus the same script's own run time on this host
(a bare ``subprocess.run([shell, script])``).  A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from conformance.harness import images  # noqa: E402
from conformance.harness.executors import (  # noqa: E402
    DockerExecutor,
    HostExecutor,
    RunRequest,
    docker_available,
)
from conformance.harness.shells import SHELLS  # noqa: E402

SCRIPT = 'echo "hello $1"; read -r line; echo "$line" >&2\n'


def _times(fn, n: int) -> list[float]:
    fn()  # warm-up (starts the container, fills caches)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def _line(label: str, samples: list[float], base: float) -> str:
    mean, median = statistics.fmean(samples), statistics.median(samples)
    return (f"{label:28} run mean {mean * 1000:7.1f} ms  median {median * 1000:7.1f} ms  "
            f"overhead mean {(mean - base) * 1000:7.1f} ms  median {(median - base) * 1000:7.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=50, help="runs per executor (default 50)")
    ap.add_argument("--shell", default="dash", choices=sorted(SHELLS), help="configuration (default dash)")
    ap.add_argument("--host-only", action="store_true")
    args = ap.parse_args()
    spec = SHELLS[args.shell]
    req = RunRequest(script=SCRIPT, args=["world"], stdin=b"line\n")

    host = HostExecutor()
    exe = host.resolve(spec)
    if exe is None:
        print(f"{spec.argv[0]} is not installed on this host", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "main.sh")
        Path(script).write_text(SCRIPT)
        bare = _times(lambda: subprocess.run([exe, *spec.argv[1:], script, "world"], input=b"line\n",
                                             capture_output=True, check=True), args.n)
    base = statistics.median(bare)
    print(f"shell {spec.name} ({' '.join(spec.argv)}), {args.n} runs each, 2 cores")
    print(f"{'bare subprocess on host':28} run mean {statistics.fmean(bare) * 1000:7.1f} ms  "
          f"median {base * 1000:7.1f} ms  (the baseline subtracted below)")
    print(_line("HostExecutor", _times(lambda: host.run(spec, req), args.n), base))

    if args.host_only:
        return 0
    if not docker_available():
        print("DockerExecutor: no Docker engine answers (containers/dockerd.sh start)")
        return 0
    docker_ex = DockerExecutor(run_id="bench-" + uuid.uuid4().hex[:8])
    try:
        if not docker_ex.available(spec):
            print(f"DockerExecutor: image {spec.image} not built")
            return 0
        t = time.perf_counter()
        first = docker_ex.run(spec, req)
        print(f"DockerExecutor first run (starts the container): {(time.perf_counter() - t) * 1000:.0f} ms")
        assert first.stdout == b"hello world\n" and first.stderr == b"line\n", first
        samples = _times(lambda: docker_ex.run(spec, req), args.n)
        print(_line(f"DockerExecutor [{images.image_tag(spec.image)}]", samples, base))
        collect = RunRequest(script=SCRIPT + "echo x >out\n", args=["world"], stdin=b"line\n",
                             files={"in": b"data"}, collect=["out"])
        print(_line("DockerExecutor +files/collect", _times(lambda: docker_ex.run(spec, collect), args.n), base))
    finally:
        docker_ex.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
