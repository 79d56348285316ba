"""The small shell IR that lowering produces and printers print.

It is modelled on Amber's "fragments": words made of parts (literal text, variable
expansions, arithmetic, command substitutions), commands, and blocks. Quoting is the
printer's job: lowering never writes a quote character, so a value can never escape
its word. Shell text the user wrote (raw command lines, `$( … )`) travels as `Raw`,
already spliced by `lower/shellcode.py`.
"""
from __future__ import annotations

from .records import field, record

# ---------------------------------------------------------------------------- words


class Lit(metaclass=record, frozen=True):
    """Literal text; printed quoted so nothing in it is special."""
    text: str


class Var(metaclass=record, frozen=True):
    """`$name` (a scalar), or one element `${name[index]}` when index is given."""
    name: str
    index: "Arith | None" = None


class Expansion(metaclass=record, frozen=True):
    """`${name-arg}` / `${name#arg}`, or of one element `${name[index]-arg}`: a parameter
    expansion with an operator whose word `arg` is literal text (an absent element read
    as undefined, the mark of null/undefined stripped for printing: lower/nullish.py)."""
    name: str
    op: str
    arg: str
    index: "Arith | None" = None


class Count(metaclass=record, frozen=True):
    """`${#name[@]}` — the number of elements of an array."""
    name: str


class Length(metaclass=record, frozen=True):
    """`${#name}` — the length of a scalar in characters."""
    name: str


class Elements(metaclass=record, frozen=True):
    """`"${name[@]}"` — every element of an array, one word each (from index `start`)."""
    name: str
    start: int = 0


class Arith(metaclass=record, frozen=True):
    """`$(( text ))`; `text` is an arithmetic expression in shell syntax."""
    text: str


class Subst(metaclass=record, frozen=True):
    """`$( body )` — a command substitution of IR commands."""
    body: "Block"


class Raw(metaclass=record, frozen=True):
    """Shell text printed exactly as is (user-written shell code, already spliced)."""
    text: str


class Splice(metaclass=record, frozen=True):
    """A Utah value spliced into user-written shell code (LANGUAGE.md §8).

    `mode` says where it stands: "word" (an ordinary word: quoted, never split or
    globbed), "dq" / "sq" (inside the user's double / single quotes), "arith" (inside
    `$(( ))`), "eval" (the whole first word of a command: the value runs as shell code).
    """
    word: "Word"
    mode: str


class Status(metaclass=record, frozen=True):
    """`$?`"""


class LastPid(metaclass=record, frozen=True):
    """`$!`"""


Part = Lit | Var | Expansion | Count | Length | Elements | Arith | Subst | Raw | Splice | Status | LastPid


class Word(metaclass=record, frozen=True):
    parts: tuple[Part, ...]

    @staticmethod
    def of(*parts: "Part | str") -> "Word":
        return Word(tuple(Lit(p) if isinstance(p, str) else p for p in parts))

    def __add__(self, other: "Word") -> "Word":
        return Word(self.parts + other.parts)

    @property
    def literal(self) -> str | None:
        """The text when every part is literal, else None."""
        parts = self.parts
        if len(parts) == 1:  # (the common case of a hot path of the printers)
            return parts[0].text if type(parts[0]) is Lit else None
        texts = []
        for p in parts:
            if p.__class__ is not Lit:
                return None
            texts.append(p.text)
        return "".join(texts)


def joined(words: list[Word]) -> Word:
    """One word made of the parts of `words` in turn: `a + b + …` without making the
    words between."""
    if len(words) == 1:
        return words[0]
    parts: list[Part] = []
    for w in words:
        parts += w.parts
    return Word(tuple(parts))


class _MadeWords(dict):
    """The words `lit` and `var` made, by text: most recur (`printf`, `__r`, a variable
    read again and again), and a word is immutable, so one serves every use. `lit` and
    `var` are the `__getitem__` of one each: a word made before is found without a
    Python call (the commonest calls of lowering); `__missing__` makes the others.
    (Bounded: a long running process compiles many programs.)"""
    KEPT = 4096

    def __init__(self, part: type):
        super().__init__()
        self.part = part

    def __missing__(self, text: str) -> Word:
        word = Word((self.part(text),))
        if len(self) < self.KEPT:
            self[text] = word
        return word


lit = _MadeWords(Lit).__getitem__  # lit(text) -> Word of the literal text
var = _MadeWords(Var).__getitem__  # var(name) -> Word of `$name`


EMPTY = Word(())

# ------------------------------------------------------------------------- commands


class Redirect(metaclass=record):
    """`fd op target`, e.g. `>&2` is Redirect(">&", lit("2"), fd=None)."""
    op: str
    target: Word
    fd: int | None = None


class Cmd(metaclass=record):
    """A simple command: `name args… redirects…`."""
    words: list[Word]
    redirects: list[Redirect] = field(default_factory=list)
    background: bool = False


class Assign(metaclass=record):
    """`name=value`, `name[index]=value`, or with `local`: `local name=value`."""
    name: str
    value: Word | None
    index: Arith | None = None
    local: bool = False
    append: bool = False


class ArrayAssign(metaclass=record):
    """`name=(words…)`, or `name+=(words…)` when append."""
    name: str
    values: list[Word]
    local: bool = False
    append: bool = False


class BindParams(metaclass=record):
    """A function's parameters from its arguments, in order. A scalar takes one
    argument; an array arrives as its length followed by its elements."""
    params: list[tuple[str, bool]]  # (name, is_array)


class ArrayPop(metaclass=record):
    """Remove the last element of an array (if any)."""
    name: str


class Local(metaclass=record):
    """`local a b` / `local -a xs` — declarations without values."""
    names: list[str]
    arrays: bool = False


class RawCmd(metaclass=record):
    """User-written shell code as a statement: Raw text and Splice parts."""
    code: Word
    redirects: list[Redirect] = field(default_factory=list)
    background: bool = False


class Test(metaclass=record):
    """A condition: `[[ … ]]` in bash. `op` is one of
    `-n -z` (unary on left), `== !=` (string equality), `< >` (string order),
    `=~` (ERE match, right is the regex word), `glob` (left matches shell pattern right:
    `*`/`?` in Raw parts are active), `-e -f -d` (file tests on left)."""
    op: str
    left: Word
    right: Word | None = None


class Match(metaclass=record):
    """Status 0 when `word` matches one of the shell `patterns` (pattern text, every
    character active), or with `negated`, none of them (a `case`)."""
    word: Word
    patterns: list[str]
    negated: bool = False


class ArithTest(metaclass=record):
    """`(( text ))` used as a condition."""
    text: str


class Not(metaclass=record):
    cmd: "Command"


class AndOr(metaclass=record):
    """`a && b || c`; ops[i] joins cmds[i] and cmds[i+1]."""
    cmds: list["Command"]
    ops: list[str]


class Pipeline(metaclass=record):
    cmds: list["Command"]


class Group(metaclass=record):
    """`{ …; }` with redirects."""
    body: "Block"
    redirects: list[Redirect] = field(default_factory=list)
    background: bool = False


class If(metaclass=record):
    """`if cond; then … elif …; else …; fi`; `arms` is [(cond, body), …]."""
    arms: list[tuple["Block", "Block"]]
    otherwise: "Block | None" = None


class While(metaclass=record):
    cond: "Block"
    body: "Block"
    until: bool = False


class ForIn(metaclass=record):
    """`for name in words…; do …; done`"""
    name: str
    words: list[Word]
    body: "Block"


class ArithFor(metaclass=record):
    """`for ((init; test; step)); do …; done`"""
    header: str
    body: "Block"


class Case(metaclass=record):
    """`case word in pat|pat) …;; esac`; patterns are Words (Raw parts stay active)."""
    word: Word
    arms: list[tuple[list[Word], "Block"]]


class Function(metaclass=record):
    name: str
    body: "Block"


class Control(metaclass=record):
    """`break N`, `continue N`, `return N`, `exit WORD`."""
    keyword: str
    arg: Word | None = None


class Comment(metaclass=record):
    text: str


class Blank(metaclass=record):
    """An empty line between top-level parts."""


Command = (Cmd | Assign | ArrayAssign | BindParams | ArrayPop | Local | RawCmd | Test | Match | ArithTest | Not
           | AndOr | Pipeline | Group | If | While | ForIn | ArithFor | Case | Function | Control | Comment | Blank)


class Block(metaclass=record):
    cmds: list[Command] = field(default_factory=list)

    def add(self, cmd: Command) -> None:
        self.cmds.append(cmd)


class Module(metaclass=record):
    """A whole program: helpers first, then functions, then the main body."""
    helpers: list[str]          # shell text of each run-time helper, already complete
    functions: list[Function]
    body: Block
    prologue: list[Command] = field(default_factory=list)
