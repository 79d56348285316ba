"""`os.*`, `process.*` and `timer.*`.

Processes: `os.getOS` runs `uname` only when $OSTYPE is empty; `process.start` starts the
job it is asked for (a background subshell of the script running `eval CMD`, so the
command can use the script's functions); `process.wait` with a timeout opens one pipe
subshell to sleep on. Everything else is bash builtins and /proc reads.
"""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit, var
from . import lowers, lowers_condition
from .sysutil import helper_value, literal_text, run_helper

# ------------------------------------------------------------------------------ os


@lowers_condition("os.isInstalled")
def is_installed(lw, args, call):
    """`command -v -- CMD`: a program on PATH, a builtin or a function of that name."""
    return ir.Cmd([lit("command"), lit("-v"), lit("--"), lw.value(args[0])],
                  redirects=[ir.Redirect(">", lit("/dev/null")), ir.Redirect(">&", lit("1"), fd=2)])


# ------------------------------------------------------------------------- process

START_OPTIONS = ("cwd", "input", "output", "error")


@lowers("process.id")
def process_id(lw, args, call):
    return Word((ir.Var("$"),))


def start_options(lw, arg: ast.Expr | None) -> dict[str, ast.Expr]:
    """The options object of `process.start`, read from its literal at compile time."""
    if arg is None:
        return {}
    if not isinstance(arg, ast.ObjectLit):
        lw.diags.error(arg.span, "process.start: the options must be an object literal "
                                 "({ cwd, input, output, error })")
        return {}
    options: dict[str, ast.Expr] = {}
    for prop in arg.properties:
        if prop.key not in START_OPTIONS:
            lw.diags.error(prop.span, f"process.start: unknown option {prop.key!r} "
                                      f"(known: {', '.join(START_OPTIONS)})")
        elif prop.value.ty.runtime_kind != "scalar":
            lw.diags.error(prop.value.span, f"process.start: option {prop.key!r} must be a path")
        else:
            options[prop.key] = prop.value
    return options


@lowers("process.start")
def start(lw, args, call):
    """`process.start(cmd, {cwd, input, output, error})` → the PID of a background job:
    `{ cd -- CWD || exit 1; eval CMD; } <INPUT >OUTPUT 2>ERROR &`. The files open
    relative to the script's directory; a bad cwd or file ends the job with status 1
    (and bash's message on stderr), which `process.wait` reports."""
    options = start_options(lw, args[1] if len(args) > 1 else None)
    keys = [k for k in START_OPTIONS if k in options]
    words = dict(zip(["cmd", *keys], lw.argument_values([args[0], *(options[k] for k in keys)])))
    run = ir.Cmd([lit("eval"), words["cmd"]])
    redirects = [ir.Redirect(op, words[key], fd=fd)
                 for key, op, fd in (("input", "<", None), ("output", ">", None), ("error", ">", 2))
                 if key in words]
    if lw.target == "posix" and redirects:
        # dash and yash end a job whose redirection fails with status 2: the files are
        # opened once first, so that a bad one ends the job with status 1 as in bash
        opened = ir.AndOr([ir.Cmd([lit("true")], redirects=list(redirects)),
                           ir.Control("exit", lit("1"))], ["||"])
        enter = [ir.AndOr([ir.Cmd([lit("cd"), lit("--"), words["cwd"]]),
                           ir.Control("exit", lit("1"))], ["||"])] if "cwd" in words else []
        job = ir.Group(ir.Block(enter + [run]), redirects=redirects)
        lw.emit(ir.Group(ir.Block([opened, job]), background=True))
    elif "cwd" in words:
        enter = ir.AndOr([ir.Cmd([lit("cd"), lit("--"), words["cwd"]]),
                          ir.Control("exit", lit("1"))], ["||"])
        lw.emit(ir.Group(ir.Block([enter, run]), redirects=redirects, background=True))
    else:
        run.redirects, run.background = redirects, True
        lw.emit(run)
    t = lw.temp()
    lw.emit(ir.Assign(t, Word((ir.LastPid(),))))
    return var(t)


@lowers_condition("process.isRunning")
def is_running(lw, args, call):
    lw.use("__utah_proc_running")
    return ir.Cmd([lit("__utah_proc_running"), lw.value(args[0])])


_SIGNALS: set[str] = set()  # signal names, with and without SIG; read on first use


def known_signal(text: str) -> bool:
    if not _SIGNALS:
        _SIGNALS.update(n for name in signal_names() for n in (name, name[3:]))
    return text.upper() in _SIGNALS or text.isdigit() and int(text) <= 64


def signal_names() -> list[str]:
    """The names of `signal.Signals` (one per number: the first in alphabetical order, as
    `enum` takes them), read from `_signal`: `signal` builds its enums when imported."""
    import _signal
    names: dict[int, str] = {}
    for name in sorted(dir(_signal)):
        if name.isupper() and name.startswith("SIG") and not name.startswith("SIG_"):
            names.setdefault(getattr(_signal, name), name)
    return list(names.values())


@lowers_condition("process.kill")
def kill(lw, args, call):
    """`process.kill(pid, signal)`: true when the job was signalled (its descendants
    are signalled too); a literal signal is checked now, a run-time one by `kill`."""
    sig = literal_text(args[1])
    if sig is not None and not known_signal(sig):
        lw.diags.error(args[1].span, f"process.kill: unknown signal {sig!r}")
    lw.use("__utah_proc_kill")
    return ir.Cmd([lit("__utah_proc_kill"), *lw.argument_values(args)])


@lowers("process.wait")
def wait(lw, args, call):
    """Exit status of the job; 124 when the timeout passed first; 127 for a PID that
    is not a job of this script."""
    return helper_value(lw, "__utah_proc_wait", lw.argument_values(args))


# --------------------------------------------------------------------------- timer


@lowers("timer.start")
def timer_start(lw, args, call):
    run_helper(lw, "__utah_timer_start", [])


# ------------------------------------------- values without arguments (all namespaces)

# key → the helper call whose `__r` is the value
NO_ARGUMENTS = {
    "os.getOS": ["__utah_get_os"],                    # linux mac windows unknown
    "os.getLinuxVersion": ["__utah_linux_version"],   # VERSION_ID of os-release, or unknown
    "process.elapsedTime": ["__utah_elapsed"],        # HH:MM:SS since the script started
    "timer.current": ["__utah_timer_read"],           # ms since timer.start (0 before)
    "timer.stop": ["__utah_timer_read", "stop"],      # the same, and the timer stops
    "date.now": ["__utah_date_now"],                  # seconds since the epoch
    "date.nowMillis": ["__utah_now_ms"],              # milliseconds since the epoch
    "utility.uuid": ["__utah_uuid"],                  # a random (version 4) UUID
}


@lowers(*NO_ARGUMENTS)
def no_arguments(lw, args, call):
    helper, *words = NO_ARGUMENTS[call.target.builtin.key]
    return helper_value(lw, helper, [lit(w) for w in words])
