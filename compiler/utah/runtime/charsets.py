"""Character classes of the POSIX helpers, spelled out.

posh 0.14 knows no POSIX character class in a pattern: `[[:space:]]` and
`[[:cntrl:]]` match nothing there.  So a POSIX helper assigns the characters of a
class to a variable of its own and matches `[$var]` or `[!$var]`: an unquoted
variable in a pattern is pattern text in every shell, and these characters are
none of `]`, `!`, `^`, `-` or `\\`, which would mean something inside brackets.
The sets are those of the C locale, the same on every shell (no Unicode space or
control character -- which dash and posh would not see in any locale).

A helper's POSIX text names a set as ``@SPACE@`` or ``@CONTROL@`` where the shell
word belongs; :func:`spelled` puts the word in.  ``@MARK@`` is the byte that starts the
texts of null and undefined in a typed scalar (lower/nullish.py), which POSIX sh
cannot write as ``$'\\001'``.
"""

from __future__ import annotations

#: [[:space:]]: space, tab, newline, vertical tab, form feed, carriage return.
SPACE = " \t\n\v\f\r"
#: [[:cntrl:]] without DEL: the characters 1 to 31 in order (a character's code is
#: its place in the list, so JSON escapes need no printf), DEL being no JSON escape.
CONTROL = "".join(map(chr, range(1, 32)))


def spelled(text: str) -> str:
    """``text`` with each ``@SPACE@`` / ``@CONTROL@`` / ``@MARK@`` replaced by its
    single-quoted characters."""
    return text.replace("@SPACE@", f"'{SPACE}'").replace("@CONTROL@", f"'{CONTROL}'") \
        .replace("@MARK@", "'\x01'")
