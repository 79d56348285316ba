"""Source text, positions and diagnostics.

Every stage reports problems through a `Diagnostics` bag instead of raising, so that a
file with several mistakes gets all of them reported in one run (LANGUAGE.md §3: a
program with errors produces no output file).
"""
from __future__ import annotations

from .records import field, record


class Source(metaclass=record, frozen=True):
    """One input file: its name as the user wrote it, and its text."""

    name: str
    text: str

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = self.text.count("\n", 0, offset) + 1
        start = self.text.rfind("\n", 0, offset) + 1
        return line, offset - start + 1

    def line_text(self, line: int) -> str:
        lines = self.text.split("\n")
        return lines[line - 1] if 0 < line <= len(lines) else ""


class Span(metaclass=record, frozen=True):
    """A range of characters in one source file (end exclusive)."""

    source: Source
    start: int
    end: int

    @property
    def line(self) -> int:
        return self.source.line_col(self.start)[0]

    @property
    def col(self) -> int:
        return self.source.line_col(self.start)[1]

    def to(self, other: "Span") -> "Span":
        """The span from the start of this one to the end of `other`."""
        return Span(self.source, self.start, max(self.end, other.end))

    def text(self) -> str:
        return self.source.text[self.start:self.end]


class Diagnostic(metaclass=record, frozen=True):
    span: Span
    message: str
    severity: str = "error"

    @property
    def line(self) -> int:
        return self.span.line

    @property
    def col(self) -> int:
        return self.span.col

    def format(self) -> str:
        """`FILE:LINE:COL: error: MESSAGE`, then the source line and a caret under it."""
        line, col = self.span.source.line_col(self.span.start)
        text = self.span.source.line_text(line).replace("\t", " ")
        if len(text) > 200:  # keep a caret readable on minified or binary input
            lo = max(0, col - 100)
            text, col = text[lo:lo + 200], col - lo
        width = max(1, min(self.span.end - self.span.start, len(text) - col + 1))
        if "\n" in self.span.text():
            width = 1
        caret = " " * (col - 1) + "^" + "~" * (width - 1)
        return f"{self.span.source.name}:{line}:{col}: {self.severity}: {self.message}\n{text}\n{caret}"


class CompileError(Exception):
    """Raised to abandon compilation once diagnostics make going on pointless."""


class Diagnostics(metaclass=record):
    """Collects every error found; stages keep going after an error when they can."""

    items: list[Diagnostic] = field(default_factory=list)
    limit: int = 100

    def error(self, span: Span, message: str) -> None:
        if any(d.span == span and d.message == message for d in self.items):
            return
        self.items.append(Diagnostic(span, message))
        if len(self.items) >= self.limit:
            raise CompileError("too many errors")

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=lambda d: (d.span.source.name, d.span.start))
