"""Parse a conformance case: a `.shx` program whose expectations live in `//##` comments.

The syntax is documented in conformance/README.md. In short:

    //## stdout: one line            single-line directive (lower case name)
    //## STDOUT:                     block directive (upper case name) ...
    // line one                      ... whose lines are `//` comments ...
    //## END                         ... closed by END
    //## BUG mksh stdout: x          a per-shell deviation (OK, BUG, N-I) of one expectation
    //## BUG mksh: why               the reason a deviation exists (required for BUG and N-I)

Every malformed directive raises `CaseError` naming FILE:LINE.
"""
from __future__ import annotations

import fnmatch
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

DIRECTIVE = re.compile(r"^\s*//##(.*)$")
# `stdout: text`, `OK dash/mksh stdout: text`, `FILE: name`, `BUG mksh: reason`
HEAD = re.compile(r"^\s*(?:(OK|BUG|N-I)\s+(\S+)\s*)?([A-Za-z][A-Za-z-]*)?\s*:(.*)$")

# Expectation keys: (single-line name, block name); a deviation may override each of them.
EXPECT_KEYS = ("stdout", "stderr", "status", "stdout-match", "stderr-match")
DEVIATIONS = ("OK", "BUG", "N-I")
TARGETS = ("bash", "posix")
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# `SC3028 SC2034: the program's own raw shell code uses $RANDOM` (a reason is required)
SHELLCHECK_EXCLUDE = re.compile(r"^((?:SC\d{4}[\s,]*)+):\s*\S.*$")


class CaseError(Exception):
    """A malformed case file; the message starts with FILE:LINE."""


@dataclass
class Expect:
    """What a run must produce. `None` means: not checked."""

    stdout: str | None = None
    stderr: str | None = None
    status: int | None = None
    stdout_match: str | None = None
    stderr_match: str | None = None
    files: dict[str, str] = field(default_factory=dict)  # collected file -> exact content

    def merged(self, other: "Expect") -> "Expect":
        """This expectation with every key `other` sets replaced by other's value."""
        out = Expect(**{k: getattr(self, k) for k in ("stdout", "stderr", "status",
                                                      "stdout_match", "stderr_match")},
                     files=dict(self.files))
        for key in ("stdout", "stderr", "status", "stdout_match", "stderr_match"):
            if getattr(other, key) is not None:
                setattr(out, key, getattr(other, key))
        out.files.update(other.files)
        return out

    def is_empty(self) -> bool:
        return self == Expect()


@dataclass
class Deviation:
    """`OK|BUG|N-I SHELLS ...`: a known way some shells differ from the main expectation."""

    kind: str                      # OK, BUG or N-I
    shells: tuple[str, ...]        # shell names, targets (bash, posix) or fnmatch patterns
    expect: Expect = field(default_factory=Expect)
    reason: str = ""
    line: int = 0

    def applies_to(self, shell: str, target: str) -> bool:
        return any(p == target or fnmatch.fnmatchcase(shell, p) for p in self.shells)


@dataclass
class CompileErrorExpect:
    line: int | None
    col: int | None
    message: str


@dataclass
class Case:
    path: Path
    area: str
    name: str
    source: str
    expect: Expect = field(default_factory=Expect)
    deviations: list[Deviation] = field(default_factory=list)
    args: list[str] = field(default_factory=list)
    stdin: bytes = b""
    files: dict[str, bytes] = field(default_factory=dict)
    collect: list[str] = field(default_factory=list)
    timeout: float = 20.0
    tags: tuple[str, ...] = ()
    targets: tuple[str, ...] = TARGETS
    xfail: str | None = None
    compile_error: CompileErrorExpect | None = None
    driver: str | None = None      # file name of a driver script beside the case
    shellcheck_exclude: tuple[str, ...] = ()  # codes the lint of its compiled output skips

    @property
    def id(self) -> str:
        """`area__name`: the golden file's stem (no `/`, see ENVIRONMENT.md on syrupy)."""
        return f"{self.area}__{self.name}"

    @property
    def display(self) -> str:
        return f"{self.area}/{self.name}"

    def deviation_for(self, shell: str, target: str) -> Deviation | None:
        """The first deviation naming this shell (exact names win over targets/patterns)."""
        exact = [d for d in self.deviations if shell in d.shells]
        found = exact or [d for d in self.deviations if d.applies_to(shell, target)]
        return found[0] if found else None

    def driver_path(self) -> Path | None:
        return self.path.parent / self.driver if self.driver else None


def _decode_json_string(text: str, where: str) -> str:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        raise CaseError(f"{where}: not a JSON string literal: {e.msg}") from None
    if not isinstance(value, str):
        raise CaseError(f"{where}: expected a JSON string literal")
    return value


def _int(text: str, where: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise CaseError(f"{where}: {what} must be an integer, got {text.strip()!r}") from None


class _Parser:
    def __init__(self, path: Path, text: str, area: str, name: str):
        self.path = path
        self.lines = text.split("\n")
        self.case = Case(path=path, area=area, name=name, source=text)
        self.seen: set[tuple[str, str]] = set()

    def where(self, lineno: int) -> str:
        return f"{self.path}:{lineno}"

    def parse(self) -> Case:
        i = 0
        while i < len(self.lines):
            m = DIRECTIVE.match(self.lines[i])
            if not m:
                i += 1
                continue
            i = self.directive(m.group(1), i)
        self.finish()
        return self.case

    def block(self, start: int, what: str) -> tuple[str, int]:
        """Lines after `start` up to `//## END`; each must be a `//` comment."""
        body: list[str] = []
        j = start + 1
        while j < len(self.lines):
            line = self.lines[j]
            m = DIRECTIVE.match(line)
            if m:
                if m.group(1).strip() == "END":
                    return "".join(b + "\n" for b in body), j + 1
                raise CaseError(f"{self.where(j + 1)}: {what} block (line {start + 1}) "
                                f"is not closed: `//## END` expected before another directive")
            stripped = line.strip()
            if not any(rest.strip() for rest in self.lines[j:]):
                break  # only blank lines are left: the block was never closed
            if not stripped.startswith("//"):
                raise CaseError(f"{self.where(j + 1)}: line of a {what} block must start "
                                f"with `//` (block opened at line {start + 1})")
            content = stripped[2:]
            body.append(content[1:] if content.startswith(" ") else content)
            j += 1
        raise CaseError(f"{self.where(start + 1)}: {what} block has no `//## END`")

    def directive(self, rest: str, i: int) -> int:
        where = self.where(i + 1)
        if rest.strip() == "END":
            raise CaseError(f"{where}: `//## END` without an open block")
        m = HEAD.match(rest)
        if not m:
            raise CaseError(f"{where}: cannot read directive {rest.strip()!r}; "
                            f"expected `//## name: value`")
        kind, shells, name, value = m.groups()
        name = name or ""
        value = value.strip()
        nxt = i + 1
        if kind and not name:                                   # `BUG mksh: reason`
            if not value:
                raise CaseError(f"{where}: {kind} {shells}: the reason is empty")
            self.deviation(kind, shells, i).reason = value
            return nxt
        is_block = name.isupper()
        lname = name.lower()
        if is_block and lname not in ("stdout", "stderr", "stdin", "file", "collect"):
            raise CaseError(f"{where}: unknown block directive {name!r}")
        if is_block:
            if lname in ("stdout", "stderr", "stdin") and value:
                raise CaseError(f"{where}: {name}: opens a block; write the text on the "
                                f"following `//` lines, or use `{lname}: text`")
            text, nxt = self.block(i, name)
        else:
            text = value
        if kind:
            self.deviation_expect(self.deviation(kind, shells, i), lname, text, is_block, i)
            return nxt
        self.plain(lname, text, is_block, value, i)
        return nxt

    def once(self, key: str, i: int, scope: str = "") -> None:
        if (scope, key) in self.seen:
            raise CaseError(f"{self.where(i + 1)}: {key} given twice"
                            + (f" for {scope}" if scope else ""))
        self.seen.add((scope, key))

    def deviation(self, kind: str, shells: str, i: int) -> Deviation:
        names = tuple(s for s in re.split(r"[/,]", shells) if s)
        for d in self.case.deviations:
            if d.kind == kind and d.shells == names:
                return d
        for s in names:
            for d in self.case.deviations:
                if s in d.shells:
                    raise CaseError(f"{self.where(i + 1)}: shell {s!r} already has a "
                                    f"{d.kind} deviation (line {d.line})")
        d = Deviation(kind=kind, shells=names, line=i + 1)
        self.case.deviations.append(d)
        return d

    def expectation(self, exp: Expect, key: str, text: str, is_block: bool, i: int,
                    scope: str) -> bool:
        """Set one expectation key on `exp`; False when `key` is not an expectation."""
        where = self.where(i + 1)
        if key in ("stdout", "stderr"):
            self.once(key, i, scope)
            setattr(exp, key, text if is_block else text + "\n")
        elif key in ("stdout-json", "stderr-json"):
            base = key[:-5]
            self.once(base, i, scope)
            setattr(exp, base, _decode_json_string(text, where))
        elif key in ("stdout-match", "stderr-match"):
            self.once(key, i, scope)
            try:
                re.compile(text)
            except re.error as e:
                raise CaseError(f"{where}: {key}: bad regular expression: {e}") from None
            setattr(exp, key.replace("-", "_"), text)
        elif key == "status":
            self.once(key, i, scope)
            exp.status = _int(text, where, "status")
        elif key == "collect" and is_block:
            fname = self.lines[i].split(":", 1)[1].strip()
            self.check_file_name(fname, i)
            if fname in exp.files:
                raise CaseError(f"{where}: COLLECT {fname} given twice")
            exp.files[fname] = text
            if fname not in self.case.collect:
                self.case.collect.append(fname)
        else:
            return False
        return True

    def deviation_expect(self, dev: Deviation, key: str, text: str, is_block: bool,
                         i: int) -> None:
        if not self.expectation(dev.expect, key, text, is_block, i, scope=dev.kind + " "
                                + "/".join(dev.shells)):
            raise CaseError(f"{self.where(i + 1)}: {dev.kind} deviations may set stdout, "
                            f"stderr, status, stdout-match, stderr-match, COLLECT; "
                            f"not {key!r}")

    def check_file_name(self, fname: str, i: int) -> None:
        if not fname or fname.startswith("/") or ".." in fname.split("/") or " " in fname:
            raise CaseError(f"{self.where(i + 1)}: bad file name {fname!r} (a relative "
                            f"path without spaces or `..`)")

    def plain(self, key: str, text: str, is_block: bool, value: str, i: int) -> None:
        where = self.where(i + 1)
        c = self.case
        if self.expectation(c.expect, key, text, is_block, i, scope=""):
            return
        if key == "args":
            self.once(key, i)
            try:
                c.args = shlex.split(text)
            except ValueError as e:
                raise CaseError(f"{where}: args: {e}") from None
        elif key == "stdin":
            self.once(key, i)
            c.stdin = (text if is_block else text + "\n").encode()
        elif key == "file":
            if not is_block:
                raise CaseError(f"{where}: file takes a block: `//## FILE: name`, lines, "
                                f"`//## END`")
            fname = value
            self.check_file_name(fname, i)
            if fname in c.files:
                raise CaseError(f"{where}: FILE {fname} given twice")
            c.files[fname] = text.encode()
        elif key == "collect":
            if is_block:
                return  # handled by expectation()
            for fname in text.split():
                self.check_file_name(fname, i)
                if fname not in c.collect:
                    c.collect.append(fname)
        elif key == "timeout":
            self.once(key, i)
            try:
                c.timeout = float(text)
            except ValueError:
                raise CaseError(f"{where}: timeout must be a number of seconds") from None
            if c.timeout <= 0:
                raise CaseError(f"{where}: timeout must be positive")
        elif key == "tags":
            self.once(key, i)
            c.tags = tuple(t for t in re.split(r"[\s,]+", text) if t)
        elif key == "targets":
            self.once(key, i)
            targets = tuple(t for t in re.split(r"[\s,]+", text) if t)
            bad = [t for t in targets if t not in TARGETS]
            if bad or not targets:
                raise CaseError(f"{where}: targets must be among {', '.join(TARGETS)}")
            c.targets = targets
        elif key == "xfail":
            self.once(key, i)
            if not text:
                raise CaseError(f"{where}: xfail needs a reason")
            c.xfail = text
        elif key == "compile-error":
            self.once(key, i)
            m = re.match(r"^(?:(\d+)(?::(\d+))?\s+)?(.+)$", text)
            if not m:
                raise CaseError(f"{where}: compile-error: expected `LINE:COL message`")
            line, col, msg = m.groups()
            c.compile_error = CompileErrorExpect(int(line) if line else None,
                                                 int(col) if col else None, msg.strip())
        elif key == "driver":
            self.once(key, i)
            if not re.match(r"^[\w.-]+$", text):
                raise CaseError(f"{where}: driver must name a file beside the case")
            if not (self.path.parent / text).is_file():
                raise CaseError(f"{where}: driver {text!r} not found beside the case")
            c.driver = text
        elif key == "shellcheck-exclude":
            self.once(key, i)
            m = SHELLCHECK_EXCLUDE.match(text)
            if not m:
                raise CaseError(f"{where}: shellcheck-exclude: expected `SC1234 …: reason`")
            c.shellcheck_exclude = tuple(re.findall(r"SC\d{4}", m.group(1)))
        else:
            raise CaseError(f"{where}: unknown directive {key!r}")

    def finish(self) -> None:
        c = self.case
        for d in c.deviations:
            if d.kind in ("BUG", "N-I") and not d.reason:
                raise CaseError(f"{self.where(d.line)}: {d.kind} {'/'.join(d.shells)} needs "
                                f"a reason: `//## {d.kind} {'/'.join(d.shells)}: why`")
        if c.compile_error:
            runs = [k for k in ("stdout", "stderr", "status", "stdout_match", "stderr_match")
                    if getattr(c.expect, k) is not None]
            if runs or c.deviations or c.driver:
                raise CaseError(f"{self.path}:1: a compile-error case cannot also expect "
                                f"run results")
        elif c.expect.status is None:
            c.expect.status = 0
        if c.expect.stdout is None and c.expect.stdout_match is None:
            c.expect.stdout = "" if not c.compile_error else None


def parse_case(path: Path | str, root: Path | str | None = None) -> Case:
    """Parse one case file. `root` is the cases folder; the area is the sub-folder name."""
    path = Path(path)
    area = path.parent.name if root is None else path.parent.relative_to(root).as_posix()
    name = path.stem
    for part, what in ((area, "area"), (name, "case name")):
        if not NAME.match(part.replace("/", "-")):
            raise CaseError(f"{path}:1: {what} {part!r} must be lower-case letters, digits, "
                            f"`_` and `-`")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise CaseError(f"{path}:1: not UTF-8 ({e.reason})") from None
    return _Parser(path, text, area.replace("/", "-"), name).parse()


def discover(root: Path | str) -> list[Case]:
    """Every case under `root` (sorted by area, then name)."""
    root = Path(root)
    return [parse_case(p, root) for p in sorted(root.rglob("*.shx"))]


def selected(case: Case, patterns: str) -> bool:
    """Whether `--cases` (comma-separated fnmatch patterns of `area/name`; empty: all)
    chooses `case`."""
    chosen = [p.strip() for p in patterns.split(",") if p.strip()]
    return not chosen or any(fnmatch.fnmatchcase(case.display, p) for p in chosen)
