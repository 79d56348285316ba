"""Which user functions can end in an error, so that only their calls get an error check.

A function may throw when its body, outside any `try … catch`, has a `throw`, a call to
a built-in that can fail (a method called on a value that may be null or undefined
too), a property of a string that may be null or undefined read (`.length`, `s[i]`),
or a call to a function that may throw. Computed as a fixpoint over the call graph.
"""
from __future__ import annotations

from .. import ast
from .nullish import guarded_link, may_be_nullish, may_be_nullish_receiver

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


def _builtin_may_fail(call: ast.Call, nullish: set) -> bool:
    target = call.target
    if may_be_nullish_receiver(call, nullish):
        return True  # a method called on null or undefined throws a TypeError
    key = target.builtin.key
    if key in FAILING_BUILTINS:
        return True
    fails_with = _FAILING_WITH_ARGUMENTS.get(key)
    return fails_with is not None and fails_with(len(target.args))


def functions_that_may_throw(checked, nullish: set) -> set:
    """From the calls and `throw`s the checker noted outside any `try … catch` of each
    function (`CheckedProgram.uncaught`), given the symbols that may be `nullish`."""
    direct: set = set()
    calls: dict[object, set] = {}
    for sym, nodes in checked.uncaught.items():
        callees = calls[sym] = set()
        for node in nodes:
            cls = node.__class__
            if cls is ast.Throw:
                direct.add(sym)
            elif cls is not ast.Call:  # a string's `.length` or `s[i]`, unless `?.` guards it
                if guarded_link(node, nullish) is None and may_be_nullish(node.object, nullish):
                    direct.add(sym)
            elif hasattr(node.target, "function"):
                callees.add(node.target.function)
            elif _builtin_may_fail(node, nullish):
                direct.add(sym)
    result = set(direct)
    changed = True
    while changed:
        changed = False
        for sym, callees in calls.items():
            if sym not in result and callees & result:
                result.add(sym)
                changed = True
    return result
