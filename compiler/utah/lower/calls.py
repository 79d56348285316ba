"""Calls (user functions and built-ins), errors, and shell code spliced with Utah values."""
from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable

    from . import shellcode

from .. import ast, ir, modules
from ..ir import Word, lit, var
from ..types import ANY, BOOLEAN, NUMBER, STRING, ArrayType
from .context import TryFrame
from .nullish import UNDEFINED_TEXT, guarded_link, may_be_nullish, nullish_arguments

# "namespace.name" → lowering function(lowerer, args, call) -> Word | str (array name) | None
BUILTIN_LOWERINGS: dict[str, Callable] = {}
# key → function(lowerer, args, call) -> ir.Command (status = truthiness), for predicates
BUILTIN_CONDITIONS: dict[str, Callable] = {}

# The modules of `lower/builtins/` that register the lowerings of each namespace's
# built-ins, beyond those of the package itself (the globals, Math, number methods and
# console output, always loaded). A namespace's modules are imported, in this order,
# when the lowerer first meets one of its built-ins not registered yet, until one
# registers it: a program uses few namespaces. No two modules register the same key; a
# module comes after the one it imports (`sysutil`), which `modules.module` then finds
# loaded (tests/test_startup.py: no compilation leaves a module to `import`).
_MODULES_OF_NAMESPACE: dict[str, tuple[str, ...]] = {
    "args": ("args",), "array": ("arrays",), "console": ("console_io",),
    "date": ("sysutil", "dates", "system"), "env": ("sysutil", "env"), "fs": ("fs",),
    "json": ("json",), "os": ("sysutil", "system"), "process": ("sysutil", "system"),
    "script": ("script",), "string": ("strings",), "timer": ("sysutil", "system"),
    "utility": ("sysutil", "utility", "system"), "validate": ("sysutil", "validate"),
}


def load_namespace(namespace: str) -> None:
    """Register the lowerings of all of `namespace`'s built-ins."""
    for module in _MODULES_OF_NAMESPACE.get(namespace, ()):
        modules.module(f"{__package__}.builtins.{module}")


def _load_lowering(key: str) -> None:
    """Import the modules of `key`'s namespace until one has registered `key`."""
    for module in _MODULES_OF_NAMESPACE.get(key.rpartition(".")[0], ()):
        if key in BUILTIN_LOWERINGS:
            return
        modules.module(f"{__package__}.builtins.{module}")


def lowering_of(key: str) -> Callable | None:
    """The lowering of the built-in `key` ("namespace.name", or a global's name)."""
    lowering = BUILTIN_LOWERINGS.get(key)
    if lowering is None:  # (registered once its module is loaded)
        _load_lowering(key)
        lowering = BUILTIN_LOWERINGS.get(key)
    return lowering


def condition_of(key: str) -> Callable | None:
    """The condition form of the predicate `key`, if it has one."""
    if key not in BUILTIN_LOWERINGS:
        _load_lowering(key)
    return BUILTIN_CONDITIONS.get(key)


def _shellcode():
    """lower/shellcode.py, loaded on first need: few programs hold shell code."""
    return modules.module(f"{__package__}.shellcode")


def lowers(*keys: str):
    """Register the lowering of the built-ins named `namespace.name` (or a global's name)."""
    def register(fn: Callable) -> Callable:
        for key in keys:
            BUILTIN_LOWERINGS[key] = fn
        return fn
    return register


def with_defaults(builtin, args: list[ast.Expr], e: ast.Expr) -> list[ast.Expr]:
    """The arguments with the signature's literal defaults filled in for missing ones."""
    args = list(args)
    for param in builtin.params[len(args):]:
        if param.default is None or param.variadic:
            break
        d = param.default
        if isinstance(d, bool):
            args.append(ast.BoolLit(e.loc, d, ty=BOOLEAN))
        elif isinstance(d, (int, float)):
            args.append(ast.NumberLit(e.loc, d, str(d), ty=NUMBER))
        else:
            args.append(ast.StringLit(e.loc, str(d), ty=STRING))
    return args


def defaults_in_callee(fn) -> bool:
    """Whether a function evaluates its parameter defaults itself: when a default reads
    another parameter (`t = b * 2`), which only the callee can see. Scalars only."""
    params = fn.params or []
    # (the defaults first: nearly always there are none, told without a generator per
    # parameter; this runs for each function and each call of one)
    defaults = [p.decl.default for p in params if p.decl is not None and p.decl.default is not None]
    if not defaults or any(p.type.__class__ is ArrayType for p in params):
        return False
    names = set(params)
    return any(getattr(n, "symbol", None) in names for d in defaults for n in ast.walk(d))


class CallLowering:
    """Mixed into `Lowerer`."""

    # ----------------------------------------------------------------- calls

    def call(self, e: ast.Call) -> Word | str | None:
        """Emit a call; scalars come back as a stable Word, arrays as an array name."""
        target = e.target
        if target is None:
            self.unsupported(e, "this call")
            return lit("")
        if hasattr(target, "function"):
            return self.call_user(e, target.function)
        if e.ty.__class__ is ArrayType:  # an array, after `?.` maybe
            link = guarded_link(e, self.nullish)
            if link is not None:
                return self.optional_array(e, link)
        return self.call_builtin(target.builtin, target.args, e)

    def call_user(self, e: ast.Call, fn, direct: bool = False) -> Word | str | None:
        self.emit_checked(ir.Cmd([lit(fn.shell_name), *self.argument_words(e.args, fn)]),
                          may_fail=fn in self.may_throw)
        kind = fn.type.runtime_kind
        if kind == "array":
            return "__ra"
        if fn.type.__str__() == "void":
            return None
        return var("__r") if direct else self.stable(var("__r"), force=True)

    def argument_words(self, args: list[ast.Expr], fn) -> list[Word]:
        """Scalars one word each; an array as its length then its elements; defaults filled in."""
        params = fn.params or []
        values: list[ast.Expr | None] = list(args) + [None] * (len(params) - len(args))
        if defaults_in_callee(fn) and None in values:
            values = values[:values.index(None)]  # the function fills in its own defaults
        values = [param.decl.default if arg is None and param.decl is not None else arg
                  for param, arg in zip(params, values)]
        words: list[Word] = []
        for param, arg, work_after in zip(params, values, self.work_after(values)):
            if arg is None:  # an omitted optional parameter is undefined
                kind = param.type.runtime_kind
                words.append(lit(UNDEFINED_TEXT if kind == "scalar" else "undefined" if param.type is ANY
                                 else ""))
            elif param.type.__class__ is ArrayType:
                # read when the call runs, after later arguments: JavaScript passes the
                # array itself, so a later `xs.push(…)` shows in it there too
                name = self.keep_array(self.array(arg))
                words.extend([Word((ir.Count(name),)), Word((ir.Elements(name),))])
            else:
                w = self.value_as(arg, param.type)
                words.append(self.stable(w) if work_after else w)
        return words

    def call_builtin(self, builtin, args: list[ast.Expr], e: ast.Expr) -> Word | str | None:
        lowering = lowering_of(builtin.key)
        if lowering is None:
            self.unsupported(e, f"the built-in '{builtin.key}'")
            return lit("")
        return lowering(self, self.builtin_arguments(builtin, args, e), e)

    def builtin_arguments(self, builtin, args: list[ast.Expr], e: ast.Expr) -> list[ast.Expr]:
        """What a built-in's lowering receives: the signature's defaults filled in, a
        string that may be null or undefined as its text and a last argument that may be
        undefined left out where that matters (`nullish.nullish_arguments`), a method's
        receiver that may be checked to be neither (`present_receiver`)."""
        args = with_defaults(builtin, args, e)
        receiver = args[0] if e.target.method else None
        if receiver is not None and receiver.ty.runtime_kind == "scalar" \
                and may_be_nullish(receiver, self.nullish):
            args[0] = self.present_receiver(receiver, e.callee.property)
        return nullish_arguments(builtin, args, receiver is not None, self.nullish)

    def argument_values(self, args: list[ast.Expr]) -> list[Word]:
        """Scalar words of several arguments, each safe from the work of the next ones."""
        return self.in_order(args)

    def boolean_of_command(self, cmd: ir.Command, yes: str = "true", no: str = "false") -> Word:
        """`yes` or `no` by the command's status (as a temporary)."""
        t = self.temp()
        self.emit(ir.If([(ir.Block([cmd]), ir.Block([ir.Assign(t, lit(yes))]))],
                        ir.Block([ir.Assign(t, lit(no))])))
        return var(t)

    def start_parallel(self, call: ast.Call) -> None:
        """`parallel f(args)`: the function runs as a background job of the script."""
        fn = call.target.function
        job = ir.Cmd([lit(fn.shell_name), *self.argument_words(call.args, fn)])
        if fn not in self.may_throw:
            job.background = True
            self.emit(job)
            return
        # an error the function does not catch ends the job as it would end the script
        report = ir.Cmd([lit(self.use("__utah_uncaught"))])
        self.emit(ir.Group(ir.Block([ir.AndOr([job, report], ["||"])]), background=True))

    # ---------------------------------------------------------------- errors

    def emit_checked(self, cmd: ir.Command, may_fail: bool = True) -> None:
        """Emit `cmd`; if it fails, the error goes where an error at this point goes."""
        if not may_fail:
            self.emit(cmd)
            return
        handler = self.error_jump()
        self.emit(ir.AndOr([cmd, handler[0] if len(handler) == 1 else ir.Group(ir.Block(handler))],
                           ["||"]))

    def raise_error(self, message: Word) -> None:
        self.emit(ir.Assign("__err", message))
        for cmd in self.error_jump():
            self.emit(cmd)

    def error_jump(self) -> list[ir.Command]:
        """Commands that carry an error (message in `__err`) to the nearest handler."""
        levels = 0
        for frame in reversed(self.ctx.fn.frames):
            levels += 1
            if isinstance(frame, TryFrame) and (frame.region == "body" or frame.has_finally):
                return [ir.Assign(frame.state, lit("1")), self.loop_control("break", levels)]
        if self.ctx.in_function:
            return self.defer_calls() + [ir.Control("return", lit("1"))]
        return [ir.Cmd([lit(self.use("__utah_uncaught"))])]

    @staticmethod
    def loop_control(keyword: str, levels: int) -> ir.Control:
        return ir.Control(keyword, lit(str(levels)) if levels > 1 else None)

    def defer_calls(self) -> list[ir.Command]:
        if not self.ctx.fn.has_defers:
            return []
        return [ir.Cmd([lit(self.use("__utah_run_defers"))])]

    # ------------------------------------------------------------ shell code

    def splice(self, code: ast.ShellCode) -> list[shellcode.Item]:
        """Lower every `${expr}` of the code and mark where each stands."""
        exprs = [p for p in code.parts if not isinstance(p, str)]
        slots, items = _shellcode().scan(code.parts)
        words = self.in_order([exprs[slot.index] for slot in slots])
        for slot, w in zip(slots, words):
            slot.word = w  # type: ignore[attr-defined]
        return items

    @staticmethod
    def item_word(item: shellcode.Item) -> Word:
        parts: list[ir.Part] = []
        for piece in item.pieces:
            if isinstance(piece, str):
                parts.append(ir.Raw(piece))
            else:
                parts.append(ir.Splice(piece.word, piece.mode))  # type: ignore[attr-defined]
        # trim the whitespace the split left at both ends
        if parts and parts[0].__class__ is ir.Raw:
            parts[0] = ir.Raw(parts[0].text.lstrip())
        if parts and parts[-1].__class__ is ir.Raw:
            parts[-1] = ir.Raw(parts[-1].text.rstrip())
        return Word(tuple(p for p in parts if not (p.__class__ is ir.Raw and not p.text)))

    def items_block(self, items: list[shellcode.Item]) -> ir.Block:
        return ir.Block([ir.RawCmd(self.item_word(item), background=item.terminator == "&")
                         for item in items])

    @staticmethod
    def failed_command_message(item: shellcode.Item) -> list[ir.Command]:
        """`__err` for a raw command that failed inside try: its status and text. A test
        (`[ … ]`, `test …`) has no status worth telling: it was false."""
        text = item.text.replace("\0", "…")[:60]
        if item.first_word in ("test", "[", "[["):
            return [ir.Assign("__err", lit("condition failed: " + text))]
        return [ir.Assign("__status", Word((ir.Status(),))),
                ir.Assign("__err", Word((ir.Lit("command failed with status "), ir.Var("__status"),
                                         ir.Lit(": " + text))))]

    def background_command(self, item: shellcode.Item) -> ir.Command:
        """`cmd &`. A command line held in a string (`${command} &`) is started by
        `__utah_spawn`, so that a single command's job PID is the command's own."""
        head, rest = item.pieces[0], item.pieces[1:]
        if isinstance(head, _shellcode().Slot) and head.mode == "eval" \
                and all(isinstance(p, str) for p in rest):
            words = [lit(self.use("__utah_spawn")), head.word]  # type: ignore[attr-defined]
            tail = "".join(rest).strip()
            return ir.Cmd(words + ([Word((ir.Raw(tail),))] if tail else []))
        return ir.RawCmd(self.item_word(item), background=True)

    def command_substitution(self, code: ast.ShellCode) -> Word:
        """`$( … )` as a value. Job control (`… & echo $!`, `wait …; echo $?`) runs in the
        script's own shell so that the jobs are the script's (LANGUAGE.md §8)."""
        items = self.splice(code)
        if not _shellcode().is_job_control(items):
            return Word((ir.Subst(self.items_block(items)),))
        last = _shellcode().status_echo(items[-1]) if items else None
        body = items[:-1] if last else items
        capture = any(i.terminator != "&" and i.first_word != "wait" for i in body)
        t = self.temp()
        if capture:
            self.use("__utah_capture")
            self.ctx.needs_capture_file = True
        for item in body:
            if item.terminator == "&":
                self.emit(self.background_command(item))
                continue
            redirects = [] if item.first_word == "wait" or not capture else [
                ir.Redirect(">>", var("__capture_file"))]
            self.emit(ir.RawCmd(self.item_word(item), redirects=redirects))
        status_word = Word((ir.LastPid(),)) if last == "!" else Word((ir.Status(),)) if last else lit("")
        if capture:
            self.emit(ir.Cmd([lit("__utah_capture"), status_word] if last else [lit("__utah_capture")]))
            self.emit(ir.Assign(t, var("__r")))
        else:
            self.emit(ir.Assign(t, status_word))
        return var(t)

    def command_statement(self, code: ast.ShellCode, discard_output: bool = False) -> None:
        """A raw command line, or `$( … )` as a statement (`discard_output`). It runs in
        the script's own shell; inside `try` a failing command is an error (LANGUAGE.md §7)."""
        from .builtins.script import exit_on_error_used
        items = self.splice(code)
        in_try = any(isinstance(f, TryFrame) for f in self.ctx.fn.frames)
        for item in items:
            if item.terminator == "&":
                self.emit(self.background_command(item))
                continue
            redirects = [ir.Redirect(">", lit("/dev/null"))] if discard_output else []
            cmd = ir.RawCmd(self.item_word(item), redirects=redirects)
            if in_try:
                self.emit(ir.AndOr([cmd, ir.Group(ir.Block(
                    self.failed_command_message(item)
                    + self.error_jump()))], ["||"]))
            elif not cmd.background and exit_on_error_used(self):
                # script.exitOnError() may be in effect: the helper decides at run time
                self.emit(ir.AndOr([cmd, ir.Cmd([lit(self.use("__utah_command_failed")), Word((ir.Status(),)),
                                                 lit(item.text.replace("\0", "…")[:60])])], ["||"]))
            else:
                self.emit(cmd)
