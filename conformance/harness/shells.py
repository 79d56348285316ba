"""The shell configurations compiled programs are run in.

Each :class:`ShellSpec` names the compiler target it checks (``bash`` or
``posix``), the image recipe (``containers/images/<image>.toml``) it runs in
under the Docker executor, and the argv that starts it on a script file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ShellSpec:
    name: str  # e.g. "bash-bookworm", "dash", "zsh"
    target: str  # the compiler's --target: "bash" or "posix"
    image: str  # image recipe name this shell runs in ("" for host-only shells)
    argv: tuple[str, ...]  # how to start the shell on a script file

    def __post_init__(self) -> None:
        if self.target not in ("bash", "posix"):
            raise ValueError(f"{self.name}: target must be 'bash' or 'posix', not {self.target!r}")
        if not self.argv:
            raise ValueError(f"{self.name}: empty argv")


def _spec(name: str, target: str, image: str, *argv: str) -> ShellSpec:
    return ShellSpec(name, target, image, tuple(argv))


#: All configurations, by name.  The four bash versions come from four Debian
#: suites; every POSIX shell runs in the bookworm image.
SHELLS: dict[str, ShellSpec] = {
    s.name: s
    for s in (
        _spec("bash-bullseye", "bash", "bullseye", "bash"),
        _spec("bash-bookworm", "bash", "bookworm", "bash"),
        _spec("bash-trixie", "bash", "trixie", "bash"),
        _spec("bash-sid", "bash", "sid", "bash"),
        _spec("dash", "posix", "bookworm", "dash"),
        _spec("ash", "posix", "bookworm", "busybox", "ash"),
        _spec("mksh", "posix", "bookworm", "mksh"),
        _spec("posh", "posix", "bookworm", "posh"),
        _spec("yash", "posix", "bookworm", "yash"),
        _spec("zsh", "posix", "bookworm", "zsh", "--emulate", "sh"),
        _spec("ksh93", "posix", "bookworm", "ksh93"),
        _spec("bash-posix", "posix", "bookworm", "bash", "--posix"),
    )
}


def host_shell(name: str, path: str) -> ShellSpec:
    """A shell installed on this machine (packager mode, ``NAME=/path/to/sh``).

    When NAME is a known configuration whose program matches PATH's file name
    (``zsh=/usr/bin/zsh``, ``ash=/bin/busybox``, ``bash-posix=/bin/bash``), its
    extra arguments and target are kept; ``ash=/bin/ash`` (a busybox link) runs
    PATH alone.  Otherwise the target is ``bash`` when NAME starts with "bash",
    else ``posix``.
    """
    if not name:
        raise ValueError("host shell needs a name")
    path = os.path.abspath(os.path.expanduser(path))
    known = SHELLS.get(name)
    if known is not None:
        extra = known.argv[1:] if os.path.basename(path).startswith(known.argv[0]) else ()
        return ShellSpec(name, known.target, "", (path, *extra))
    target = "bash" if name.startswith("bash") else "posix"
    return ShellSpec(name, target, "", (path,))


def parse_host_shells(text: str) -> list[ShellSpec]:
    """Parses ``NAME=/path[,NAME=/path...]`` (the packager-mode option's value)."""
    specs = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, sep, path = item.partition("=")
        if not sep or not path:
            raise ValueError(f"expected NAME=/path/to/shell, got {item!r}")
        specs.append(host_shell(name.strip(), path.strip()))
    return specs
