"""Reads user-written shell code far enough to splice Utah values into it (LANGUAGE.md §8).

The shell text is not compiled, only scanned: where each `${expr}` stands (the whole
first word of a command, an ordinary word, inside the user's double or single quotes,
inside `$(( ))`), and how the text divides into top-level commands separated by `;`,
`&` and newlines, which job-control substitutions (`$(cmd & echo $!)`, `$(wait …)`)
need in order to run in the script's own shell.
"""
from __future__ import annotations

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Union

from ..records import field, record

SLOT = object()

# After these words the next word starts a command again.
_COMMAND_PREFIX_WORDS = {"then", "do", "else", "elif", "if", "while", "until", "!", "{", "time"}


class Slot(metaclass=record):
    """One `${expr}` of the shell code; `mode` is filled in by `scan`."""
    index: int
    mode: str = "word"


Piece = str | Slot


class Item(metaclass=record):
    """One top-level command (an and-or list with its pipelines) and what ends it."""
    pieces: list[Piece] = field(default_factory=list)
    terminator: str = ""  # ";", "&", "\n" or "" at the end

    @property
    def text(self) -> str:
        """The item's text with each slot shown as `\\0` (for pattern checks)."""
        return "".join(p if isinstance(p, str) else "\0" for p in self.pieces).strip()

    @property
    def first_word(self) -> str:
        words = self.text.split()
        return words[0] if words else ""


def scan(parts: list) -> tuple[list[Slot], list[Item]]:
    """Split shell code (str pieces and interpolation placeholders) into top-level items.

    `parts` holds str (shell text) and any other object for an interpolation. Returns the
    slots in order, with their splice mode set, and the top-level items.
    """
    flat: list[Union[str, Slot]] = []
    slots: list[Slot] = []
    for part in parts:
        if isinstance(part, str):
            flat.extend(part)
        else:
            slot = Slot(len(slots))
            slots.append(slot)
            flat.append(slot)
    _Scanner(flat).run()
    return slots, _split_items(flat)


class _Scanner:
    """Walks the characters once, tracking quotes, nesting and command position."""

    def __init__(self, flat: list):
        self.flat = flat
        self.i = 0

    def peek(self, k: int = 0):
        j = self.i + k
        return self.flat[j] if j < len(self.flat) else None

    def run(self) -> None:
        self.command_list(end=None)

    def command_list(self, end: str | None) -> None:
        """Scan commands until `end` (")" or "}" or None = end of text)."""
        at_start = True
        word: list = []  # pieces of the current word

        def finish_word() -> None:
            nonlocal at_start, word
            if word:
                if at_start and len(word) == 1 and isinstance(word[0], Slot):
                    word[0].mode = "eval"
                    at_start = False
                else:
                    text = "".join(w for w in word if isinstance(w, str))
                    is_assignment = ("=" in text and not isinstance(word[0], Slot)
                                     and text.split("=", 1)[0].isidentifier())
                    if not (at_start and (is_assignment or text in _COMMAND_PREFIX_WORDS)):
                        at_start = False
            word = []

        while self.i < len(self.flat):
            c = self.peek()
            if isinstance(c, Slot):
                word.append(c)
                self.i += 1
                continue
            if end is not None and c == end and not word:
                return
            if c == ")" and end == ")":
                finish_word()
                return
            if c in " \t":
                finish_word()
                self.i += 1
            elif c == "\\":
                word.append(c)
                self.i += 2
            elif c == "'":
                word.append(c)
                self.single_quoted()
            elif c == '"':
                word.append(c)
                self.i += 1
                self.double_quoted()
            elif c == "`":
                word.append(c)
                self.i += 1
                self.backticks()
            elif c == "$" and self.peek(1) == "(":
                word.append(c)
                self.substitution()
            elif c == "#" and not word:
                while self.i < len(self.flat) and self.peek() != "\n":
                    self.i += 1
            elif c == "&" and word and word[-1] in (">", "<"):
                word.append(c)  # `2>&1`, `<&3`: part of a redirection
                self.i += 1
            elif c in ";&|\n(){}" or (c == "!" and not word):
                finish_word()
                self.i += 1
                if c == "(":
                    self.command_list(end=")")
                    self.i += 1
                at_start = c not in ")}" and not (c == "&" and self.peek() == ">")
            else:
                word.append(c)
                self.i += 1
        finish_word()

    def single_quoted(self) -> None:
        self.i += 1
        while self.i < len(self.flat) and self.peek() != "'":
            c = self.peek()
            if isinstance(c, Slot):
                c.mode = "sq"
            self.i += 1
        self.i += 1

    def double_quoted(self) -> None:
        while self.i < len(self.flat):
            c = self.peek()
            if isinstance(c, Slot):
                c.mode = "dq"
                self.i += 1
            elif c == "\\":
                self.i += 2
            elif c == '"':
                self.i += 1
                return
            elif c == "$" and self.peek(1) == "(":
                self.substitution()
            elif c == "`":
                self.i += 1
                self.backticks()
            else:
                self.i += 1

    def substitution(self) -> None:
        """`$(( … ))` or `$( … )`, from its `$`."""
        if self.peek(2) == "(":
            self.i += 3
            self.arithmetic()
        else:
            self.i += 2
            self.command_list(end=")")
            self.i += 1

    def backticks(self) -> None:
        while self.i < len(self.flat) and self.peek() != "`":
            c = self.peek()
            if isinstance(c, Slot):
                c.mode = "word"
            self.i += 2 if c == "\\" else 1
        self.i += 1

    def arithmetic(self) -> None:
        depth = 0
        while self.i < len(self.flat):
            c = self.peek()
            if isinstance(c, Slot):
                c.mode = "arith"
            elif c == "(":
                depth += 1
            elif c == ")":
                if depth == 0 and self.peek(1) == ")":
                    self.i += 2
                    return
                depth -= 1
            self.i += 1


_OPENERS = {"if", "while", "until", "for", "case", "select"}
_CLOSERS = {"fi", "done", "esac"}


def _split_items(flat: list) -> list[Item]:
    """Cut the text at top-level `;`, `&` (not `&&`, `>&`, `&>`) and newlines — not
    inside brackets, quotes, or compound commands (`while …; do …; done`)."""
    items: list[Item] = []
    current = Item()
    depth = 0
    quote: str | None = None
    i = 0
    word = ""           # the word being read, to spot `if … fi` and friends
    word_at_start = True
    at_start = True     # the next word starts a command

    def end_word() -> None:
        nonlocal depth, word, word_at_start
        if word and word_at_start:
            if word in _OPENERS:
                depth += 1
            elif word in _CLOSERS:
                depth -= 1
        word = ""

    def push(ch) -> None:
        if current.pieces and isinstance(ch, str) and isinstance(current.pieces[-1], str):
            current.pieces[-1] += ch
        else:
            current.pieces.append(ch)

    while i < len(flat):
        c = flat[i]
        nxt = flat[i + 1] if i + 1 < len(flat) else None
        prev = flat[i - 1] if i > 0 else None
        if not quote and isinstance(c, str) and (c.isalnum() or c == "_"):
            if not word:
                word_at_start = at_start
            word += c
            at_start = False
            push(c)
            i += 1
            continue
        if not quote:
            end_word()
            if isinstance(c, str) and c in ";&|\n({":
                at_start = True
            elif isinstance(c, str) and c not in " \t":
                at_start = False
        if isinstance(c, Slot):
            push(c)
        elif quote:
            push(c)
            if c == "\\" and quote != "'" and nxt is not None:
                push(nxt)
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
            push(c)
        elif c == "\\" and nxt is not None:
            push(c)
            push(nxt)
            i += 1
        elif c in "({":
            depth += 1
            push(c)
        elif c in ")}":
            depth -= 1
            push(c)
        elif depth == 0 and (c in ";\n" or (c == "&" and nxt != "&" and prev not in ("&", ">", "<")
                                           and nxt != ">")):
            if c == ";" and nxt == ";":
                push(c)
            else:
                current.terminator = c
                if current.text:
                    items.append(current)
                current = Item()
        else:
            push(c)
        i += 1
    end_word()
    if current.text:
        items.append(current)
    return items


def is_job_control(items: list[Item]) -> bool:
    """Whether the code must run in the script's own shell: it starts a background job
    or waits for one (LANGUAGE.md §8, job control)."""
    return any(item.terminator == "&" or item.first_word == "wait" for item in items)


def status_echo(item: Item) -> str | None:
    """`!` or `?` when the item is just `echo $!` / `echo $?` (quoted or not)."""
    text = item.text.replace('"', "")
    if text in ("echo $!", "echo ${!}"):
        return "!"
    if text in ("echo $?", "echo ${?}"):
        return "?"
    return None
