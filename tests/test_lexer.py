"""Lexer: tokens, spans, numbers, strings split into parts, regex vs division."""
import pytest

from utah import lexer as lexer_module, patterns
from utah.lexer import PUNCTUATORS, Interp, Lexer, ParamRef, ShellChunk
from utah.source import Source


def lex(text):
    return Lexer(Source("t.shx", text)).tokenize()


# a token is (kind, value, start, end, nl_before, errors)
KIND, VALUE, START, END, NL_BEFORE, ERRORS = range(6)


def kinds(text):
    return [t[:2] for t in lex(text)[:-1]]


def test_identifiers_keywords_and_operators():
    assert kinds("let x = a ?? b?.c;") == [
        ("kw", "let"), ("name", "x"), ("op", "="), ("name", "a"), ("op", "??"),
        ("name", "b"), ("op", "?."), ("name", "c"), ("op", ";")]
    assert [v for _, v in kinds("a **= b !== c => ...d ++ --")] == [
        "a", "**=", "b", "!==", "c", "=>", "...", "d", "++", "--"]


def _lexed_the_general_way(text):
    lexer, out = Lexer(Source("t.shx", text)), []
    while not out or out[-1][KIND] != "eof":
        out.append(lexer._next_slow())
    return out


_AROUND = ["a{}b", "a {} b", "a{}5", "1{}.5", "a\n{} /* c */ b", "x{}'s'", 'x{}"d"', "x{}`t`"]


@pytest.mark.parametrize("text", [shape.format(p) for p in PUNCTUATORS for shape in _AROUND] + [
    "'' \"\" `` 'a\"b' \"it's\" `a\nb` \"a\\nb\" \"$x\" `${y}` '\\'' 'x",
    "123456789012345678 1a 0x1F 7. 3.5e2 a.5 a?.5:b a...b // end\n x /* unended",
    "f(x)[0]{1};,:^~ a ?? b ??= c ** d **= e",
    # names and integers after one blank at most (taken without the regular expression)
    "aé b_1 c9;x éd 12 0x1F 3.5 7.x 1234567890123456 12e3 x.5 x. y\tz =a  =b == 3_0 1\u00e9",
    "a\n  b\n\t c\n\n=\n  // c\n d\n /* e */ f\n\r\n g\n  12\n  (\n  \"s\"\n  /x/\n  é\n   ",
    # strings with nothing to decode after one blank at most (taken without the regular expression)
    "f(\"a b\", 'c$d', \"e$\", 'f\\'g', \"h\\\"i\",\n  'j' \"k\nl\" 'm",
    # `${NAME}` interpolations the fast path takes whole (and shapes it leaves)
    "`big ${label}: ${n_2}` \"a${x}${y}}b\" `${true}` `x\n${a}\n` 'q${r}' \"${a} $b\" `${ a}` `${a.b}`"])
def test_the_fast_path_lexes_as_the_general_way(text):
    """`Lexer.tokens` takes most tokens with one regular expression (and lone operators
    without it); what it takes must come out as the general machinery makes it."""
    assert lex(text) == _lexed_the_general_way(text)


def _operator_tree(ops, prefix=""):
    """A regular expression matching the longest of `ops` (all longer than `prefix` and
    starting with it) after `prefix`, as a tree by character; `.` and `?.` not before a
    digit."""
    branches = []
    for c in sorted({op[len(prefix)] for op in ops}):
        here = prefix + c
        longer = [op for op in ops if op.startswith(here) and len(op) > len(here)]
        end = "(?![0-9])" if here in (".", "?.") else ""
        if not longer:
            branches.append(patterns.escape(c) + end)
        elif here in PUNCTUATORS:
            branches.append(patterns.escape(c) + "(?:" + _operator_tree(longer, here) + "|" + end + ")")
        else:
            branches.append(patterns.escape(c) + "(?:" + _operator_tree(longer, here) + ")")
    return "|".join(branches)


def test_the_operator_tables_are_those_of_the_punctuators():
    """The lexer's operator tables are written out (working them out at start-up cost
    time): they must be what `PUNCTUATORS` gives."""
    assert sorted(PUNCTUATORS, key=len, reverse=True) == list(PUNCTUATORS)
    fast = [p for p in PUNCTUATORS if not p.startswith("/")]
    lone = "".join(p for p in fast if len(p) == 1 and not any(o != p and o.startswith(p) for o in PUNCTUATORS))
    assert lexer_module._LONE_OPERATORS == lone
    assert lexer_module._LONE_OPERATOR_CLASS == "[" + patterns.escape(lone) + "]"
    assert lexer_module._OPERATOR_TREE == _operator_tree([p for p in fast if p[0] not in lone])
    assert lexer_module._NAME_CHAR_BYTES == bytes(
        ord("a") if chr(i).isascii() and (chr(i).isalnum() or chr(i) == "_") else ord(" ") for i in range(256))
    assert lexer_module._BLANK_BYTES == bytes(ord(" ") if chr(i) in " \t\r\n" else ord("x") for i in range(256))
    assert lexer_module._OPERATOR_FOLLOWERS == {
        p: "".join(sorted({o[1] for o in PUNCTUATORS if len(o) > 1 and o[0] == p}))
        + ("0123456789" if p == "." else "")
        for p in fast if len(p) == 1 and p not in lone}


def test_spans_and_newline_flag():
    toks = lex("let  x\n  = 42")
    assert [t[START:END + 1] for t in toks[:4]] == [(0, 3), (5, 6), (9, 10), (11, 13)]
    assert [t[NL_BEFORE] for t in toks[:4]] == [False, False, True, False]


def test_comments_and_shebang_are_skipped():
    toks = lex("#!/usr/bin/env utah\n// line\n/* block\n */ x /* y */ z")
    assert [t[VALUE] for t in toks[:-1]] == ["x", "z"]
    assert toks[0][NL_BEFORE]


def test_numbers():
    vals = [t[VALUE] for t in lex("42 3.5 1e3 0x1F .5 2.0 1.5e-2")[:-1]]
    assert vals == [(42, "42"), (3.5, "3.5"), (1000, "1e3"), (31, "0x1F"), (0.5, ".5"),
                    (2, "2.0"), (0.015, "1.5e-2")]
    assert isinstance(vals[2][0], int) and isinstance(vals[5][0], int)


def test_number_followed_by_letters_is_an_error():
    tok = lex("3in")[0]
    assert tok[ERRORS] and "invalid number" in tok[ERRORS][0][2]


def test_single_quoted_escapes():
    tok = lex(r"'a\n\t\\\'\"\`\$\0\x41\u0042\u{1F600}\q'")[0]
    assert tok[VALUE].parts == ["a\n\t\\'\"`$\0AB\U0001F600q"]


def test_double_quoted_parts():
    tok = lex('"x ${a} $(ls "b c") $HOME $1 $? \\$y $ z"')[0]
    parts = tok[VALUE].parts
    assert parts[0] == "x "
    assert isinstance(parts[1], Interp) and [t[VALUE] for t in parts[1].tokens[:-1]] == ["a"]
    assert isinstance(parts[3], ShellChunk) and parts[3].parts == ['ls "b c"']
    names = [p.name for p in parts if isinstance(p, ParamRef)]
    assert names == ["HOME", "1", "?"]
    assert parts[-1] == " $y $ z"


def test_template_whole_command_substitution():
    tok = lex("`$(date +%s)`")[0]
    assert tok[VALUE].whole_cmd is not None and tok[VALUE].whole_cmd.parts == ["date +%s"]
    tok = lex("`at $(date) now`")[0]
    assert tok[VALUE].whole_cmd is None and tok[VALUE].parts == ["at $(date) now"]


def test_template_escapes_inside_shell_code():
    tok = lex(r"`$(echo \`x\` \${y} \n)`")[0]
    assert tok[VALUE].whole_cmd.parts == [r"echo `x` ${y} \n"]


def test_nested_template_in_interpolation():
    tok = lex("`a ${`b ${c}`} d`")[0]
    inner = tok[VALUE].parts[1].tokens[0]
    assert inner[KIND] == "str" and inner[VALUE].parts[0] == "b "


def test_regex_versus_division():
    assert kinds("a / b / c")[1] == ("op", "/")
    toks = kinds("x = /a[/]b\\/c/gi")
    assert toks[2] == ("regex", ("a[/]b\\/c", "gi"))
    assert kinds("f(1) / 2")[4] == ("op", "/")


def test_unterminated_string_and_bad_characters():
    tok = lex('"abc\nx')[0]
    assert tok[ERRORS][0][2] == "unterminated string literal"
    tok = lex("a @@@ b")[1]
    assert tok[VALUE] == "b" and tok[ERRORS] == [(2, 3, "unexpected character '@'")]


def test_raw_line_scanning():
    lx = Lexer(Source("t.shx", "ls -la \"${d}\" $(echo ')') // note\nnext"))
    parts, code_end, next_pos, errors = lx.scan_raw_line(0)
    assert parts[0] == 'ls -la "' and isinstance(parts[1], Interp)
    assert parts[2] == "\" $(echo ')')"
    assert lx.text[code_end:next_pos] == " // note" and not errors


def test_raw_line_continuation_and_trailing_semicolon():
    lx = Lexer(Source("t.shx", "echo a \\\n  b;\nx"))
    parts, code_end, _, _ = lx.scan_raw_line(0)
    assert parts == ["echo a \\\n  b"]
