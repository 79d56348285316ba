"""Prints the shell IR as bash. Quoting decisions live here and nowhere else."""
from __future__ import annotations

from .. import ir, patterns

_SAFE_BARE = patterns.compile(r"[A-Za-z0-9_./:=@%+^-]+")
# Reserved words read as syntax where a command could start (and confuse shellcheck elsewhere)
_RESERVED = frozenset("if then else elif fi case esac for select while until do done in function time".split())
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_BARE_VALUE = patterns.compile(r"-?[0-9][0-9.e+-]*|true|false|NaN|-?Infinity|null")
# a backslash before each character special inside double quotes
_DQ_ESCAPES = str.maketrans({c: "\\" + c for c in '\\"$`'})
# Parts that stand unquoted as the whole value of an assignment (no splitting happens there)
_LONE_EXPANSIONS = frozenset({ir.Var, ir.Subst, ir.Arith, ir.Status, ir.LastPid, ir.Count, ir.Length})
# The words after which a list goes on without `;` (`then`, `do` …; `|` and `&` too)
_OPENING_WORDS = ("then", "do", "else", "{", "in")
# `quote_literal`'s results (a dict rather than `functools.lru_cache`, whose import costs
# start-up time): the same words recur, `printf`, `'%s\n'`, `__r` …
_QUOTED: dict[str, str] = {}
_Lit, _Var, _Raw = ir.Lit, ir.Var, ir.Raw  # (module globals: read per word part)
_ASSIGNED: dict[str, str] = {}  # `_assigned_text`'s results
# One level of indentation. A command is printed at an indentation given as text, which
# its body's lines extend (no `"  " * depth` per line)
_INDENT = "  "


class Unsupported(Exception):
    """A construct the printer's dialect has no form for; reported as a compile error."""


def constant_test(t: ir.Test) -> bool | None:
    """The result of a string test whose words are all literal, else None."""
    left = t.left.literal
    right = t.right.literal if t.right is not None else None
    if left is None or (t.right is not None and right is None):
        return None
    if t.right is None:
        return {"-n": left != "", "-z": left == ""}.get(t.op)
    a, b = left.encode(), right.encode()
    return {"==": a == b, "!=": a != b, "<": a < b, ">": a > b}.get(t.op)


def _assigned_text(bare: str) -> str:
    """The text of a literal value printed bare on the right of `=`: quoted where it would
    read like a command's output (`x=diff`, SC2209); numbers, booleans and null stay bare.
    (Remembered per text, as `quote_literal`'s: the same values recur, `0`, `true` …)"""
    text = _ASSIGNED.get(bare)
    if text is None:
        if len(_ASSIGNED) >= 4096:  # a process that compiles many programs
            _ASSIGNED.clear()
        text = _ASSIGNED[bare] = bare if _BARE_VALUE.fullmatch(bare) else f"'{bare}'"
    return text


def _on_one_line(lines: list[str]) -> str:
    """Printed lines joined into one: `;` between them, none after `then`, `do`, `{` …"""
    out = previous = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        out += (" " if _opens_list(previous) else "; ") + line
        previous = line
    return out


def _opens_list(line: str) -> bool:
    """Whether `line` ends with `|`, `&` or a word of `_OPENING_WORDS` (at its start or
    after a blank or `;`). (String methods: a regular expression searched the whole line.)"""
    if line.endswith(("|", "&")):
        return True
    if not line.endswith(_OPENING_WORDS):  # (most lines: one test, not one per word)
        return False
    for word in _OPENING_WORDS:  # (none ends with another)
        if line.endswith(word):
            before = line[-len(word) - 1:-len(word)]
            return not before or before.isspace() or before == ";"
    return False


class BashPrinter:
    """One method per IR node; `PosixPrinter` overrides only what differs. A command's
    method appends its lines to `out`, the list of the lines printed so far (no list per
    command, none copied into its parent's)."""

    shebang = "#!/usr/bin/env bash"

    def __init__(self) -> None:
        self._cmd_methods: dict[type, object] = {}  # IR class → bound `cmd_*` method

    # ------------------------------------------------------------------ module

    def print_module(self, module: ir.Module) -> str:
        out: list[str] = [self.shebang]
        for cmd in module.prologue:
            self.command(cmd, "", out)
        for helper in module.helpers:  # (its lines as one piece: `out` is joined by newlines)
            out.append("")
            out.append(helper.rstrip("\n"))
        for fn in module.functions:
            out.append("")
            self.command(fn, "", out)
        if module.helpers or module.functions:
            out.append("")
        self.block(module.body, "", out)
        return "\n".join(out) + "\n"

    # ------------------------------------------------------------------- words

    def word(self, w: ir.Word, assign: bool = False) -> str:
        """A word as shell text. In an assignment a lone expansion needs no quotes."""
        parts = w.parts
        if len(parts) == 1:  # the common case, told by class identity (IR parts have no subclasses)
            part = parts[0]
            cls = type(part)
            if cls is _Lit:
                quoted = _QUOTED.get(part.text)  # (`quote_literal`'s memo, one call less)
                return quoted if quoted is not None else self.quote_literal(part.text)
            if cls is _Var and part.index is None:
                return "$" + part.name if assign else '"$' + part.name + '"'
            if assign and cls in _LONE_EXPANSIONS:
                return self.part_text(part, False, None)
            if cls is not _Raw and cls is not ir.Splice:
                return '"' + self.part_text(part, True, None) + '"'
        elif not parts:
            return "''" if not assign else ""
        out: list[str] = []
        in_quotes = False
        literal = True  # (while every part is literal text)
        last = len(parts) - 1
        for i, part in enumerate(parts):
            cls = part.__class__
            if cls is _Lit:
                if not in_quotes:
                    out.append('"')
                    in_quotes = True
                out.append(part.text.translate(_DQ_ESCAPES))
                continue
            literal = False
            if cls is _Raw or cls is ir.Splice:
                if in_quotes:
                    out.append('"')
                    in_quotes = False
                out.append(self.part_text(part, False, None))
                continue
            if not in_quotes:
                out.append('"')
                in_quotes = True
            out.append(self.part_text(part, True, parts[i + 1] if i < last else None))
        if literal:  # every part literal text (`joined` words): quoted as one
            return self.quote_literal(w.literal)
        if in_quotes:
            out.append('"')
        return "".join(out)

    def part_text(self, part: ir.Part, quoted: bool, next_part: ir.Part | None = None) -> str:
        """One part's text, written to stand inside double quotes when `quoted`."""
        cls = type(part)
        if cls is ir.Lit:
            return part.text.translate(_DQ_ESCAPES)  # (`escape_dq`, one call less)
        if cls is ir.Var:
            if part.index is not None:
                return f"${{{part.name}[{part.index.text}]}}"
            if next_part.__class__ is ir.Lit and next_part.text[:1] in _NAME_CHARS:
                return f"${{{part.name}}}"  # `${x}y`, not `$xy`
            return f"${part.name}"
        if part.__class__ is ir.Expansion:
            index = "" if part.index is None else f"[{part.index.text}]"
            return f"${{{part.name}{index}{part.op}{self.escape_dq(part.arg)}}}"
        if part.__class__ is ir.Elements:
            return f"${{{part.name}[@]:{part.start}}}" if part.start else f"${{{part.name}[@]}}"
        if part.__class__ is ir.Count:
            return f"${{#{part.name}[@]}}"
        if part.__class__ is ir.Length:
            return f"${{#{part.name}}}"
        if part.__class__ is ir.Arith:
            return f"$(({part.text}))"
        if part.__class__ is ir.Subst:
            return "$(" + self.inline_block(part.body) + ")"
        if part.__class__ is ir.Status:
            return "$?"
        if part.__class__ is ir.LastPid:
            return "$!"
        if part.__class__ is ir.Raw:
            return part.text
        if part.__class__ is ir.Splice:
            return self.splice(part)
        raise TypeError(f"unknown word part {part!r}")

    def splice(self, s: ir.Splice) -> str:
        """A Utah value inside user shell code, by where it stands (LANGUAGE.md §8)."""
        if s.mode == "word":
            return self.word(s.word)
        if s.mode == "eval":
            return "eval " + self.word(s.word)
        inner = "".join(self.part_text(p, quoted=True, next_part=ir.Lit("x"))
                        for p in s.word.parts)
        if s.mode == "dq":
            return inner
        if s.mode == "sq":
            return "'\"" + inner + "\"'"
        if s.mode == "arith":
            return inner
        raise ValueError(f"unknown splice mode {s.mode}")

    @staticmethod
    def escape_dq(text: str) -> str:
        return text.translate(_DQ_ESCAPES)

    @staticmethod
    def quote_literal(text: str) -> str:
        quoted = _QUOTED.get(text)
        if quoted is None:
            if len(_QUOTED) >= 4096:  # a process that compiles many programs
                _QUOTED.clear()
            if _SAFE_BARE.fullmatch(text) and text not in _RESERVED and not text.startswith("="):
                quoted = text
            elif "'" not in text:
                quoted = f"'{text}'"
            else:
                quoted = '"' + BashPrinter.escape_dq(text) + '"'
            _QUOTED[text] = quoted
        return quoted

    # ---------------------------------------------------------------- commands

    def block(self, block: ir.Block, indent: str, out: list[str]) -> None:
        methods = self._cmd_methods
        for cmd in block.cmds:  # (`command` written out: a call less per command)
            method = methods.get(type(cmd))
            if method is None:
                method = self._cmd_method(cmd)
            method(cmd, indent, out)

    def body(self, block: ir.Block, indent: str, out: list[str]) -> None:
        """A compound command's body; an empty one becomes `:` (shell forbids empty bodies)."""
        start = len(out)
        self.block(block, indent, out)
        for line in out[start:]:  # (the first is nearly always a command)
            line = line.lstrip()
            if line and line[0] != "#":
                return
        out.append(indent + ":")

    def command(self, cmd: ir.Command, indent: str, out: list[str]) -> None:
        method = self._cmd_methods.get(type(cmd))
        if method is None:
            method = self._cmd_method(cmd)
        method(cmd, indent, out)

    def _cmd_method(self, cmd: ir.Command):
        """The bound `cmd_*` method for `cmd`'s class, kept for the next one."""
        method = self._cmd_methods[cmd.__class__] = getattr(self, "cmd_" + type(cmd).__name__)
        return method

    def one_line(self, cmd: ir.Command) -> str:
        """A command that must fit on one line (conditions, `&&` chains)."""
        if cmd.__class__ is ir.Group:
            inner = "; ".join(self.one_line(c) for c in cmd.body.cmds)
            return "{ " + inner + "; }" + self.redirects(cmd.redirects) + (" &" if cmd.background else "")
        lines: list[str] = []
        self.command(cmd, "", lines)
        if len(lines) == 1:
            return lines[0]
        return "{ " + _on_one_line(lines) + "; }"

    def inline_block(self, block: ir.Block) -> str:
        """A block on one line: `;` between commands, none after `then`, `do`, `{` …"""
        lines: list[str] = []
        self.block(block, "", lines)
        if len(lines) == 1:
            return lines[0].strip()
        return _on_one_line(lines) if lines else ":"

    def redirects(self, redirects: list[ir.Redirect]) -> str:
        if not redirects:
            return ""
        return "".join(f" {r.fd if r.fd is not None else ''}{r.op}{self.word(r.target)}"
                       for r in redirects)

    def cmd_Cmd(self, cmd: ir.Cmd, indent: str, out: list[str]) -> None:
        text = " ".join(map(self.word, cmd.words))
        if cmd.redirects:
            text += self.redirects(cmd.redirects)
        out.append(f"{indent}{text} &" if cmd.background else indent + text)

    def cmd_Assign(self, cmd: ir.Assign, indent: str, out: list[str]) -> None:
        target = cmd.name if cmd.index is None else f"{cmd.name}[{cmd.index.text}]"
        prefix = "local " if cmd.local else ""
        if cmd.value is None:
            out.append(indent + prefix + target)
            return
        if cmd.append:  # `x+=1` reads as a sum (SC2324): quote
            literal = cmd.value.literal
            value = self.word(cmd.value) if literal is None else '"' + self.escape_dq(literal) + '"'
            if not value.startswith(('"', "'")):
                value = f'"{value}"'
            out.append(indent + prefix + target + "+=" + value)
            return
        value = self.word(cmd.value, True)
        parts = cmd.value.parts
        if parts and parts[0].__class__ is _Lit and value == cmd.value.literal:
            # literal text, printed bare
            value = _assigned_text(value)
        out.append(f"{indent}{prefix}{target}={value}")

    def cmd_ArrayAssign(self, cmd: ir.ArrayAssign, indent: str, out: list[str]) -> None:
        values = " ".join(self.word(w) for w in cmd.values)
        prefix = "local -a " if cmd.local else ""
        op = "+=" if cmd.append else "="
        out.append(f"{indent}{prefix}{cmd.name}{op}({values})")

    def cmd_BindParams(self, cmd: ir.BindParams, indent: str, out: list[str]) -> None:
        if not any(is_array for _, is_array in cmd.params):
            out += [indent + self.bind_scalar(name, i + 1) for i, (name, _) in enumerate(cmd.params)]
            return
        for name, is_array in cmd.params:
            if is_array:
                out += [indent + self.bind_array(name), f'{indent}shift "$(($1 + 1))"']
            else:
                out += [indent + self.bind_scalar(name, 1), f"{indent}shift"]

    def bind_scalar(self, name: str, position: int) -> str:
        """A scalar parameter from positional parameter `position`."""
        return f"local {name}=${position}"

    def bind_array(self, name: str) -> str:
        """An array parameter from `"$@"` = COUNT ELEMENT…"""
        return f'local -a {name}=("${{@:2:$1}}")'

    def cmd_ArrayPop(self, cmd: ir.ArrayPop, indent: str, out: list[str]) -> None:
        out.append(f"{indent}unset '{cmd.name}[${{#{cmd.name}[@]}}-1]'")

    def cmd_Local(self, cmd: ir.Local, indent: str, out: list[str]) -> None:
        flag = "-a " if cmd.arrays else ""
        out.append(f"{indent}local {flag}{' '.join(cmd.names)}")

    def cmd_RawCmd(self, cmd: ir.RawCmd, indent: str, out: list[str]) -> None:
        text = "".join(self.part_text(p, quoted=False) for p in cmd.code.parts)
        # `&` applies to a whole and-or list already; a redirection would reach only its
        # last command, so a possible list is grouped (wrongly grouping is harmless)
        if cmd.redirects and ("\n" in text or self._is_list(text)):
            text = "{ " + text.rstrip().rstrip(";") + "; }"
        text += self.redirects(cmd.redirects) + (" &" if cmd.background else "")
        lines = text.split("\n")
        out.append(indent + lines[0])
        out += lines[1:]

    @staticmethod
    def _is_list(text: str) -> bool:
        return any(sep in text for sep in (";", "&&", "||", "|", "&"))

    def cmd_Test(self, cmd: ir.Test, indent: str, out: list[str]) -> None:
        decided = constant_test(cmd)
        if decided is not None:  # both sides known: shell would only see a constant
            out.append(indent + ("true" if decided else "false"))
            return
        if cmd.op in ("==", "!=") and (cmd.left.literal or " ")[0] in "-!()":
            # `[[ -n != $s ]]` is a syntax error, and shellcheck parses neither `[[ '(' …`
            # nor `[ -n != … ]`: such a literal goes on the right, where it is a plain word
            cmd = ir.Test(cmd.op, cmd.right, cmd.left)
        out.append(indent + self.test_text(cmd))

    def test_text(self, t: ir.Test) -> str:
        left = self.test_word(t.left)
        if t.right is None:
            return f"[[ {t.op} {left} ]]"
        if left[0] in "-!":  # (`[[ -n == x ]]` is a syntax error; `[[ -e -n ]]` is not)
            left = f"'{left}'"
        if t.op == "glob":
            return f"[[ {left} == {self.word(t.right)} ]]"
        if t.op == "=~":
            return f"[[ {left} =~ {self.word(t.right)} ]]"
        return f"[[ {left} {t.op} {self.word(t.right)} ]]"

    def test_word(self, w: ir.Word) -> str:
        """Left side of `[[ ]]`: a lone expansion needs no quotes there."""
        return self.word(w, assign=True) or "''"

    def cmd_Match(self, cmd: ir.Match, indent: str, out: list[str]) -> None:
        """A `case` in bash too: a third faster than `[[ w != p && w != q ]]` there."""
        arms = "false ;;" if cmd.negated else ";; *) false ;;"
        out.append(f"{indent}case {self.word(cmd.word)} in {'|'.join(cmd.patterns)}) {arms} esac")

    def cmd_ArithTest(self, cmd: ir.ArithTest, indent: str, out: list[str]) -> None:
        out.append(f"{indent}(({cmd.text}))")

    def cmd_Not(self, cmd: ir.Not, indent: str, out: list[str]) -> None:
        inner = cmd.cmd
        if inner.__class__ is ir.AndOr:  # `! a && b` would negate only `a`
            inner = ir.Group(ir.Block([inner]))
        out.append(indent + "! " + self.one_line(inner))

    def cmd_AndOr(self, cmd: ir.AndOr, indent: str, out: list[str]) -> None:
        parts = [self.one_line(cmd.cmds[0])]
        for op, c in zip(cmd.ops, cmd.cmds[1:]):
            if c.__class__ is ir.AndOr and (any(inner != op for inner in c.ops)
                                             or any(d.__class__ is ir.AndOr for d in c.cmds)):
                # `a || (b && c)`: the shell's `&&` and `||` bind alike, from the left, so
                # written out it would be `(a || b) && c` (a chain of `op` alone is safe)
                c = ir.Group(ir.Block([c]))
            parts.append(f"{op} {self.one_line(c)}")
        out.append(indent + " ".join(parts))

    def cmd_Pipeline(self, cmd: ir.Pipeline, indent: str, out: list[str]) -> None:
        out.append(indent + " | ".join(self.one_line(c) for c in cmd.cmds))

    def cmd_Group(self, cmd: ir.Group, indent: str, out: list[str]) -> None:
        inner: list[str] = []
        self.body(cmd.body, indent + _INDENT, inner)
        tail = "}" + self.redirects(cmd.redirects) + (" &" if cmd.background else "")
        if len(inner) == 1 and "\n" not in inner[0]:
            out.append(indent + "{ " + inner[0].strip() + "; " + tail)
            return
        out.append(indent + "{")
        out += inner
        out.append(indent + tail)

    def cmd_If(self, cmd: ir.If, indent: str, out: list[str]) -> None:
        kw = indent + "if "
        for cond, body in cmd.arms:
            out.append(f"{kw}{self.inline_block(cond)}; then")
            self.body(body, indent + _INDENT, out)
            kw = indent + "elif "
        if cmd.otherwise is not None and cmd.otherwise.cmds:
            out.append(indent + "else")
            self.body(cmd.otherwise, indent + _INDENT, out)
        out.append(indent + "fi")

    def loop(self, head: str, body: ir.Block, indent: str, out: list[str]) -> None:
        """`head; do`, the body, `done`."""
        out.append(f"{indent}{head}; do")
        self.body(body, indent + _INDENT, out)
        out.append(indent + "done")

    def cmd_While(self, cmd: ir.While, indent: str, out: list[str]) -> None:
        self.loop(f"{'until' if cmd.until else 'while'} {self.inline_block(cmd.cond)}", cmd.body, indent, out)

    def cmd_ForIn(self, cmd: ir.ForIn, indent: str, out: list[str]) -> None:
        words = " ".join(self.word(w) for w in cmd.words)
        self.loop(f"for {cmd.name} in {words}", cmd.body, indent, out)

    def cmd_ArithFor(self, cmd: ir.ArithFor, indent: str, out: list[str]) -> None:
        self.loop(f"for (({cmd.header}))", cmd.body, indent, out)

    def cmd_Case(self, cmd: ir.Case, indent: str, out: list[str]) -> None:
        out.append(f"{indent}case {self.word(cmd.word)} in")
        for arm_patterns, body in cmd.arms:
            out.append(indent + _INDENT + "|".join(self.word(p) for p in arm_patterns) + ")")
            self.body(body, indent + _INDENT * 2, out)
            out.append(indent + _INDENT * 2 + ";;")
        out.append(indent + "esac")

    def cmd_Function(self, cmd: ir.Function, indent: str, out: list[str]) -> None:
        out.append(f"{indent}{cmd.name}() {{")
        self.body(cmd.body, indent + _INDENT, out)
        out.append(indent + "}")

    def cmd_Control(self, cmd: ir.Control, indent: str, out: list[str]) -> None:
        arg = "" if cmd.arg is None else " " + self.word(cmd.arg)
        out.append(f"{indent}{cmd.keyword}{arg}")

    def cmd_Comment(self, cmd: ir.Comment, indent: str, out: list[str]) -> None:
        out += [indent + "# " + line for line in cmd.text.split("\n")]

    def cmd_Blank(self, cmd: ir.Blank, indent: str, out: list[str]) -> None:
        out.append("")
