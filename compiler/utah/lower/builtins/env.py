"""`env.*`: environment variables by name (`${!name}` when the name is a value) and `.env`
files read as data. No process is started."""
from __future__ import annotations

from ... import ast, patterns
from ...ir import lit, var
from . import lowers
from .sysutil import helper_value, literal_text, run_helper

IDENTIFIER = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def literal_name(lw, arg: ast.Expr, fn: str) -> str | None:
    """The name when written as a literal (an error now unless it is an identifier);
    None when it is known only at run time (the helper checks it then)."""
    name = literal_text(arg)
    if name is not None and not IDENTIFIER.match(name):
        lw.diags.error(arg.span, f"env.{fn}: invalid variable name {name!r}")
    return name


@lowers("env.get")
def get(lw, args, call):
    """`env.get(name, default?)`: the value; the default when unset or empty."""
    name = literal_name(lw, args[0], "get")
    if name is not None and len(args) == 1:
        return var(name)
    return helper_value(lw, "__utah_env_get", lw.argument_values(args), may_fail=name is None)


@lowers("env.set", "env.delete")
def set_or_delete(lw, args, call):
    """`env.set(name, value)` exports at global scope; `env.delete(name)` unsets."""
    fn = call.callee.property
    literal_name(lw, args[0], fn)
    run_helper(lw, "__utah_env_write", [lit(fn), *lw.argument_values(args)], may_fail=True)


@lowers("env.load")
def load(lw, args, call):
    """`env.load(file)`: KEY=VALUE lines are exported; the file is never executed."""
    run_helper(lw, "__utah_env_load", lw.argument_values(args), may_fail=True)
