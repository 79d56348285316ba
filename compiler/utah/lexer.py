"""Tokens of a Utah program, with spans.

The lexer is lazy: the parser pulls one token at a time from `Lexer.tokens`, and may
`reset()` the position, which it does after reading a raw shell command line with
`Lexer.scan_raw_line()` (LANGUAGE.md §8) — such a line is shell text, not Utah tokens.
`Lexer.tokens` is a generator (`Lexer._tokens`), a new one after `reset()`.

Strings are lexed into parts here:

* `'…'`  → one decoded str part;
* `"…"`  → decoded text, `Interp` for `${expr}`, `ShellChunk` for `$( … )`, `ParamRef`
  for `$NAME`, `$1`, `$?` …;
* `` `…` `` → decoded text and `Interp`; a template whose whole content is one `$( … )`
  gets `StringValue.whole_cmd`.

An `Interp` holds the *tokens* of the Utah expression between `${` and its `}`; the
parser parses them with a sub-parser, so spans point into the file.

Lexical errors never raise: they are attached to the token they belong to
(`Token.errors`) and the parser reports them when it consumes the token. A token the
parser throws away (the start of a raw shell line) thus reports nothing.
"""
from __future__ import annotations

from . import patterns
from .records import record
TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Any, Iterator, Union

from .source import Source

KEYWORDS = frozenset("""
let const function return if else for in of while do break continue switch case default
try catch finally throw defer import parallel true false null undefined interface record type
""".split())

# Longest first, so that the first match is the longest. The tables below are written
# out (tests/test_lexer.py derives them from this list): working them out took a
# sixtieth of a small program's compilation.
PUNCTUATORS = (
    "...", "===", "!==", "**=", "??=", "||=", "&&=", "=>", "==", "!=", "<=", ">=", "&&", "||",
    "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "**",
    "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "!", "?", ":",
    "=", ".", "&", "|", "^", "~")

# The operators that start no longer one, and as a character class.
_LONE_OPERATORS = "{}()[];,:^~"
_LONE_OPERATOR_CLASS = r"[\{\}\(\)\[\];,:\^\~]"
# The other operators but `/` and `/=` (which may start a regular expression), as a tree
# by character: the engine then tests one branch per character rather than each operator
# in turn. `.` and `?.` do not match before a digit (`.5` is a number, `a ?.5 : b` a
# conditional).
_OPERATOR_TREE = (r"!(?:=(?:=|)|)|%(?:=|)|\&(?:\&(?:=|)|)|\*(?:\*(?:=|)|=|)|\+(?:\+|=|)|\-(?:\-|=|)"
                  r"|\.(?:\.(?:\.)|(?![0-9]))|<(?:=|)|=(?:=(?:=|)|>|)|>(?:=|)|\?(?:\.(?![0-9])|\?(?:=|)|)"
                  r"|\|(?:\|(?:=|)|)")
# One-character operators that may start a longer token, each with the characters that
# would make it one if they came next (a longer operator; for `.` also a digit: `.5`).
# `Lexer._tokens` lexes an operator followed by none of them (after at most one space)
# without the regular expression.
_OPERATOR_FOLLOWERS = {"<": "=", ">": "=", "+": "+=", "-": "-=", "*": "*=", "%": "=", "!": "=",
                       "?": ".?", "=": "=>", ".": ".0123456789", "&": "&", "|": "|"}
# Any operator, `/` and `/=` included (where a `/` is division), the longest at a place.
_OPERATOR_RE = patterns.compile(_LONE_OPERATOR_CLASS + "|" + _OPERATOR_TREE + "|/=?").match

MAX_NESTING = 500  # string interpolations nested deeper than this are an error

_IDENT_RE = patterns.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER_RE = patterns.compile(
    r"0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_SPACE_RE = patterns.compile(r"[ \t\r\f\v\u00a0\ufeff]+")
_IDENT_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_TOKEN_START = _IDENT_CHARS | frozenset("'\"`./{}()[];,<>+-*%!?:=&|^~")
_PARAM_CHARS = frozenset("0123456789?!$#@*")
_DIGITS = frozenset("0123456789")
_SPACE_START = frozenset(" \t\r\f\v\u00a0\ufeff\n\u2028\u2029/")
# After one of these a `/` is division; anywhere else it starts a regular expression.
OPERAND_KINDS = frozenset({"name", "num", "str", "regex"})  # the tokens that are an operand
_OPERAND_OPS = frozenset({")", "]", "}", "++", "--"})
_OPERAND_KEYWORDS = frozenset({"true", "false", "null", "undefined"})
# The characters of a string that need no decision, taken a run at a time rather than
# one by one: all but the closing quote, `\\`, a newline (ends all but templates), `$`.
_PLAIN_RUN = {'"': patterns.compile(r'[^"\\$\n]*').match, "'": patterns.compile(r"[^'\\\n]*").match,
              "`": patterns.compile(r"[^`\\$]*").match}


# What `Lexer._tokens` lexes without the general machinery: ASCII blanks and comments,
# then a name, a short decimal integer, an operator other than `/` and `/=` (which may
# start a regular expression; `.` and `?.` not before a digit), or a string with nothing
# to decode (no `\`, and no `$` but in a `${NAME}` of a `"…"` or `` `…` ``: see
# `_with_names`; last: tried only when nothing else matches). Anything else
# (or nothing matched) goes the slow way, which lexes it the same. The blanks are taken
# possessively (a comment must not give back its end to become a token; a possessive
# repeat also keeps no state to backtrack into, which an atomic group around greedy
# ones did: a tenth of the engine's work per token).
_FAST_TOKEN_RE = patterns.compile(
    r"([ \t\r\n]*+(?:(?://[^\n]*+|/\*(?:[^*]|\*(?!/))*+\*/)[ \t\r\n]*+)*+)"
    r"(?:([A-Za-z_][A-Za-z0-9_]*)|([0-9]{1,15})(?![A-Za-z0-9_.])|("
    + _LONE_OPERATOR_CLASS + "|" + _OPERATOR_TREE + ")"
    r"""|("[^"\\$\n]*+(?:\$\{[A-Za-z_][A-Za-z0-9_]*+\}[^"\\$\n]*+)*+"|'[^'\\\n]*'"""
    r"""|`[^`\\$]*+(?:\$\{[A-Za-z_][A-Za-z0-9_]*+\}[^`\\$]*+)*+`))""").match

_NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
# b"a" for the bytes of the characters of names (`[A-Za-z0-9_]`), b" " for the others
# (tests/test_lexer.py checks it)
_NAME_CHAR_BYTES = (b" " * 48 + b"a" * 10 + b" " * 7 + b"a" * 26 + b" " * 4 + b"a" + b" "
                    + b"a" * 26 + b" " * 133)
# b" " for the bytes of the blanks the fast path skips (`[ \t\r\n]`), b"x" for the others
# (tests/test_lexer.py checks it)
_BLANK_BYTES = b"x" * 9 + b"  xx " + b"x" * 18 + b" " + b"x" * 223

LexError = tuple[int, int, str]  # start, end, message


# A token is a tuple `(kind, value, start, end, nl_before, errors)`, read by index in
# the parser (`tok[0]` is the kind, `tok[1]` the value …):
#   kind: name, kw, num, str, regex, op or eof;
#   value: the identifier, keyword or operator text; `(number, raw)` for num;
#     `StringValue` for str; `(pattern, flags)` for regex;
#   start, end: offsets in the text; nl_before: a new line before it;
#   errors: `LexError`s to report when the parser takes it.
# Not an object with named fields: it is the most made object, and making a tuple costs
# a fraction of making an object and setting its fields (about 900 instructions a token).
Token = tuple


def token(kind: str, value: Any, start: int, end: int, nl_before: bool = False,
          errors: list[LexError] | tuple = ()) -> Token:
    """A token with these fields."""
    return kind, value, start, end, nl_before, errors


def is_op(tok: Token, *ops: str) -> bool:
    """Is `tok` one of the operators `ops`?"""
    return tok[0] == "op" and tok[1] in ops


def is_kw(tok: Token, *kws: str) -> bool:
    """Is `tok` one of the keywords `kws`?"""
    return tok[0] == "kw" and tok[1] in kws


class Interp(metaclass=record):
    """`${ … }`. `tokens` is None when the content could not be lexed as Utah."""
    start: int  # at the `$`
    end: int  # after the `}`
    tokens: list[Token] | None
    errors: list[LexError]
    in_shell: bool  # inside shell code, where `${x%.*}` and friends may be shell's own

    @property
    def content_start(self) -> int:
        return self.start + 2


class ShellChunk(metaclass=record):
    """`$( … )`: shell text (raw str) and `Interp` parts."""
    start: int  # at the `$`
    end: int  # after the `)`
    parts: list[Union[str, Interp]]


class ParamRef(metaclass=record):
    """`$NAME`, `$1`, `$?` … in a double-quoted string."""
    start: int
    end: int
    name: str


StringPart = str | Interp | ShellChunk | ParamRef


class StringValue(metaclass=record):
    quote: str  # ' " or `
    parts: list[StringPart]
    whole_cmd: ShellChunk | None = None  # template that is exactly one `$( … )`


class _Parts:
    """Builds a list of parts: runs of text joined into one str, other parts as they are."""

    def __init__(self) -> None:
        self.parts: list = []
        self.buf: list[str] = []

    def text(self, s: str) -> None:
        self.buf.append(s)

    def part(self, p: object) -> None:
        self.flush()
        self.parts.append(p)

    def flush(self) -> None:
        if self.buf:
            self.parts.append("".join(self.buf))
            self.buf = []

    def finish(self, at_least_one: bool = True) -> list:
        self.flush()
        if at_least_one and not self.parts:
            self.parts.append("")
        return self.parts


def _with_names(string: str, start: int) -> StringValue:
    """The value of the string `string` at offset `start` whose every `$` begins a
    `${NAME}` (the fast path took it): as `Lexer._lex_string` makes it, without lexing
    each interpolation (the commonest kind in templates) token by token."""
    pieces = string[1:-1].split("${")
    parts: list[StringPart] = [pieces[0]] if pieces[0] else []
    dollar = start + 1 + len(pieces[0])
    for piece in pieces[1:]:
        name, _, text = piece.partition("}")
        name_end = dollar + 2 + len(name)
        tokens = [("kw" if name in KEYWORDS else "name", name, dollar + 2, name_end, False, ()),
                  ("eof", None, name_end, name_end, False, ())]
        parts.append(Interp(dollar, name_end + 1, tokens, [], False))
        if text:
            parts.append(text)
        dollar = name_end + 1 + len(text)
    return StringValue(string[0], parts)


class Lexer:
    """Turns the text of `source` into tokens on demand."""

    def __init__(self, source: Source, pos: int = 0):
        self.source = source
        self.text = source.text
        self.n = len(self.text)
        self.padded = self.text + "\n"  # `padded[pos]` is a character even at the end
        # `padded` with b"a" for each character of a name and b" " for any other:
        # `find(b" ", start)` is the end of a name at `start`
        ascii_ = self.padded.encode("ascii", "replace")
        self.name_chars = ascii_.translate(_NAME_CHAR_BYTES)
        # `padded` with b" " for each blank and b"x" for any other character:
        # `find(b"x", start)` is the end of the blanks at `start`
        self.blanks = ascii_.translate(_BLANK_BYTES)
        self.pos = pos
        self.prev: Token | None = None
        self.errs: list[LexError] = []
        self.depth = 0
        if pos == 0:
            if self.text.startswith("\ufeff"):
                self.pos = 1
            if self.text.startswith("#!", self.pos):
                nl = self.text.find("\n", self.pos)
                self.pos = self.n if nl < 0 else nl
        # the tokens from `pos` on, for `next(lexer.tokens)` (a C call straight into the
        # generator: a bound `__next__` costs a method-wrapper call per token)
        self.tokens: Iterator[Token] = self._tokens(self.pos)

    # ------------------------------------------------------------------ driving

    def reset(self, pos: int) -> None:
        """Continue lexing at `pos`, as at the start of a statement (`tokens` is a new
        iterator then)."""
        self.pos = min(pos, self.n)  # (shell text ending in `\` ends past the end)
        self.prev = None
        self.tokens = self._tokens(self.pos)

    def tokenize(self) -> list[Token]:
        """All tokens up to and including eof."""
        out = []
        for tok in self.tokens:
            out.append(tok)
            if tok[0] == "eof":
                return out

    def _tokens(self, pos: int) -> Iterator[Token]:
        """The tokens from `pos` on (eof again and again at the end): `tokens`.

        A generator rather than a method: its position, the previous token and the
        text are locals kept from one token to the next, not attributes read and set
        for each (and resuming it costs no more than a call). `self.pos` and `self.prev`
        are set for the general way (`_next_slow`) only."""
        text, padded, name_chars, blanks = self.text, self.padded, self.name_chars, self.blanks
        # (the tables every token looks at as locals too: a local costs less to load than a global)
        name_start, keywords = _NAME_START, KEYWORDS
        lone_operators, operator_followers = _LONE_OPERATORS, _OPERATOR_FOLLOWERS
        prev = None
        while True:
            start = pos
            c = padded[pos]
            nl = False
            if c == " ":
                start += 1
                c = padded[start]
            elif c == "\n":  # a new line and its indentation (a fifth of the tokens follow one)
                nl = True
                start = blanks.find(b"x", pos)  # (-1 at the end: `padded[-1]` is a blank)
                c = padded[start]
            # After one space or a new line and blanks, what needs no regular expression
            # but `_PLAIN_RUN`'s: a name (the commonest token, told first), a one-character
            # operator that nothing after it extends (`(` right after `f`, ` = `, `.`
            # before a name), a short integer, a `"…"` or `'…'` with nothing to decode;
            # each as the expression below would take it.
            if c in name_start:
                pos = name_chars.find(b" ", start)
                word = text[start:pos]
                prev = ("kw" if word in keywords else "name", word, start, pos, nl, ())
            elif c in lone_operators or (
                    c in operator_followers and padded[start + 1] not in operator_followers[c]):
                pos = start + 1
                prev = ("op", c, start, pos, nl, ())
            elif c in _DIGITS and (end := name_chars.find(b" ", start)) - start <= 15 \
                    and padded[end] != "." and (number := text[start:end]).isdigit():
                pos = end
                prev = ("num", (int(number), number), start, end, nl, ())
            elif (c == '"' or c == "'") and padded[end := _PLAIN_RUN[c](text, start + 1).end()] == c:
                pos = end + 1  # (nothing to decode: its text is its one part)
                prev = ("str", StringValue(c, [text[start + 1:end]]), start, pos, nl, ())
            # blanks, then a name, integer, operator or string; or the general way
            elif (m := _FAST_TOKEN_RE(text, pos)) is None:
                self.pos, self.prev = pos, prev
                prev = self._next_slow()
                pos = self.pos
            else:
                space, word, number, op, string = m.groups()
                pos = end = m.end()
                if word is not None:
                    kind = "kw" if word in keywords else "name"
                    value = word
                    start = end - len(word)
                elif op is not None:
                    kind = "op"
                    value = op
                    start = end - len(op)
                elif string is not None:
                    kind = "str"
                    start = end - len(string)
                    value = (_with_names(string, start) if "$" in string and string[0] != "'"
                             else StringValue(string[0], [string[1:-1]]))
                else:
                    kind = "num"
                    value = (int(number), number)
                    start = end - len(number)
                prev = (kind, value, start, end, "\n" in space, ())
            yield prev

    def _next_slow(self) -> Token:
        saved, self.errs = self.errs, []
        try:
            tok = self._lex_token()
        finally:
            errs, self.errs = self.errs, saved
        if errs:
            tok = tok[:5] + (errs + list(tok[5]),)
        self.prev = tok
        return tok

    def _err(self, start: int, end: int, message: str) -> None:
        self.errs.append((start, end, message))

    # ------------------------------------------------------------------ tokens

    def _skip_space(self) -> bool:
        """Skip blanks and comments; True when a newline was among them."""
        text, n, nl = self.text, self.n, False
        if self.pos < n and text[self.pos] not in _SPACE_START:
            return False
        while self.pos < n:
            m = _SPACE_RE.match(text, self.pos)
            if m:
                self.pos = m.end()
                continue
            c = text[self.pos]
            if c in "\n\u2028\u2029":
                nl = True
                self.pos += 1
            elif text.startswith("//", self.pos):
                end = text.find("\n", self.pos)
                self.pos = n if end < 0 else end
            elif text.startswith("/*", self.pos):
                end = text.find("*/", self.pos + 2)
                if end < 0:
                    self._err(self.pos, self.pos + 2, "unterminated comment")
                    end = n - 2
                nl = nl or "\n" in text[self.pos:end]
                self.pos = end + 2
            else:
                break
        return nl

    def _lex_token(self) -> Token:
        nl = self._skip_space()
        text = self.text
        bad_start = None
        while self.pos < self.n:
            c = text[self.pos]
            if c in _TOKEN_START:
                break
            # a run of characters that start no token: one error for the run
            if bad_start is None:
                bad_start = self.pos
            self.pos += 1
            nl = self._skip_space() or nl
        if bad_start is not None:
            bad = text[bad_start]
            shown = repr(bad)[1:-1] if not bad.isprintable() else bad
            self._err(bad_start, bad_start + 1, f"unexpected character '{shown}'")
        start = self.pos
        if start >= self.n:
            return token("eof", None, self.n, self.n, True)
        c = text[start]
        if c in _DIGITS or (c == "." and start + 1 < self.n and text[start + 1] in _DIGITS):
            tok = self._lex_number()
        elif c in _IDENT_CHARS:
            m = _IDENT_RE.match(text, start)
            self.pos = m.end()
            word = m.group()
            tok = token("kw" if word in KEYWORDS else "name", word, start, self.pos)
        elif c in "'\"`":
            tok = self._lex_string(c)
        elif c == "/" and self._regex_allowed():
            tok = self._lex_regex()
        else:
            p = _OPERATOR_RE(text, start).group()
            self.pos = start + len(p)
            tok = token("op", p, start, self.pos)
        return tok[:4] + (nl, tok[5])

    def _regex_allowed(self) -> bool:
        p = self.prev
        if p is None:
            return True
        kind, value = p[0], p[1]
        if kind in OPERAND_KINDS:
            return False
        if kind == "kw":
            return value not in _OPERAND_KEYWORDS
        return not (kind == "op" and value in _OPERAND_OPS)

    def _lex_number(self) -> Token:
        start = self.pos
        m = _NUMBER_RE.match(self.text, start)
        raw = m.group()
        self.pos = m.end()
        if raw[:2].lower() in ("0x", "0b", "0o"):
            value: Any = float(int(raw[2:], {"x": 16, "b": 2, "o": 8}[raw[1].lower()]))
        else:
            value = float(raw)
        if value == value and value not in (float("inf"), float("-inf")) and value.is_integer():
            value = int(value)
        if self.pos < self.n and self.text[self.pos] in _IDENT_CHARS:
            m2 = _IDENT_RE.match(self.text, self.pos) or patterns.compile(r"\w+").match(self.text, self.pos)
            self._err(start, m2.end(), f"invalid number '{self.text[start:m2.end()]}'")
            self.pos = m2.end()
        return token("num", (value, raw), start, self.pos)

    def _lex_regex(self) -> Token:
        start, text, i = self.pos, self.text, self.pos + 1
        in_class = False
        while True:
            if i >= self.n or text[i] == "\n":
                self._err(start, i, "unterminated regular expression")
                break
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if c == "[":
                in_class = True
            elif c == "]":
                in_class = False
            elif c == "/" and not in_class:
                break
            i += 1
        pattern = text[start + 1:min(i, self.n)]
        i = min(i + 1, self.n)
        m = _IDENT_RE.match(text, i)
        flags = m.group() if m else ""
        self.pos = i + len(flags)
        return token("regex", (pattern, flags), start, self.pos)

    # ------------------------------------------------------------------ strings

    def _escape(self, i: int) -> tuple[str, int]:
        """Decode the JavaScript escape whose backslash is at `i`."""
        text = self.text
        if i + 1 >= self.n:
            return "\\", i + 1
        c = text[i + 1]
        simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
        if c in simple:
            return simple[c], i + 2
        if c == "0" and not (i + 2 < self.n and text[i + 2] in _DIGITS):
            return "\0", i + 2
        if c == "\r" and text.startswith("\n", i + 2):
            return "", i + 3
        if c in "\n\u2028\u2029":
            return "", i + 2  # line continuation
        if c == "x":
            m = patterns.compile(r"[0-9a-fA-F]{2}").match(text, i + 2)
            if m:
                return chr(int(m.group(), 16)), m.end()
            self._err(i, i + 2, "invalid escape sequence '\\x': expected two hex digits")
            return "x", i + 2
        if c == "u":
            m = patterns.compile(r"[0-9a-fA-F]{4}|\{([0-9a-fA-F]{1,8})\}").match(text, i + 2)
            if m:
                code = int(m.group(1) or m.group(), 16)
                if code <= 0x10FFFF:
                    return chr(code), m.end()
                self._err(i, m.end(), "escape sequence '\\u{…}' is beyond U+10FFFF")
                return "\ufffd", m.end()
            self._err(i, i + 2, "invalid escape sequence '\\u': expected 4 hex digits or {…}")
            return "u", i + 2
        return c, i + 2  # `\q` is `q`, as in JavaScript

    def _lex_string(self, quote: str) -> Token:
        """`'…'`, `"…"` or `` `…` ``; the last two interpolate (LANGUAGE.md §2)."""
        start, text = self.pos, self.text
        if quote == "`" and text.startswith("$(", start + 1) and not text.startswith("$((", start + 1):
            parts, end, errors = self._scan_shell(start + 3, "tmpl")
            if end is not None and text.startswith("`", end + 1):
                self.errs.extend(errors)
                chunk = ShellChunk(start + 1, end + 1, parts)
                self.pos = end + 2
                return token("str", StringValue("`", [chunk], chunk), start, self.pos)
        i = start + 1
        out = _Parts()
        plain_run = _PLAIN_RUN[quote]
        while True:
            run_end = plain_run(text, i).end()
            if run_end > i:
                out.text(text[i:run_end])
                i = run_end
            if i >= self.n or (text[i] == "\n" and quote != "`"):
                if quote == "`":
                    self._err(start, start + 1, "unterminated template literal")
                else:
                    self._err(start, i, "unterminated string literal")
                break
            c = text[i]
            if c == quote:
                i += 1
                break
            if c == "\\":
                s, i = self._escape(i)
                out.text(s)
                continue
            part = self._dollar_part(i, quote) if c == "$" and quote != "'" else None
            if part is not None:
                out.part(part)
                i = part.end
                continue
            out.text(c)
            i += 1
        self.pos = i
        return token("str", StringValue(quote, out.finish()), start, i)

    def _dollar_part(self, i: int, quote: str) -> StringPart | None:
        """What a `$` at `i` starts: `${…}` in both interpolating forms; `$(…)`,
        `$NAME` and `$1 $? $! $$ $# $@ $*` in double quotes only; else nothing."""
        nxt = self.text[i + 1:i + 2]
        if nxt == "{":
            return self._lex_interp(i, in_shell=False)
        if quote != '"' or not nxt:
            return None
        if nxt == "(":
            return self._lex_cmd(i, "dq")
        if nxt in _IDENT_CHARS and nxt not in _DIGITS:
            m = _IDENT_RE.match(self.text, i + 1)
            return ParamRef(i, m.end(), m.group())
        if nxt in _PARAM_CHARS:
            return ParamRef(i, i + 2, nxt)
        return None

    def _lex_interp(self, dollar: int, in_shell: bool) -> Interp:
        """`${ … }` at `dollar`: lex Utah tokens up to the matching `}`."""
        saved = (self.pos, self.prev)
        tokens: list[Token] = []
        errors: list[LexError] = []
        self.depth += 1
        try:
            if self.depth > MAX_NESTING:
                errors.append((dollar, dollar + 2, "string interpolations nested too deeply"))
                return Interp(dollar, self._skip_nested(dollar + 2), None, errors, in_shell)
            depth = 0
            for tok in self._tokens(dollar + 2):
                if tok[0] == "eof":  # its content is not worth parsing
                    errors.append((dollar, dollar + 2, "unterminated '${' in string"))
                    return Interp(dollar, self.n, None, errors, in_shell)
                if is_op(tok, "{"):
                    depth += 1
                elif is_op(tok, "}"):
                    if depth == 0:
                        tokens.append(token("eof", None, tok[2], tok[2]))
                        return Interp(dollar, tok[3], tokens, errors, in_shell)
                    depth -= 1
                tokens.append(tok)
        finally:
            self.depth -= 1
            self.pos, self.prev = saved

    def _skip_nested(self, i: int) -> int:
        """End of the `${ … }` whose content starts at `i`, without recursion."""
        text, stack = self.text, ["{"]
        while i < self.n and stack:
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if stack[-1] == "`":
                if c == "`":
                    stack.pop()
                elif text.startswith("${", i):
                    stack.append("{")
                    i += 1
            elif c in "'\"":
                end = text.find(c, i + 1)
                i = self.n if end < 0 else end
            elif c in "{`":
                stack.append(c)
            elif c == "}":
                stack.pop()
            i += 1
        return min(i, self.n)

    # ------------------------------------------------------------------ shell code

    def _lex_cmd(self, dollar: int, mode: str) -> ShellChunk:
        parts, end, errors = self._scan_shell(dollar + 2, mode)
        self.errs.extend(errors)
        if end is None:
            self.errs.append((dollar, dollar + 2, "unterminated command substitution '$('"))
            return ShellChunk(dollar, self.n, parts)
        return ShellChunk(dollar, end + 1, parts)

    def scan_raw_line(self, pos: int) -> tuple[list[Union[str, Interp]], int, int, list[LexError]]:
        """A raw shell command line starting at `pos` (LANGUAGE.md §8).

        Returns the parts, the end of the shell code (comments and a trailing `;`
        excluded), the position to continue lexing at, and lexical errors.
        """
        parts, end, errors = self._scan_shell(pos, "line")
        code_end = end
        # drop trailing blanks and `;` from the last raw part
        while parts and isinstance(parts[-1], str):
            stripped = parts[-1].rstrip(" \t\r;")
            code_end -= len(parts[-1]) - len(stripped)
            if stripped:
                parts[-1] = stripped
                break
            parts.pop()
        next_pos = end
        if self.text.startswith(("//", "#"), end):
            nl = self.text.find("\n", end)
            next_pos = self.n if nl < 0 else nl
        return parts, code_end, next_pos, errors

    def _scan_shell(self, i: int, mode: str) -> tuple[list[Union[str, Interp]], int | None, list[LexError]]:
        """Shell text from `i` to the `)` closing a `$(` (modes tmpl, dq) or to the end
        of the line (mode line), tracking shell quotes and nesting with a stack.

        Returns (parts, end, errors); `end` is the offset of the closing `)` (the end
        of the line), or None when the text ends first (or, in a template, an
        unescaped backtick does).
        """
        text, n = self.text, self.n
        out = _Parts()
        errors: list[LexError] = []
        stack: list[tuple[str, int]] = [("line" if mode == "line" else "paren", i)]
        while True:
            if i >= n:
                if mode != "line":
                    return out.finish(False), None, errors
                kind, at = stack[-1]
                if kind in ("sq", "dq", "bq"):
                    errors.append((at, at + 1, "unterminated quote in shell command"))
                elif kind == "paren":
                    errors.append((at, at + 1, "unterminated '(' in shell command"))
                break
            c = text[i]
            top = stack[-1][0]
            if mode == "tmpl":
                if c == "`":
                    return out.finish(False), None, errors
                if c == "\\" and text.startswith("`", i + 1):
                    out.text("`")
                    i += 2
                    continue
                if c == "\\" and text.startswith("${", i + 1):
                    out.text("${")
                    i += 3
                    continue
            if c == "$" and text.startswith("{", i + 1):
                interp = self._lex_shell_interp(i)
                out.part(interp)
                i = interp.end
                continue
            if top == "sq":
                if c == "'":
                    stack.pop()
                out.text(c)
                i += 1
                continue
            if c == "\\":
                if mode == "line" and top in ("line", "brace") and text.startswith("\r\n", i + 1):
                    out.text(text[i:i + 3])
                    i += 3
                    continue
                out.text(text[i:i + 2])
                i += 2
                continue
            if top == "bq":
                if c == "`":
                    stack.pop()
            elif c == '"':
                if top == "dq":
                    stack.pop()
                else:
                    stack.append(("dq", i))
            elif c == "$" and text.startswith("(", i + 1):
                stack.append(("paren", i))
                out.text("$(")
                i += 2
                continue
            elif c == "`" and mode != "tmpl":
                stack.append(("bq", i))
            elif top == "dq":
                pass
            elif c == "'":
                stack.append(("sq", i))
            elif c == "(":
                stack.append(("paren", i))
            elif c == ")" and top == "paren":
                stack.pop()
                if not stack:
                    break
            elif mode == "line" and top in ("line", "brace"):
                if c == "\n":
                    break
                if c == "{":
                    stack.append(("brace", i))
                elif c == "}":
                    if top == "line":
                        break
                    stack.pop()
                elif c in "/#" and (i == 0 or text[i - 1] in " \t") and (
                        c == "#" or text.startswith("//", i)):
                    break  # a comment ends the command
            out.text(c)
            i += 1
        return out.finish(False), i, errors

    def _lex_shell_interp(self, dollar: int) -> Interp:
        """`${ … }` inside shell code. When its content does not lex as Utah
        (`${#x}`, `${x:-'y'}`), the end is found with shell's quoting rules instead,
        and the parser decides whether it is shell's own parameter expansion."""
        interp = self._lex_interp(dollar, in_shell=True)
        lex_errors = list(interp.errors)
        for tok in interp.tokens or ():
            lex_errors.extend(tok[5])
        if not lex_errors:
            return interp
        text, i, depth = self.text, dollar + 2, 0
        while i < self.n:
            c = text[i]
            if c == "\\":
                i += 2
                continue
            if c in "'\"":
                end = text.find(c, i + 1)
                if end < 0:
                    break
                i = end
            elif c == "{":
                depth += 1
            elif c == "}":
                if depth == 0:
                    return Interp(dollar, i + 1, None, lex_errors, True)
                depth -= 1
            elif c == "\n":
                break
            i += 1
        return interp
