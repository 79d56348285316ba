"""Which user functions can end in an error, so that only their calls get an error check.

A function may throw when its body, outside any `try … catch`, has a `throw`, an `exit`
lexically inside a `try` without catch, a call to a built-in that can fail, or a call
to a function that may throw. Computed as a fixpoint over the call graph.
"""
from __future__ import annotations

from .. import ast

# Built-ins whose failure is an error the program can catch (LANGUAGE.md §7). Kept here,
# not in the lowering modules: those are imported only when the lowerer first meets one
# of their built-ins, after this analysis has run.
FAILING_BUILTINS = {"json.parse", "fs.readFile", "fs.writeFile", "fs.appendFile",
                    "fs.createDirectory", "fs.delete", "fs.chmod", "fs.chown",
                    "json.get", "json.set", "json.delete", "json.merge", "json.keys",
                    "json.values", "json.getArray", "console.prompt", "console.promptText",
                    "console.promptNumber", "console.promptYesNo", "console.promptPassword",
                    "env.get", "env.set", "env.delete", "env.load",
                    "args.get", "args.getString", "args.getNumber", "args.getBoolean", "args.has",
                    "console.promptFile", "console.promptDirectory",
                    "console.showChoice", "console.showMultiChoice", "console.showConfirm",
                    "fs.createTempFolder", "string.repeat", "number.toFixed",
                    "date.format", "date.parse", "date.add", "date.subtract", "date.diff",
                    "date.dayOfWeek", "utility.hash", "utility.base64Encode",
                    "utility.base64Decode"}
# Built-ins that fail only in one form: reduce without an initial value (on an empty
# array), toString with a radix (out of 2..36); the count includes the receiver.
_FAILING_WITH_ARGUMENTS = {"array.reduce": lambda n: n < 3, "number.toString": lambda n: n > 1}


def _builtin_may_fail(target) -> bool:
    key = target.builtin.key
    if key in FAILING_BUILTINS:
        return True
    fails_with = _FAILING_WITH_ARGUMENTS.get(key)
    return fails_with is not None and fails_with(len(target.args))


def functions_that_may_throw(checked) -> set:
    direct: dict[object, bool] = {}
    calls: dict[object, set] = {}
    for decl in checked.functions:
        sym = decl.symbol
        found_calls: set = set()
        direct[sym] = _scan(decl.body, found_calls, caught=False)
        calls[sym] = found_calls
    result = {s for s, d in direct.items() if d}
    changed = True
    while changed:
        changed = False
        for sym, callees in calls.items():
            if sym not in result and callees & result:
                result.add(sym)
                changed = True
    return result


def _scan(node, calls: set, caught: bool) -> bool:
    """Whether the node `node` has an uncaught error source; fills `calls` with uncaught
    callees. Node classes are compared by identity (these have no subclasses), and only
    nodes are visited, not the text parts of strings: this runs for every node of every
    function."""
    cls = node.__class__
    if cls is ast.Try:
        inner = node.handler is not None or caught
        found = _scan(node.block, calls, inner)
        if node.handler is not None:
            found = _scan(node.handler, calls, caught) or found
        if node.finalizer is not None:
            found = _scan(node.finalizer, calls, caught) or found
        return found
    found = cls is ast.Throw and not caught
    if cls is ast.Call and node.target is not None and not caught:
        if hasattr(node.target, "function"):
            calls.add(node.target.function)
        elif getattr(node.target, "builtin", None) is not None and _builtin_may_fail(node.target):
            found = True
    for name in ast.child_fields(cls):
        value = getattr(node, name)
        if value.__class__ is list:
            for item in value:
                if isinstance(item, ast.Node) and item.__class__ is not ast.FunctionDecl \
                        and _scan(item, calls, caught):
                    found = True
        elif isinstance(value, ast.Node) and value.__class__ is not ast.FunctionDecl \
                and _scan(value, calls, caught):
            found = True  # (nested declarations are scanned on their own)
    return found
