"""JavaScript regular expression literals → POSIX extended regular expressions (ERE).

Only what ERE can express is accepted (LANGUAGE.md §2); anything else is a compile
error at the literal, never a silently different pattern.
"""
from __future__ import annotations

from .. import ast

_CLASS_ESCAPES = {"s": "[:space:]", "d": "0-9", "w": "A-Za-z0-9_"}
_UNSUPPORTED = {"b": "word boundaries (\\b)", "B": "\\B", "k": "named back-references"}


def to_ere(lw, regex: ast.RegexLit) -> str:
    """The ERE text of a regex literal; reports what ERE cannot express."""
    try:
        return translate(regex.pattern, regex.flags)
    except ValueError as e:
        lw.diags.error(regex.span, f"regular expression not supported: {e}")
        return ""


def translate(pattern: str, flags: str = "") -> str:
    if set(flags) - set("gi"):
        raise ValueError(f"flags {flags!r} (only i and g)")
    if "i" in flags:
        raise ValueError("the i flag in this position")
    out: list[str] = []
    i = 0
    in_class = False
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            n = pattern[i + 1]
            i += 2
            if n.lower() in _CLASS_ESCAPES:
                inner = _CLASS_ESCAPES[n.lower()]
                if in_class:
                    if n.isupper():
                        raise ValueError(f"\\{n} inside a character class")
                    out.append(inner)
                else:
                    out.append(("[^" if n.isupper() else "[") + inner + "]")
            elif n in _UNSUPPORTED or n.isdigit():
                raise ValueError(_UNSUPPORTED.get(n, "back-references"))
            elif n == "n":
                out.append("\n")
            elif n == "t":
                out.append("\t")
            elif in_class:
                out.append("\\\\" if n == "\\" else n)
            else:
                out.append("\\" + n if not n.isalnum() else n)
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1:i + 2] == "^":
                out.append("^")
                i += 1
        elif c == "(" and pattern[i + 1:i + 2] == "?":
            raise ValueError("lookaround and non-capturing groups (?…)")
        elif c in "()":
            depth += 1 if c == "(" else -1
            if depth < 0:
                raise ValueError("unbalanced ')'")
            out.append(c)
        elif c in "*+?}" and pattern[i + 1:i + 2] == "?":
            raise ValueError("lazy quantifiers")
        else:
            out.append(c)
        i += 1
    if in_class:
        raise ValueError("unterminated character class '['")
    if depth:
        raise ValueError("unbalanced '('")
    return "".join(out)
