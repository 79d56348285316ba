"""`args.*`: command-line options (runtime/args.py). The script's own arguments are
captured as the first statement of the program (`__args_argv=("$@")`), because inside
a function `"$@"` is the function's; options are parsed at the first getter."""
from __future__ import annotations

from ... import ir
from ...ir import Word, lit
from . import helper_array, helper_result, lowers


def capture_argv(lw) -> None:
    """Put `__args_argv=("$@")` at the very start of the main body, once."""
    if getattr(lw.ctx, "args_argv_captured", False):
        return
    lw.ctx.args_argv_captured = True
    tables = [ir.ArrayAssign(f"__args_{t}", []) for t in _DEFINITION_TABLES]  # no define(): empty
    lw.ctx.blocks[0].cmds[:0] = [ir.ArrayAssign("__args_argv", [Word((ir.Raw('"$@"'),))]), *tables]


# What args.define fills in, read by the parser and the usage text
_DEFINITION_TABLES = ("long", "short", "type", "desc", "req", "def", "hasdef")


@lowers("args.define")
def define(lw, args, call):
    capture_argv(lw)
    lw.emit(ir.Cmd([lit(lw.use("__utah_args_define")), *lw.argument_values(args)]))
    return None


# An option never defined is a catchable error (a bug in the program); getBoolean and
# has give "true"/"false" in __r, so that their status can carry that error.
_GETTERS = {"get": "__utah_args_get", "getString": "__utah_args_get",
            "getNumber": "__utah_args_number", "getBoolean": "__utah_args_flag",
            "has": "__utah_args_has"}


@lowers(*(f"args.{name}" for name in _GETTERS))
def get(lw, args, call):
    capture_argv(lw)
    return helper_result(lw, _GETTERS[call.callee.property], args, may_fail=True)


@lowers("args.all")
def positional(lw, args, call):
    capture_argv(lw)
    return helper_array(lw, "__utah_args_all", [])


@lowers("args.showHelp")
def show_help(lw, args, call):
    capture_argv(lw)
    lw.emit(ir.Cmd([lit(lw.use("__utah_args_usage"))]))
    return None
