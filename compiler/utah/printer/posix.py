"""Prints the shell IR as POSIX sh (`#!/bin/sh`), overriding only what differs from bash.

* Arrays: array `xs` is `xs__n` (length) and `xs__0` … (elements), see runtime/posix.py.
  An element read in a word is hoisted: `eval "__e1=\\${xs__$((i))}"` before the command,
  `$__e1` in the word. A command with `"${xs[@]}"` arguments runs through `eval` over
  text that names each element (`__utah_refs`); its other words go to temporaries first.
  `for x in "${xs[@]}"` is an index loop over a snapshot of the array.
* Locals: a function with locals is a wrapper that saves them on a stack, calls the
  body function `__fn_NAME`, and restores them on every way out (runtime/posix.py).
* `[[ ]]` → `[ ]` or `case`; `(( e ))` → `[ "$((e))" -ne 0 ]`; `for ((…))` → a while
  loop whose step also runs before each `continue` that targets it.
A construct with no POSIX form raises `Unsupported`, which the compiler reports as an
error naming it.
"""
from __future__ import annotations

from .. import ir, patterns
from ..records import replace
from ..runtime import posix as rt
from .bash import _INDENT, _NAME_CHARS, BashPrinter, Unsupported

_COUNT = patterns.compile(r"\$\{#(\w+)\[@\]\}")
_STEP = patterns.compile(r"^\s*(\w+)\s*(\+\+|--)\s*$|^\s*(\w+)\s*([-+*/%]?=)\s*(.+?)\s*$")
_SAFE_WORD = patterns.compile(r"[A-Za-z0-9_./:=@%+,-]+")


def _count_name(count) -> str:
    """`xs__n` for a match of `_COUNT` (a function: a template would import `re`)."""
    return count.group(1) + "__n"


class PosixPrinter(BashPrinter):
    shebang = "#!/bin/sh"

    def __init__(self) -> None:
        super().__init__()
        self.counter = 0                 # loop counters and snapshots: __iN, __fN
        self.fn_scalars: list[str] | None = None   # printer-made locals of the function
        self.fn_arrays: list[str] | None = None

    # ------------------------------------------------------------------ module

    def print_module(self, module: ir.Module) -> str:
        prologue = [replace(c, text=c.text.replace("SC2034", "SC2034,SC2154"))
                    if isinstance(c, ir.Comment) and "shellcheck disable=" in c.text else c
                    for c in module.prologue]
        module = replace(module, prologue=prologue)
        self.counter = 0
        text = super().print_module(module)
        extra = rt.used_in(text)
        if not extra:
            return text
        self.counter = 0
        return super().print_module(replace(module, helpers=extra + module.helpers))

    # ------------------------------------------------------------------- words

    def arith(self, text: str) -> str:
        """Arithmetic text in POSIX form: array lengths are `xs__n`; bash-only operators
        are an error."""
        text = _COUNT.sub(_count_name, text)
        if "[" in text or "**" in text or patterns.compile(r"\+\+|--|\bEUID\b").search(text):
            raise Unsupported(f"the arithmetic `{text}` has no POSIX sh form")
        return text

    def part_text(self, part: ir.Part, quoted: bool, next_part: ir.Part | None = None) -> str:
        if isinstance(part, ir.Count):
            follows_name = isinstance(next_part, ir.Lit) and next_part.text[:1] in _NAME_CHARS
            return f"${{{part.name}__n}}" if follows_name else f"${part.name}__n"
        if isinstance(part, ir.Arith):
            return f"$(({self.arith(part.text)}))"
        if isinstance(part, ir.Elements) or isinstance(part, (ir.Var, ir.Expansion)) and part.index is not None:
            raise Unsupported("an array element in this position")
        return super().part_text(part, quoted, next_part)

    def flat(self, w: ir.Word, pre: list[str]) -> ir.Word:
        """`w` with every element read replaced by a temporary assigned in `pre`."""
        parts: list[ir.Part] = []
        for p in w.parts:
            if isinstance(p, (ir.Var, ir.Expansion)) and p.index is not None:
                index = self.arith(p.index.text)
                operator = "" if p.__class__ is ir.Var else p.op + self.escape_dq(p.arg)
                if index.isdigit():
                    name = f"{p.name}__{int(index)}"
                    p = ir.Var(name) if not operator else ir.Expansion(name, p.op, p.arg)
                else:
                    t = f"__e{len(pre) + 1}"
                    pre.append(f'eval "{t}=\\${{{p.name}__$(({index})){operator}}}"')
                    p = ir.Var(t)
            elif isinstance(p, ir.Splice):
                p = ir.Splice(self.flat(p.word, pre), p.mode)
            parts.append(p)
        return ir.Word(tuple(parts))

    def flat_redirects(self, rs: list[ir.Redirect], pre: list[str]) -> list[ir.Redirect]:
        return [replace(r, target=self.flat(r.target, pre)) for r in rs]

    def hoisted(self, cmd: ir.Command) -> tuple[list[str], ir.Command]:
        """The element reads `cmd`'s own words need, and `cmd` reading temporaries."""
        pre: list[str] = []
        f = self.flat
        if isinstance(cmd, ir.Cmd):
            cmd = replace(cmd, words=[f(w, pre) for w in cmd.words],
                                      redirects=self.flat_redirects(cmd.redirects, pre))
        elif isinstance(cmd, ir.Assign) and cmd.value is not None:
            cmd = replace(cmd, value=f(cmd.value, pre))
        elif isinstance(cmd, ir.Test):
            cmd = replace(cmd, left=f(cmd.left, pre),
                                      right=None if cmd.right is None else f(cmd.right, pre))
        elif isinstance(cmd, (ir.Case, ir.Match)):
            cmd = replace(cmd, word=f(cmd.word, pre))
        elif isinstance(cmd, ir.Control) and cmd.arg is not None:
            cmd = replace(cmd, arg=f(cmd.arg, pre))
        elif isinstance(cmd, ir.RawCmd):
            cmd = replace(cmd, code=f(cmd.code, pre),
                                      redirects=self.flat_redirects(cmd.redirects, pre))
        elif isinstance(cmd, ir.Group):
            cmd = replace(cmd, redirects=self.flat_redirects(cmd.redirects, pre))
        return pre, cmd

    def block(self, block: ir.Block, indent: str, out: list[str]) -> None:
        """Each command through `command` (bash's `block` dispatches by itself)."""
        for cmd in block.cmds:
            self.command(cmd, indent, out)

    def command(self, cmd: ir.Command, indent: str, out: list[str]) -> None:
        pre, cmd = self.hoisted(cmd)
        out += [indent + line for line in pre]
        super().command(cmd, indent, out)

    # ---------------------------------------------------------------- commands

    def cmd_Cmd(self, cmd: ir.Cmd, indent: str, out: list[str]) -> None:
        if not any(isinstance(p, ir.Elements) for w in cmd.words for p in w.parts):
            super().cmd_Cmd(cmd, indent, out)
            return
        # `f "${#a[@]}" "${a[@]}" x`: eval over text naming each element
        pre: list[ir.Command] = []
        text: list[str] = []
        for w in cmd.words:
            t = f"__e{len(pre) + 1}"
            if len(w.parts) == 1 and isinstance(w.parts[0], ir.Elements):
                el = w.parts[0]
                pre.append(ir.Cmd([ir.lit("__utah_refs"), ir.lit(el.name), ir.lit(str(el.start))]))
                pre.append(ir.Assign(t, ir.var("__uref")))
                text.append(f"${t}")
            elif any(isinstance(p, ir.Elements) for p in w.parts):
                raise Unsupported("an array's elements inside a longer word")
            elif w.literal is not None and _SAFE_WORD.fullmatch(w.literal):
                text.append(w.literal)
            else:
                pre.append(ir.Assign(t, w))
                text.append(f'\\"\\${t}\\"')
        self.block(ir.Block(pre), indent, out)
        tail = self.redirects(cmd.redirects) + (" &" if cmd.background else "")
        out.append(indent + 'eval "' + " ".join(text) + '"' + tail)

    def cmd_Assign(self, cmd: ir.Assign, indent: str, out: list[str]) -> None:
        if cmd.index is not None:
            value = cmd.value if cmd.value is not None else ir.EMPTY
            self.command(ir.Cmd([ir.lit("__utah_aset"), ir.lit(cmd.name),
                                 ir.Word((ir.Arith(cmd.index.text),)), value]), indent, out)
        elif cmd.append and cmd.value is not None:
            super().cmd_Assign(ir.Assign(cmd.name, ir.var(cmd.name) + cmd.value), indent, out)
        else:
            super().cmd_Assign(replace(cmd, local=False), indent, out)

    def cmd_ArrayAssign(self, cmd: ir.ArrayAssign, indent: str, out: list[str]) -> None:
        name = cmd.name
        reads_self = not cmd.append and any(
            isinstance(p, (ir.Elements, ir.Var)) and p.name == name for w in cmd.values for p in w.parts)
        target = "__uy" if reads_self else name
        cmds: list[ir.Command] = []
        if not cmd.append:
            cmds.append(ir.Cmd([ir.lit("__utah_aclear"), ir.lit(target)]))
        scalars: list[ir.Word] = []
        for w in cmd.values + [None]:  # type: ignore[list-item]
            if w is not None and not (len(w.parts) == 1 and isinstance(w.parts[0], ir.Elements)):
                scalars.append(w)
                continue
            if scalars:
                cmds.append(ir.Cmd([ir.lit("__utah_apush"), ir.lit(target), *scalars]))
                scalars = []
            if w is not None:
                el = w.parts[0]
                cmds.append(ir.Cmd([ir.lit("__utah_acopy"), ir.lit(target), ir.lit(el.name),  # type: ignore[union-attr]
                                    ir.lit(str(el.start))]))  # type: ignore[union-attr]
        if reads_self:
            cmds += [ir.Cmd([ir.lit("__utah_aclear"), ir.lit(name)]),
                     ir.Cmd([ir.lit("__utah_acopy"), ir.lit(name), ir.lit("__uy"), ir.lit("0")])]
        self.block(ir.Block(cmds), indent, out)

    def bind_scalar(self, name: str, position: int) -> str:
        return f"{name}=${{{position}}}" if position > 9 else f"{name}=${position}"

    def bind_array(self, name: str) -> str:
        return f'__utah_abind {name} "$@"'

    def cmd_ArrayPop(self, cmd: ir.ArrayPop, indent: str, out: list[str]) -> None:
        out.append(f"{indent}__utah_apop {cmd.name}")

    def cmd_Local(self, cmd: ir.Local, indent: str, out: list[str]) -> None:
        if cmd.arrays:
            out += [f"{indent}__utah_aclear {name}" for name in cmd.names]
        else:
            out.append(f"{indent}unset {' '.join(cmd.names)}")

    # ------------------------------------------------------------------ tests

    def test_text(self, t: ir.Test) -> str:
        left = self.word(t.left)
        if t.right is None:
            if t.op not in ("-n", "-z", "-e", "-f", "-d", "-t", "-r", "-w", "-x", "-s"):
                raise Unsupported(f"the test `{t.op}`")
            return f"[ {t.op} {left} ]"
        right = self.word(t.right)
        if t.op == "glob":
            return f"case {left} in {right}) ;; *) false ;; esac"
        if t.op in ("==", "!="):
            return f"[ {left} {'=' if t.op == '==' else '!='} {right} ]"
        raise Unsupported(f"the string test `{t.op}` (use the run-time helper)")

    def cmd_ArithTest(self, cmd: ir.ArithTest, indent: str, out: list[str]) -> None:
        out.append(f'{indent}[ "$(({self.arith(cmd.text)}))" -ne 0 ]')

    # ------------------------------------------------------------------ loops

    def loop_local(self, prefix: str, array: bool = False) -> str:
        self.counter += 1
        name = f"{prefix}{self.counter}"
        target = self.fn_arrays if array else self.fn_scalars
        if target is not None:
            target.append(name)
        return name

    def cmd_ForIn(self, cmd: ir.ForIn, indent: str, out: list[str]) -> None:
        if not any(isinstance(p, ir.Elements) for w in cmd.words for p in w.parts):
            pre: list[str] = []
            words = [self.flat(w, pre) for w in cmd.words]
            out += [indent + line for line in pre]
            super().cmd_ForIn(replace(cmd, words=words), indent, out)
            return
        first = cmd.words[0].parts[0]
        if len(cmd.words) == 1 and isinstance(first, ir.Elements) and first.name.startswith("__t"):
            source, start = first.name, first.start  # a temporary nobody else changes
        else:
            source, start = self.loop_local("__f", array=True), 0
            self.cmd_ArrayAssign(ir.ArrayAssign(source, cmd.words), indent, out)
        i = self.loop_local("__i")
        out += [f"{indent}{i}={start}",
                  f'{indent}while [ "${i}" -lt "${source}__n" ]; do',
                  f'{indent}  eval "{cmd.name}=\\${{{source}__${i}}}"',
                  f"{indent}  {i}=$(({i} + 1))"]
        self.body(cmd.body, indent + _INDENT, out)
        out.append(indent + "done")

    def cmd_ArithFor(self, cmd: ir.ArithFor, indent: str, out: list[str]) -> None:
        init, test, step = (s.strip() for s in cmd.header.split(";"))
        first = [indent + self.arith_statement(init)] if init else []
        step_cmd = ir.RawCmd(ir.Word((ir.Raw(self.arith_statement(step)),)))
        body = _before_continue(cmd.body, step_cmd, 1)
        body.cmds.append(step_cmd)
        out += first
        self.loop(f'while [ "$(({self.arith(test or "1")}))" -ne 0 ]', body, indent, out)

    def arith_statement(self, text: str) -> str:
        """`i++`, `i += 2`, `i = 0` as a POSIX assignment."""
        m = _STEP.match(text)
        if m is None:
            raise Unsupported(f"the loop header part `{text}`")
        if m.group(1):
            return f"{m.group(1)}=$(({m.group(1)} {m.group(2)[0]} 1))"
        name, op, value = m.group(3), m.group(4), self.arith(m.group(5))
        if op == "=":
            return f"{name}=$(({value}))"
        return f"{name}=$(({name} {op[0]} ({value})))"

    # -------------------------------------------------------------- functions

    def cmd_Function(self, cmd: ir.Function, indent: str, out: list[str]) -> None:
        scalars, arrays = _declared_locals(cmd.body)
        saved = self.fn_scalars, self.fn_arrays
        self.fn_scalars, self.fn_arrays = [], []
        try:
            body: list[str] = []
            self.body(cmd.body, indent + _INDENT, body)
            scalars += [n for n in self.fn_scalars if n not in scalars]
            arrays += [n for n in self.fn_arrays if n not in arrays]
        finally:
            self.fn_scalars, self.fn_arrays = saved
        if not scalars and not arrays:
            out += [f"{indent}{cmd.name}() {{"] + body + [indent + "}"]
            return
        inner = f"__fn_{cmd.name}"
        wrapper = [f"{indent}{cmd.name}() {{"]
        if scalars:
            wrapper.append(f"{indent}  __utah_save {' '.join(scalars)}")
        wrapper += [f"{indent}  __utah_save_array {a}" for a in arrays]
        wrapper += [f'{indent}  {inner} "$@"', f'{indent}  set -- "$?"']
        wrapper += [f"{indent}  __utah_restore_array {a}" for a in reversed(arrays)]
        if scalars:
            wrapper.append(f"{indent}  __utah_restore {' '.join(reversed(scalars))}")
        wrapper += [f'{indent}  return "$1"', indent + "}"]
        out += [f"{indent}{inner}() {{"] + body + [indent + "}", ""] + wrapper


def _declared_locals(block: ir.Block) -> tuple[list[str], list[str]]:
    """The scalar and array locals a function body declares."""
    scalars: list[str] = []
    arrays: list[str] = []

    def add(target: list[str], name: str) -> None:
        if name not in target:
            target.append(name)

    for cmd in _walk(block):
        if isinstance(cmd, ir.Local):
            for n in cmd.names:
                add(arrays if cmd.arrays else scalars, n)
        elif isinstance(cmd, ir.Assign) and cmd.local:
            add(scalars, cmd.name)
        elif isinstance(cmd, ir.ArrayAssign) and cmd.local:
            add(arrays, cmd.name)
        elif isinstance(cmd, ir.BindParams):
            for n, is_array in cmd.params:
                add(arrays if is_array else scalars, n)
    return scalars, arrays


def _children(cmd: ir.Command) -> list[ir.Block]:
    if isinstance(cmd, ir.If):
        return [b for arm in cmd.arms for b in arm] + ([cmd.otherwise] if cmd.otherwise else [])
    if isinstance(cmd, ir.While):
        return [cmd.cond, cmd.body]
    if isinstance(cmd, (ir.ForIn, ir.ArithFor, ir.Group)):
        return [cmd.body]
    if isinstance(cmd, ir.Case):
        return [b for _, b in cmd.arms]
    if isinstance(cmd, (ir.AndOr, ir.Pipeline)):
        return [ir.Block(list(cmd.cmds))]
    if isinstance(cmd, ir.Not):
        return [ir.Block([cmd.cmd])]
    return []


def _walk(block: ir.Block):
    for cmd in block.cmds:
        yield cmd
        for child in _children(cmd):
            yield from _walk(child)


def _before_continue(block: ir.Block, step: ir.Command, level: int) -> ir.Block:
    """A copy of a loop body where each `continue` that targets the loop (`level` loops
    out) first runs `step`."""
    def fix(cmd: ir.Command, level: int) -> ir.Command:
        if isinstance(cmd, ir.Control) and cmd.keyword == "continue":
            n = int(cmd.arg.literal) if cmd.arg is not None and cmd.arg.literal else 1
            return ir.Group(ir.Block([step, cmd])) if n == level else cmd
        r = replace
        if isinstance(cmd, ir.If):
            return r(cmd, arms=[(blk(c, level), blk(b, level)) for c, b in cmd.arms],
                     otherwise=blk(cmd.otherwise, level) if cmd.otherwise else None)
        if isinstance(cmd, ir.While):
            return r(cmd, cond=blk(cmd.cond, level + 1), body=blk(cmd.body, level + 1))
        if isinstance(cmd, (ir.ForIn, ir.ArithFor)):
            return r(cmd, body=blk(cmd.body, level + 1))
        if isinstance(cmd, ir.Group):
            return r(cmd, body=blk(cmd.body, level))
        if isinstance(cmd, ir.Case):
            return r(cmd, arms=[(p, blk(b, level)) for p, b in cmd.arms])
        if isinstance(cmd, ir.AndOr):
            return r(cmd, cmds=[fix(c, level) for c in cmd.cmds])
        if isinstance(cmd, ir.Not):
            return r(cmd, cmd=fix(cmd.cmd, level))
        return cmd

    def blk(b: ir.Block, level: int) -> ir.Block:
        return ir.Block([fix(c, level) for c in b.cmds])

    return blk(block, level)
