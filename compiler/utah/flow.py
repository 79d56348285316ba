"""Can control reach the end of a statement? (TypeScript's "lacks ending return").

A function declared to return a value must not be able to run off the end of its body.
The analysis is syntactic and conservative in the direction TypeScript is: a loop or
branch only counts as never finishing when that is evident from its shape (a `while
(true)` without a `break` out of it, an `if` whose branches both end, a `switch` with a
`default` whose last clause ends and that nothing breaks out of). Conditions are not
evaluated, except that a literal `true` loop condition (or a missing `for` condition)
makes a loop endless.
"""
from __future__ import annotations

from . import ast

_LOOPS = (ast.While, ast.DoWhile, ast.For, ast.ForEach)


_ENDING = frozenset({ast.Return, ast.Throw, ast.Exit, ast.Break, ast.Continue})
_COMPOUND = frozenset({ast.Block, ast.If, ast.While, ast.For, ast.DoWhile, ast.Switch, ast.Try})


def completes(s: ast.Stmt | None) -> bool:
    """True when running `s` may finish normally, i.e. go on to the statement after it."""
    cls = s.__class__  # (told by class: node classes have no subclasses; a function's body
    if cls not in _COMPOUND:  # is walked statement by statement)
        return cls not in _ENDING  # (None, a declaration, an expression … complete)
    if s.__class__ is ast.Block:
        body = s.body
        if body and not completes(body[-1]):  # (a function's body nearly always ends in its
            return False                      # `return`: no walk of the statements before)
        for x in body:
            if not completes(x):
                return False
        return True
    if s.__class__ is ast.If:
        return s.otherwise is None or completes(s.then) or completes(s.otherwise)
    if isinstance(s, (ast.While, ast.For)):
        return not _always_true(s.test) or _breaks_out(s.body)
    if s.__class__ is ast.DoWhile:
        if _always_true(s.test):
            return _breaks_out(s.body)
        return completes(s.body) or _breaks_out(s.body) or _continues(s.body)
    if s.__class__ is ast.Switch:
        if all(c.test is not None for c in s.cases) or not s.cases:
            return True  # no `default`: no case may match
        return (any(_breaks_out(x) for c in s.cases for x in c.body)
                or all(completes(x) for x in s.cases[-1].body))
    if s.__class__ is ast.Try:
        if not completes(s.finalizer):
            return False
        return completes(s.block) or (s.handler is not None and completes(s.handler))
    return True


def _always_true(test: ast.Expr | None) -> bool:
    return test is None or (test.__class__ is ast.BoolLit and test.value is True)


def _breaks_out(s: ast.Stmt | None) -> bool:
    """Does `s` contain a `break` that leaves the loop or switch `s` is the body of?"""
    return any(x.__class__ is ast.Break for x in _own_jumps(s, (*_LOOPS, ast.Switch)))


def _continues(s: ast.Stmt | None) -> bool:
    """Does `s` contain a `continue` of the loop `s` is the body of?"""
    return any(x.__class__ is ast.Continue for x in _own_jumps(s, _LOOPS))


def _own_jumps(s: ast.Stmt | None, inner: tuple[type, ...]):
    """The `break`/`continue` statements in `s` outside nested statements of the kinds
    `inner` (which would capture them) and outside nested functions."""
    if s is None or isinstance(s, (ast.FunctionDecl, *inner)):
        return
    if isinstance(s, (ast.Break, ast.Continue)):
        yield s
    elif s.__class__ is ast.Block:
        for x in s.body:
            yield from _own_jumps(x, inner)
    elif s.__class__ is ast.If:
        yield from _own_jumps(s.then, inner)
        yield from _own_jumps(s.otherwise, inner)
    elif s.__class__ is ast.Try:
        for part in (s.block, s.handler, s.finalizer):
            yield from _own_jumps(part, inner)
    elif s.__class__ is ast.Defer:
        yield from _own_jumps(s.body, inner)
