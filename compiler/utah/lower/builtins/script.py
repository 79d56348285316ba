"""`script.*`: script-wide settings. `exitOnError()`/`continueOnError()` switch the
run-time flag `__exit_on_error` that a failing raw command statement outside `try`
consults (`__utah_command_failed`, emitted by `command_statement` only when the
program calls `script.exitOnError()` somewhere)."""
from __future__ import annotations

from ... import ast, ir
from ...ir import lit
from . import lowers

_SET = {"enableDebug": "-x", "disableDebug": "+x",
        "enableGlobbing": "+f", "disableGlobbing": "-f"}


@lowers("script.description")
def description(lw, args, call):
    lw.emit(ir.Assign("__script_description", lw.value(args[0])))
    return None


@lowers("script.exitOnError", "script.continueOnError")
def on_error(lw, args, call):
    lw.emit(ir.Assign("__exit_on_error", lit("1" if call.callee.property == "exitOnError" else "")))
    return None


@lowers(*(f"script.{name}" for name in _SET))
def shell_option(lw, args, call):
    lw.emit(ir.Cmd([lit("set"), lit(_SET[call.callee.property])]))
    return None


def exit_on_error_used(lw) -> bool:
    """Whether the program calls `script.exitOnError()` anywhere (computed once)."""
    cached = getattr(lw, "_exit_on_error_used", None)
    if cached is None:
        roots = [lw.checked.program, *lw.checked.functions]
        cached = lw._exit_on_error_used = any(_calls_exit_on_error(r) for r in roots)
    return cached


def _calls_exit_on_error(node) -> bool:
    if isinstance(node, list):
        return any(_calls_exit_on_error(x) for x in node)
    if not isinstance(node, ast.Node):
        return False
    builtin = getattr(getattr(node, "target", None), "builtin", None) \
        if isinstance(node, ast.Call) else None
    if builtin is not None and builtin.key == "script.exitOnError":
        return True
    return any(_calls_exit_on_error(getattr(node, f)) for f in node._record_specs
               if f not in ("loc", "ty", "symbol", "target"))
