"""The parser of the built-ins' signatures, `(a: string, n?: number): string`: what each
namespace's module (args.py, string.py, …) builds its entries with, `sig` and `sigs`.

A compilation seldom needs it: the entries are kept parsed in the start-up cache
(`__init__.py`), and a namespace's module, with this one, is loaded only when the cache
does not hold the namespace.
"""
from __future__ import annotations

from .. import patterns
from ..types import ArrayType, FunctionType, Type, union
from . import _NAMED, TYPE_T, TYPE_U, Builtin, ParamSpec


# The tokens of a signature: `...`, `=>`, `[]`, a quoted default, a name or number, or
# one other character; blanks between them are skipped.
_SIG_TOKEN = patterns.compile(r'\s*(\.\.\.|=>|\[\]|"[^"]*"|[\w.+-]+|\S)')


class _SigParser:
    """Reads a signature a token at a time (read character by character, parsing the
    signatures a program uses took a tenth of its checking)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _SIG_TOKEN.findall(text)
        self.tokens.append("")  # the end
        self.pos = 0
        self.generic = False  # whether a type read so far mentions T or U

    def fail(self, what: str) -> None:
        raise ValueError(f"bad signature {self.text!r} at token {self.pos}: {what}")

    def eat(self, token: str) -> bool:
        if self.tokens[self.pos] == token:
            self.pos += 1
            return True
        return False

    def expect(self, token: str) -> None:
        if not self.eat(token):
            self.fail(f"expected {token!r}")

    def ident(self) -> str:
        token = self.tokens[self.pos]
        if not token.replace("_", "a").isalnum():
            self.fail("expected a name")
        self.pos += 1
        return token

    def params(self) -> list[ParamSpec]:
        self.expect("(")
        out: list[ParamSpec] = []
        while not self.eat(")"):
            if out:
                self.expect(",")
            variadic = self.eat("...")
            name = self.ident()
            optional = self.eat("?")
            self.expect(":")
            ty = self.type()
            default = None
            if self.eat("="):
                default = self.literal()
                optional = True
            out.append(ParamSpec(name, ty, optional or variadic, default, variadic))
        return out

    def literal(self) -> object:
        token = self.tokens[self.pos]
        self.pos += 1
        if token[:1] == '"':
            return token[1:-1]
        if token in ("true", "false"):
            return token == "true"
        try:
            return float(token) if "." in token else int(token)
        except ValueError:
            self.fail("expected a literal")

    def type(self) -> Type:
        first = self.single()
        if self.tokens[self.pos] != "|":
            return first  # (most types have one option: no list, no `union`)
        options = [first]
        while self.eat("|"):
            options.append(self.single())
        return union(*options)

    def single(self) -> Type:
        if self.tokens[self.pos] == "(":
            params = self.params()
            self.expect("=>")
            ty: Type = FunctionType(tuple(p.type for p in params), self.single())
        else:
            name = self.ident()
            ty = _NAMED.get(name)
            if ty is None:
                self.fail(f"unknown type {name!r}")
            if ty is TYPE_T or ty is TYPE_U:
                self.generic = True
        while self.eat("[]"):
            ty = ArrayType(ty)
        return ty


def _parse_signature(signature: str) -> tuple[tuple[ParamSpec, ...], Type, bool]:
    """Parameters, return type and genericity of `(a: string, n?: number): string`."""
    p = _SigParser(signature)
    params = p.params()
    p.expect(":")
    returns = p.type()
    if p.tokens[p.pos]:
        p.fail("trailing text")
    # (generic when a type of it names T or U: noted while reading, not by walking the
    # types read, which cost as much as the reading)
    return tuple(params), returns, p.generic


def sig(namespace: str, name: str, signature: str, method_of: str | None = None) -> Builtin:
    """A table entry from `(a: string, n?: number, ch: string = " "): string`; a bad
    signature raises ValueError."""
    params, returns, generic = _parse_signature(signature)
    return Builtin(namespace, name, params, returns, method_of, generic)


def sigs(namespace: str, names: str, signature: str, method_of: str | None = None) -> list[Builtin]:
    """The same signature for several space-separated names (parsed once)."""
    params, returns, generic = _parse_signature(signature)
    return [Builtin(namespace, n, params, returns, method_of, generic) for n in names.split()]
