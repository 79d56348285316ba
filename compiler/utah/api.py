"""The compiler as a Python function: what the CLI and the conformance harness call."""
from __future__ import annotations

import gc
import os

from . import modules

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)

if TYPE_CHECKING:
    from .source import Diagnostic

# The compiler proper is imported on the first compilation only, so that `utah version`
# and `utah --help` start quickly.

TARGETS = ("bash", "posix")


class CompileResult:
    """`output` is the shell program, or None when `diagnostics` hold errors."""

    __match_args__ = ("output", "diagnostics")

    def __init__(self, output: str | None, diagnostics: list[Diagnostic] | None = None) -> None:
        self.output = output
        self.diagnostics = [] if diagnostics is None else diagnostics

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.output, self.diagnostics) == (other.output, other.diagnostics)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__qualname__}(output={self.output!r}, diagnostics={self.diagnostics!r})"

    @property
    def ok(self) -> bool:
        return self.output is not None

    def format_diagnostics(self) -> str:
        return "\n".join(d.format() for d in self.diagnostics)


def compile_source(text: str, filename: str = "<input>", target: str = "bash",
                   debug: bool = False) -> CompileResult:
    """Compile Utah source text. `filename` anchors diagnostics and relative imports.

    `debug` precedes each statement with a `# [shx:LINE] <source>` comment.
    """
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; choose one of {', '.join(TARGETS)}")
    # The compiler makes many small objects and few cycles: the cyclic collector, run
    # every few hundred allocations, only walks the growing tree again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _compile(text, filename, target, debug)
    finally:
        if collecting:
            gc.enable()


# The modules a compilation imports, in the order in which `import` finishes them (see
# modules.py): loaded by `modules.load`, at a fraction of the cost of `import`.
# tests/test_startup.py checks that a compilation imports no module of the compiler
# another way than `modules.load` (the lazily loaded ones go by `modules.module`).
_COMPILER_MODULES = (
    "utah.startcache", "utah.records", "utah.patterns", "utah.source", "utah.ast", "utah.types",
    "utah.builtins", "utah.flow", "utah.checker", "utah.ir", "utah.lower.context",
    "utah.lower.numbers", "utah.lower.ints", "utah.lower.nullish", "utah.lower.calls",
    "utah.lower.builtins", "utah.lower.expr", "utah.lower.stmt", "utah.lower.throws",
    "utah.lower", "utah.runtime", "utah.lexer", "utah.parser", "utah.printer.bash",
    "utah.printer",
)
_POSIX_MODULES = ("utah.runtime.charsets", "utah.runtime.posix", "utah.printer.posix")


def _compile(text: str, filename: str, target: str, debug: bool) -> CompileResult:
    modules.load(_COMPILER_MODULES + _POSIX_MODULES if target == "posix" else _COMPILER_MODULES)
    from .checker import check
    from .lower import lower_program
    from .parser import parse
    from .printer import printer_for
    from .printer.bash import Unsupported
    from .source import CompileError, Diagnostics, Source

    diags = Diagnostics()
    source = Source(filename, text)
    try:
        program = parse(source, diags)
        if diags.has_errors:  # checking a tree with holes in it would only add noise
            return CompileResult(None, diags.sorted())
        checked = check(program, diags, base_dir=os.path.dirname(os.path.abspath(filename)))
        if diags.has_errors:
            return CompileResult(None, diags.sorted())
        module = lower_program(checked, target=target, debug=debug, diags=diags)
        if diags.has_errors:
            return CompileResult(None, diags.sorted())
        try:
            output = printer_for(target).print_module(module)
        except Unsupported as exc:  # a construct the target dialect cannot express
            diags.error(program.span, f"{exc} (target {target})")
            return CompileResult(None, diags.sorted())
        return CompileResult(output, diags.sorted())
    except CompileError:
        return CompileResult(None, diags.sorted())


def compile_file(path: str, target: str = "bash", debug: bool = False) -> CompileResult:
    """Compile a `.shx` file; an unreadable or non-UTF-8 file is a diagnostic, not an exception."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return CompileResult(None, [_file_diagnostic(path, f"cannot read file: {e.strerror}")])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return CompileResult(None, [_file_diagnostic(path, f"file is not UTF-8 text (byte {e.start})")])
    return compile_source(text, path, target, debug)


def _file_diagnostic(path: str, message: str) -> Diagnostic:
    from .source import Diagnostic, Source, Span
    return Diagnostic(Span(Source(path, ""), 0, 0), message)
