"""Shell images for the conformance harness, built offline from Debian's mirror.

Each recipe is ``containers/images/NAME.toml``::

    suite = "bookworm"            # Debian suite given to debootstrap
    packages = ["jq", ...]        # installed with apt-get inside the chroot

and is built by ``containers/build-image.sh`` (debootstrap --variant=minbase,
chroot apt-get install, ``tar | docker import``).  The image is tagged
``utah-shells/NAME:<12 hex>``, the hex being a sha256 of the recipe and of the
build script, so an unchanged recipe is never rebuilt.

Command line::

    python -m conformance.harness.images list            # recipes, tags, built or not
    python -m conformance.harness.images build [NAME...] # build what is missing
    python -m conformance.harness.images prune           # remove stale utah-shells/* tags
    python -m conformance.harness.images cleanup         # remove harness containers
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONTAINERS = REPO / "containers"
RECIPES = CONTAINERS / "images"
BUILD_SCRIPT = CONTAINERS / "build-image.sh"
REPOSITORY_PREFIX = "utah-shells/"
CACHE_DIR = Path(os.environ.get("UTAH_DEBOOTSTRAP_CACHE", "/var/cache/utah-debootstrap"))
#: Label carried by every container the harness starts (value: the run id).
CONTAINER_LABEL = "utah-conformance"


@dataclass(frozen=True)
class Recipe:
    name: str
    suite: str
    packages: tuple[str, ...]
    digest: str  # 12 hex digits

    @property
    def repository(self) -> str:
        return REPOSITORY_PREFIX + self.name

    @property
    def tag(self) -> str:
        return f"{self.repository}:{self.digest}"


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def load_recipe(name: str) -> Recipe:
    path = RECIPES / f"{name}.toml"
    if not path.is_file():
        known = ", ".join(recipe_names()) or "none"
        raise KeyError(f"no image recipe {name!r} (known: {known})")
    data = tomllib.loads(path.read_text())
    return Recipe(
        name=name,
        suite=str(data["suite"]),
        packages=tuple(str(p) for p in data.get("packages", ())),
        digest=_digest([path, BUILD_SCRIPT]),
    )


def recipe_names() -> list[str]:
    return sorted(p.stem for p in RECIPES.glob("*.toml"))


def recipes() -> list[Recipe]:
    return [load_recipe(n) for n in recipe_names()]


def image_tag(name: str) -> str:
    """The tag an image built from the current recipe NAME has."""
    return load_recipe(name).tag


# -- docker access (the CLI for streaming imports, the SDK for the rest) -------

def docker_client(timeout: int = 120):
    import docker  # imported lazily: `list` and the host executor don't need it

    return docker.from_env(timeout=timeout)


def local_tags(client=None) -> set[str]:
    """All tags of our images present in the engine."""
    client = client or docker_client()
    tags: set[str] = set()
    for image in client.images.list():
        tags.update(t for t in image.tags if t.startswith(REPOSITORY_PREFIX))
    return tags


def image_present(name: str, client=None) -> bool:
    return image_tag(name) in local_tags(client)


# -- build ---------------------------------------------------------------------

_print_lock = threading.Lock()


def _say(msg: str) -> None:
    with _print_lock:
        print(msg, flush=True)


def build_one(recipe: Recipe) -> float:
    """Builds RECIPE's image; returns the seconds it took.  Raises on failure."""
    start = time.monotonic()
    work = CACHE_DIR / "work" / f"{recipe.name}-{recipe.digest}-{os.getpid()}"
    cmd = [
        "sh", str(BUILD_SCRIPT), recipe.suite, recipe.tag,
        str(CACHE_DIR / recipe.suite), str(work), *recipe.packages,
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    tail: list[str] = []
    for line in proc.stdout:
        line = line.rstrip("\n")
        tail = (tail + [line])[-40:]
        _say(f"  {time.monotonic() - start:6.1f}s {line}")
    if proc.wait() != 0:
        raise RuntimeError(f"building {recipe.tag} failed (exit {proc.returncode}):\n"
                           + "\n".join(tail))
    return time.monotonic() - start


def build(names: list[str] | None = None, jobs: int = 4, force: bool = False) -> dict[str, float]:
    """Builds the missing images among NAMES (default all); returns seconds per built image."""
    wanted = [load_recipe(n) for n in (names or recipe_names())]
    present = local_tags()
    todo = []
    for r in wanted:
        if r.tag in present and not force:
            _say(f"skip  {r.tag} (already built)")
        else:
            todo.append(r)
    if not todo:
        return {}
    for r in todo:
        _say(f"build {r.tag} (debian {r.suite})")
    times: dict[str, float] = {}
    errors: list[str] = []
    total = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(build_one, r): r for r in todo}
        for fut, r in futures.items():
            try:
                times[r.name] = fut.result()
                _say(f"built {r.tag} in {times[r.name]:.1f}s")
            except Exception as exc:  # report every failure, not only the first
                errors.append(str(exc))
                _say(f"FAILED {r.tag}")
    _say(f"total {time.monotonic() - total:.1f}s for {len(todo)} image(s), {jobs} at a time")
    if errors:
        raise RuntimeError("\n\n".join(errors))
    return times


def packages_in(tag: str, client=None, only: tuple[str, ...] = ()) -> dict[str, str]:
    """Package versions recorded in image TAG at build time (/etc/utah-image-packages)."""
    client = client or docker_client()
    out = client.containers.run(tag, ["cat", "/etc/utah-image-packages"], remove=True,
                                network_mode="none")
    versions = dict(line.split(" ", 1) for line in out.decode().splitlines() if " " in line)
    return {p: v for p, v in versions.items() if not only or p in only}


# -- prune / cleanup -----------------------------------------------------------

def prune(client=None) -> list[str]:
    """Removes utah-shells/* tags that no current recipe produces (kept while in use)."""
    import docker

    client = client or docker_client()
    current = {r.tag for r in recipes()}
    removed = []
    for tag in sorted(local_tags(client) - current):
        try:
            client.images.remove(tag, noprune=False)
            removed.append(tag)
        except docker.errors.APIError as exc:
            print(f"kept {tag}: {exc.explanation or exc}", file=sys.stderr)
    return removed


def cleanup(client=None, run_id: str | None = None) -> list[str]:
    """Force-removes every container carrying the harness label (or one run's)."""
    client = client or docker_client()
    label = CONTAINER_LABEL if run_id is None else f"{CONTAINER_LABEL}={run_id}"
    removed = []
    for c in client.containers.list(all=True, filters={"label": label}):
        try:
            c.remove(force=True)
            removed.append(c.name)
        except Exception as exc:  # already gone (auto-remove) is fine
            if "No such container" not in str(exc) and "already in progress" not in str(exc):
                raise
    return removed


# -- CLI -----------------------------------------------------------------------

SHELL_PACKAGES = ("bash", "dash", "busybox", "mksh", "posh", "yash", "zsh", "ksh93u+m",
                  "jq", "coreutils", "procps", "curl")


def _cmd_list(args) -> int:
    try:
        client = docker_client()
        present = local_tags(client)
    except Exception as exc:
        client, present = None, None
        print(f"(no Docker engine answers: {exc.__class__.__name__})")
    from .shells import SHELLS

    for r in recipes():
        state = "?" if present is None else ("built" if r.tag in present else "missing")
        users = ", ".join(s.name for s in SHELLS.values() if s.image == r.name)
        print(f"{r.name:10} {r.tag:34} {state:8} debian {r.suite}; shells: {users}")
        if args.versions and client is not None and r.tag in present:
            for pkg, ver in packages_in(r.tag, client, SHELL_PACKAGES).items():
                print(f"{'':12}{pkg} {ver}")
    return 0


def _cmd_build(args) -> int:
    import docker

    try:
        build(args.names or None, jobs=args.jobs, force=args.force)
    except docker.errors.DockerException as exc:
        print(f"no Docker engine answers ({exc}); start one: containers/dockerd.sh start",
              file=sys.stderr)
        return 1
    except (KeyError, RuntimeError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _cmd_prune(args) -> int:
    removed = prune()
    for tag in removed:
        print(f"removed {tag}")
    if not removed:
        print("nothing stale")
    return 0


def _cmd_cleanup(args) -> int:
    try:
        client = docker_client(timeout=30)
        client.ping()
    except Exception as exc:
        print(f"no Docker engine answers ({exc.__class__.__name__}); nothing to clean up")
        return 0
    removed = cleanup(client, args.run_id)
    print(f"removed {len(removed)} harness container(s)" + (": " + " ".join(removed) if removed else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m conformance.harness.images", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("list", help="show recipes, their tags, and whether they are built")
    p.add_argument("--versions", action="store_true", help="also show shell package versions")
    p.set_defaults(fn=_cmd_list)
    p = sub.add_parser("build", help="build missing images")
    p.add_argument("names", nargs="*", help="recipes to build (default: all)")
    p.add_argument("-j", "--jobs", type=int, default=4, help="parallel builds (default 4)")
    p.add_argument("--force", action="store_true", help="rebuild even if the tag exists")
    p.set_defaults(fn=_cmd_build)
    p = sub.add_parser("prune", help="remove utah-shells/* tags of outdated recipes")
    p.set_defaults(fn=_cmd_prune)
    p = sub.add_parser("cleanup", help="remove every container the harness started")
    p.add_argument("--run-id", help="only this run's containers")
    p.set_defaults(fn=_cmd_cleanup)
    args = ap.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
