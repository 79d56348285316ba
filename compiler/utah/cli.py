"""The `utah` command: compile, run and debug `.shx` programs.

    utah compile FILE [-o OUT] [--target bash|posix]
    utah run FILE [--target …] [-- ARGS…]
    utah -c 'CODE' [--target …] [-- ARGS…]
    utah debug FILE [-o OUT] [--target …]
    utah version | utah --version

Exit status: 0 on success (for run / -c: the script's own status), 1 when the program
has errors (diagnostics on stderr, no output file written), 2 for bad usage, 70 for an
internal compiler error, 130 on Ctrl-C.
"""
from __future__ import annotations

import gc
import os
import sys

from . import __version__
from .api import TARGETS, CompileResult, compile_file, compile_source

EXIT_ERRORS = 1
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what `cat` reports when its reader goes away
INTERPRETERS = {"bash": "bash", "posix": "/bin/sh"}


class _UserError(Exception):
    """A problem to report in one line, with exit status 1."""


def build_parser():
    import argparse
    parser = argparse.ArgumentParser(
        prog="utah", description="Compile Utah (.shx) programs to bash or POSIX sh.",
        epilog="Arguments after '--' are passed to the program by 'run' and '-c'.")
    parser.add_argument("--version", action="version", version=f"utah {__version__}")
    parser.add_argument("-c", metavar="CODE", dest="code",
                        help="compile and run CODE given on the command line")
    _add_target(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("compile", help="compile FILE to a shell script",
                       description="Compile FILE to a shell script (default: FILE with a .sh extension).")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help="where to write the script")
    _add_target(p)

    p = sub.add_parser("run", help="compile FILE and run it",
                       description="Compile FILE to a temporary script and run it; "
                                   "exits with the script's status.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("args", nargs="*", metavar="ARGS", help="arguments for the program (after '--')")
    _add_target(p)

    p = sub.add_parser("debug", help="compile FILE with source-line comments",
                       description="Compile FILE with a '# [shx:LINE]' comment before each statement "
                                   "(default OUT: FILE with a .debug.sh extension).")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help="where to write the script")
    _add_target(p)

    sub.add_parser("version", help="print the version", description="Print the version.")
    return parser


def _add_target(parser) -> None:
    import argparse
    parser.add_argument("--target", choices=TARGETS, default=argparse.SUPPRESS,
                        help="shell dialect of the output (default: bash)")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `utah` console script; returns the exit status."""
    try:
        return _main(sys.argv[1:] if argv is None else list(argv))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of our output went away (`utah version | true`)
        return EXIT_BROKEN_PIPE
    except _UserError as e:
        print(f"utah: error: {e}", file=sys.stderr)
        return EXIT_ERRORS
    except Exception as e:  # noqa: BLE001 - the promise is: no traceback, ever
        print(f"utah: internal compiler error: {type(e).__name__}: {e}; please report this bug",
              file=sys.stderr)
        return EXIT_INTERNAL


def entry() -> None:
    """The `utah` command (console script and `python -m utah`): `main` for this process's
    arguments, then the end of the process.

    The process compiles once and ends, so the cyclic garbage collector stays off (after a
    compilation it would walk every object the compiler made, for nothing), and the process
    ends with `os._exit` rather than Python's own teardown, which frees every object and
    module one by one: together these took a sixth of a small program's `utah compile`.
    Nothing is lost: output files are closed by then and the standard streams are flushed
    here (a failed flush gives status 120, as Python's own exit does)."""
    gc.disable()
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # e.g. the reader of a pipe went away
        status = status or 120
    os._exit(status)


def _main(argv: list[str]) -> int:
    script_args: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, script_args = argv[:cut], argv[cut + 1:]
    opts = _plain_file_command(argv) or build_parser().parse_args(argv)
    target = getattr(opts, "target", "bash")
    if opts.code is not None:
        if opts.command is not None:
            raise _UserError("use either -c CODE or a command, not both")
        result = compile_source(opts.code, "<command-line>", target)
        return _run_result(result, target, script_args)
    if opts.command is None:
        build_parser().print_help(sys.stderr)
        return 2
    if opts.command == "version":
        print(f"utah {__version__}")
        return 0
    _check_readable(opts.file)
    if opts.command == "run":
        return _run_result(compile_file(opts.file, target), target, opts.args + script_args)
    debug = opts.command == "debug"
    out = opts.output or _default_output(opts.file, ".debug.sh" if debug else ".sh")
    result = compile_file(opts.file, target, debug=debug)
    if not _report(result):
        return EXIT_ERRORS
    _write_executable(out, result.output)
    return 0


class _FileCommand:
    """What `build_parser().parse_args` gives for a `compile` or `debug` command line."""

    code = None

    def __init__(self, command: str, file: str, output: str | None, target: str) -> None:
        self.command, self.file, self.output, self.target = command, file, output, target


def _plain_file_command(argv: list[str]) -> _FileCommand | None:
    """`compile`/`debug FILE [-o OUT] [--target T]`, each option at most once, read without
    argparse, whose import (with gettext, locale and shutil) took a large part of
    `utah compile`'s start-up. None for any other command line: argparse reads it, and
    gives the help and the errors."""
    if len(argv) < 2 or argv[0] not in ("compile", "debug"):
        return None
    file = output = target = None
    rest = iter(argv[1:])
    for arg in rest:
        if arg in ("-o", "--output") and output is None:
            output = next(rest, "-")
            if output.startswith("-"):
                return None
        elif arg == "--target" and target is None:
            target = next(rest, None)
            if target not in TARGETS:
                return None
        elif arg.startswith("-") or file is not None:
            return None
        else:
            file = arg
    if file is None:
        return None
    return _FileCommand(argv[0], file, output, target or "bash")


def _check_readable(path: str) -> None:
    if not os.path.exists(path):
        raise _UserError(f"cannot read '{path}': no such file")
    if os.path.isdir(path):
        raise _UserError(f"cannot read '{path}': it is a directory")


def _default_output(path: str, ext: str) -> str:
    root, old = os.path.splitext(path)
    return (root if old else path) + ext


def _report(result: CompileResult) -> bool:
    """Print the diagnostics; True when there is an output to use."""
    if result.diagnostics:
        print(result.format_diagnostics(), file=sys.stderr)
    return result.ok


def _write_executable(path: str, text: str) -> None:
    """Write `text` to `path` atomically and make it executable."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = _mkstemp(directory, ".utah-")
    except OSError as e:
        raise _UserError(f"cannot write '{path}': {e.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask | 0o100)
        os.replace(tmp, path)
    except OSError as e:
        os.unlink(tmp)
        raise _UserError(f"cannot write '{path}': {e.strerror}") from None
    except BaseException:
        os.unlink(tmp)
        raise


def _mkstemp(directory: str, prefix: str) -> tuple[int, str]:
    """A new file `<directory>/<prefix>XXXXXXXX.sh`, mode 0600, open for writing (as
    `tempfile.mkstemp` does, without importing `tempfile` and what it imports)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        path = os.path.join(directory, f"{prefix}{os.urandom(6).hex()}.sh")
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary file name in {directory}")


def _run_result(result: CompileResult, target: str, args: list[str]) -> int:
    """Run a compiled program with the target's shell; its status is ours."""
    if not _report(result):
        return EXIT_ERRORS
    import subprocess
    import tempfile

    fd, path = tempfile.mkstemp(prefix="utah-", suffix=".sh")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(result.output)
        sys.stdout.flush()
        try:
            status = subprocess.call([INTERPRETERS[target], path, *args])
        except OSError as e:
            raise _UserError(f"cannot run {INTERPRETERS[target]}: {e.strerror}") from None
        return 128 - status if status < 0 else status
    finally:
        os.unlink(path)
