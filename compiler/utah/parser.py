"""Recursive-descent parser: Utah source text → `ast.Program`.

One method per grammar production, each with the production in its docstring, in the
style of pycparser's c_parser.py. Operator precedence is JavaScript's:

    assignment  <  ?:  <  ??  <  ||  <  &&  <  == != === !==  <  < > <= >=
    <  + -  <  * / %  <  ** (right)  <  unary ! - + typeof ++x --x  <  x++ x--
    <  member / index / call, also ?.  ?.[  ?.(

Errors never raise out of `parse`: each is reported with `diags.error`, the statement
it occurred in is skipped (`_synchronize`) and parsing resumes at the next statement,
so that one run reports every mistake. Nesting deeper than `MAX_DEPTH` is an error
rather than a Python RecursionError.

Semicolons are optional (TypeScript's automatic insertion): a statement ends at `;`,
before `}`, at the end of the file, or before a token that starts a new line. A line
starting with `.`, `?.` or a binary operator continues the expression above it; a line
starting with `(`, `[` or a template literal does not (unlike JavaScript, where it would
be a call or an index — a surprise in a shell-script language).

Raw shell command lines (LANGUAGE.md §8): a statement that starts with an identifier
which is not a keyword, not declared anywhere in the file (pre-scanned: functions,
`let`/`const`, parameters, loop and catch variables) and not a built-in, and which is
not followed by `(`, `.name`, `[`, `=`, an assignment operator, `++`/`--` or `?.`, is a
shell command running to the end of its line; so is a line starting with `./` or `/`.

`${…}` inside shell code (raw lines and `$( … )`) is a Utah interpolation when its
content parses as a Utah expression; otherwise, when it has the shape of a shell
parameter expansion (`${#x}`, `${x:-y}`, `${x%.*}`, `${x[@]}`, `${1}`, `${@}` …), it
stays raw shell text. Utah wins where both read it: `${a-b}` and `${a/b}` are Utah
subtraction and division, `${!x}` is Utah negation.
"""
from __future__ import annotations

import gc
import sys
TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable, Iterator, Union

from . import ast, patterns
from .lexer import (OPERAND_KINDS, Interp, Lexer, ParamRef, ShellChunk, StringValue, Token, is_kw,
                    is_op)
from .source import CompileError, Diagnostics, Source, Span

# Tokens are tuples (lexer.py), read by index: `tok[0]` kind, `tok[1]` value, `tok[2]`
# start, `tok[3]` end, `tok[4]` nl_before (a new line before it), `tok[5]` errors.

MAX_DEPTH = 500

BUILTIN_GLOBALS = frozenset("""
console fs json args script env os process timer date utility validate string array Math
parseInt parseFloat isNaN String Number exit JSON Object Array Boolean NaN Infinity
""".split())

ASSIGN_OPS = frozenset("= += -= *= /= %= **= ||= &&= ??=".split())
_ASSIGN_OP_PREFIXES = tuple(ASSIGN_OPS)
_NAME_START = patterns.compile(r"[A-Za-z_]").match

BINARY_PREC = {
    "??": 1, "||": 2, "&&": 3,
    "==": 4, "!=": 4, "===": 4, "!==": 4,
    "<": 5, ">": 5, "<=": 5, ">=": 5,
    "+": 6, "-": 6,
    "*": 7, "/": 7, "%": 7,
    "**": 8,
}

STATEMENT_KEYWORDS = frozenset("""
let const function if for while do return break continue switch try throw defer import
parallel interface record type
""".split())

# Patterns of rare constructs, given to `patterns.compile` when first needed: making one
# costs start-up time, and most programs need none of them.
_SHELL_PARAM = r"\s*(?:#|!?(?:[A-Za-z_]\w*|\d+|[@*?$!#-])(?:\[[^\]]*\])?\s*(?:$|[:%#/^,@\-=+?]))"
_EXPORT_DECL = r"\s+(?:function|let|const|interface|record|type)\b"
_VAR_DECL = r"[ \t]+[A-Za-z_]\w*[ \t]*[:=;\n]"
_ARROW_SCAN_LIMIT = 256


_UNARY_OPS = frozenset(("!", "-", "+", "++", "--"))
_UPDATE_OPS = frozenset(("++", "--"))
_POSTFIX_OPS = frozenset((".", "?.", "[", "("))  # what may follow an operand in a call chain
_AFTER_OPERAND = _POSTFIX_OPS | _UPDATE_OPS
_AFTER_TYPE_NAME = frozenset(("<", "[", "|"))  # what may follow the name of a type in a longer type
_NEST_CHANGE = {"(": 1, "[": 1, "{": 1, ")": -1, "]": -1, "}": -1}


def _from_to(first: ast.Node, last: ast.Node) -> tuple:
    """The `loc` of a node written from the start of `first` to the end of `last`."""
    loc = first.loc
    return loc[0], loc[1], last.loc[2]


class _ParseError(Exception):
    """Raised after a syntax error has been reported, to skip to the next statement."""


def _then_eof(tokens: list[Token]) -> Iterator[Token]:
    """`tokens`, which end with an eof token, then that token again and again."""
    yield from tokens
    eof = tokens[-1]
    while True:
        yield eof


class Parser:
    """Parses the tokens of `stream`: a `Lexer`, or the tokens of a `${ … }` (a list
    ending with an eof token) for a sub-parser."""

    def __init__(self, source: Source, diags: Diagnostics, stream: Union[Lexer, list[Token]],
                 declared: list | None = None, depth: int = 0, stores: list | None = None):
        self.source = source
        self.text = source.text
        self.diags = diags
        if isinstance(stream, Lexer):
            self.lexer: Lexer | None = stream
            self._stream = stream.tokens
        else:
            self.lexer = None
            self._stream = _then_eof(stream)
        self._declared = declared if declared is not None else [None]  # shared with sub-parsers
        # Every VarDecl, Assign, Param, ForEach, Try, Update and For made (shared with
        # sub-parsers): what `lower/ints.py` needs, found here instead of by walking the
        # whole tree again.
        self.stores: list[ast.Node] = stores if stores is not None else []
        self.depth = depth
        self.nest = 0  # open brackets consumed so far, for error recovery
        self.ahead: list[Token] = []  # tokens `peek` took from the stream
        # Where the next token comes from (`next(self.tokens)`): the stream, or while
        # `ahead` has tokens, `_take_ahead` (no test of `ahead` per token)
        self.tokens: Iterator[Token] = self._stream
        self.prev_end = 0
        self.tok = next(self.tokens)

    # ------------------------------------------------------------------ tokens

    def _take_ahead(self) -> Iterator[Token]:
        """The tokens `peek` took, then the stream's again (`tokens` is the stream then)."""
        ahead = self.ahead
        while ahead:
            yield ahead.pop(0)
        self.tokens = self._stream
        yield next(self._stream)

    def peek(self, k: int = 1) -> Token:
        """The k-th token after the current one."""
        ahead = self.ahead
        while len(ahead) < k:
            ahead.append(next(self._stream))
        if self.tokens is self._stream:
            self.tokens = self._take_ahead()
        return ahead[k - 1]

    @property
    def declared(self) -> set[str]:
        """Names declared anywhere in the file; pre-scanned on first need only."""
        if self._declared[0] is None:
            self._declared[0] = declared_names(self.source)
        return self._declared[0]

    def advance(self) -> Token:
        """Consume the current token: report the errors it carries, count the bracket it
        opens or closes, take the next one (the end of file is never passed).

        `expect_op`, `accept_op`, `parse_primary` and `parse_call_member` (property
        names), which consume most tokens, do the same themselves for a token without
        errors: a call per token less; `take` does it for a token that is known to be
        neither a bracket nor the end of file."""
        tok = self.tok
        kind, value, _, self.prev_end, _, errors = tok
        if errors:
            for start, end, message in errors:
                self.diags.error(self.span(start, end), message)
        if kind == "op":
            if value in _NEST_CHANGE:
                self.nest += _NEST_CHANGE[value]
        elif kind == "eof":
            return tok
        self.tok = next(self.tokens)
        return tok

    def take(self) -> Token:
        """`advance` for a token known to be neither a bracket nor the end of file (a
        keyword, a name, most operators): without the tests of its kind."""
        tok = self.tok
        if tok[5]:
            return self.advance()
        self.prev_end = tok[3]
        self.tok = next(self.tokens)
        return tok

    def _stored(self, node):
        """`node`, noted in `stores`."""
        self.stores.append(node)
        return node

    def at_op(self, *ops: str) -> bool:
        tok = self.tok
        return tok[0] == "op" and tok[1] in ops

    def at_kw(self, *kws: str) -> bool:
        tok = self.tok
        return tok[0] == "kw" and tok[1] in kws

    def accept_op(self, op: str) -> bool:
        tok = self.tok
        if tok[0] == "op" and tok[1] == op:
            if tok[5]:
                self.advance()
            else:  # (as `advance` does)
                self.nest += _NEST_CHANGE.get(op, 0)
                self.prev_end = tok[3]
                self.tok = next(self.tokens)
            return True
        return False

    def span(self, start: int, end: int | None = None) -> Span:
        return Span(self.source, start, self.prev_end if end is None else end)

    def loc(self, start: int, end: int | None = None) -> tuple:
        """A node's `loc` (ast.Node): from `start` to `end` or to the end of the last token."""
        return self.source, start, self.prev_end if end is None else end

    def position(self, offset: int) -> str:
        line, col = self.source.line_col(offset)
        return f"{line}:{col}"

    @staticmethod
    def describe(tok: Token) -> str:
        if tok[0] == "eof":
            return "end of file"
        if tok[0] == "str":
            return "template literal" if tok[1].quote == "`" else "string literal"
        if tok[0] == "num":
            return f"number {tok[1][1]}"
        if tok[0] == "regex":
            return "regular expression"
        return f"'{tok[1]}'"

    def error_span(self) -> Span:
        """Where a missing token is reported: at the current token, or just after the
        previous one when the current one is on a later line."""
        if self.tok[0] == "eof" or self.tok[4]:
            return self.span(self.prev_end, self.prev_end)
        return self.span(self.tok[2], self.tok[3])

    def fail(self, message: str, span: Span | None = None) -> _ParseError:
        self.diags.error(span or self.error_span(), message)
        return _ParseError()

    def expect_op(self, op: str, opener: Token | None = None, what: str = "") -> Token:
        tok = self.tok
        if tok[0] == "op" and tok[1] == op:
            if tok[5]:
                return self.advance()
            self.nest += _NEST_CHANGE.get(op, 0)  # (as `advance` does)
            self.prev_end = tok[3]
            self.tok = next(self.tokens)
            return tok
        if opener is not None:
            raise self.fail(f"expected '{op}' to close '{opener[1]}' at {self.position(opener[2])}")
        raise self.fail(f"expected '{op}'{what}, found {self.describe(self.tok)}")

    def expect_name(self, what: str) -> Token:
        if self.tok[0] == "name":
            return self.take()
        if self.tok[0] == "kw":
            raise self.fail(f"'{self.tok[1]}' is a keyword and cannot be used as {what}")
        raise self.fail(f"expected {what}, found {self.describe(self.tok)}")

    def consume_semicolon(self) -> None:
        """End of a statement: `;`, or before `}`, end of file or a new line."""
        tok = self.tok
        if tok[0] == "op":
            if tok[1] == ";":
                self.take()
                return
            if tok[1] == "}":
                return
        if tok[0] == "eof" or tok[4]:
            return
        raise self.fail(f"expected ';' or a new line before {self.describe(self.tok)}",
                        self.span(self.tok[2], self.tok[3]))

    def _enter(self, what: str = "expression") -> None:
        """Count one level of nesting; call before a `try: … finally: self.depth -= 1`."""
        if self.depth >= MAX_DEPTH:
            raise self.fail(f"{what} nested too deeply", self.span(self.tok[2], self.tok[3]))
        self.depth += 1

    # ------------------------------------------------------------------ recovery

    def _synchronize(self, base: int) -> None:
        """Skip the rest of a broken statement: to a `;`, a `}` or a new line at the
        bracket level `base` of the enclosing statement list, or to a statement
        keyword at the start of a line when brackets were left open."""
        first = True
        while self.tok[0] != "eof":
            tok = self.tok
            if self.nest <= base:
                if is_op(tok, ";"):
                    self.advance()
                    return
                if is_op(tok, "}") or (tok[4] and not first):
                    return
            elif tok[4] and tok[0] == "kw" and tok[1] in STATEMENT_KEYWORDS:
                self.nest = base
                return
            first = False
            self.advance()

    # ------------------------------------------------------------------ statements

    def parse_program(self) -> ast.Program:
        """program : statement_list EOF"""
        body = self.parse_statement_list(())
        self.advance()  # report what the end-of-file token carries (an unclosed `/*`)
        program = ast.Program(self.loc(0, len(self.text)), body)
        program.stores = self.stores  # not a field: no walk, comparison or repr sees it
        return program

    def parse_statement_list(self, stop: tuple[str, ...]) -> list[ast.Stmt]:
        """statement_list : statement*   (up to `}`, end of file, or a keyword in `stop`)"""
        body: list[ast.Stmt] = []
        base = self.nest
        while True:
            start = self.tok
            kind = start[0]
            if kind == "eof" or (kind == "kw" and start[1] in stop):
                break
            if kind == "op" and start[1] == "}":
                if stop or base > 0:
                    break
                self.diags.error(self.span(start[2], start[3]), "unexpected '}'")  # a stray one
                self.advance()
                continue
            try:
                if kind == "kw" and (start[1] == "let" or start[1] == "const"):
                    body.extend(self.parse_var_decls())
                else:
                    body.append(self.parse_statement())
            except _ParseError:
                self._synchronize(base)
            if self.tok is start:  # no progress: drop the offending token
                self.advance()
        return body

    def parse_statement(self) -> ast.Stmt:
        """statement : block | var_decl | function_decl | if | for | while | do_while
                     | switch | try | throw | return | break | continue | defer
                     | import | parallel | exit | interface | type_alias
                     | raw_command | expression_statement | ';'
        """
        if self.depth >= MAX_DEPTH:
            self._enter("statement")  # reports the error
        self.depth += 1
        try:
            tok = self.tok
            if tok[0] == "kw":
                method = self._KEYWORD_STATEMENTS.get(tok[1])
                if method is not None:
                    return method(self)
            elif tok[0] == "op":
                if tok[1] == "{":
                    return self.parse_block()
                if tok[1] == ";":
                    self.advance()
                    return ast.Empty(self.loc(tok[2]))
                if self.lexer is not None and (self.text.startswith("./", tok[2]) or tok[1] == "/"):
                    return self.parse_raw_command()
            elif tok[0] == "regex" and self.lexer is not None:
                return self.parse_raw_command()
            elif tok[0] == "name" and (tok[1] not in BUILTIN_GLOBALS or tok[1] == "exit"):
                # (a built-in name but `exit` starts an expression: `console.log(…)`)
                stmt = self._name_statement(tok)
                if stmt is not None:
                    return stmt
            return self.parse_expression_statement()
        finally:
            self.depth -= 1

    def _name_statement(self, tok: Token) -> ast.Stmt | None:
        """Statements introduced by a plain identifier: export, exit, var, raw commands."""
        word = tok[1]
        if word in ("export", "exit", "var") and word in self.declared:
            return None
        if word == "export" and patterns.compile(_EXPORT_DECL).match(self.text[tok[3]:tok[3] + 80]):
            self.take()  # `export` before a declaration is accepted and ignored
            return self.parse_var_decl_statement() if self.at_kw("let", "const") else self.parse_statement()
        if word == "exit":
            return self.parse_exit()
        if word == "var" and patterns.compile(_VAR_DECL).match(self.text[tok[3]:tok[3] + 80]):
            self.diags.error(self.span(tok[2], tok[3]), "'var' is not supported; use 'let' or 'const'")
            return self.parse_var_decl_statement()
        if self.lexer is not None and self._is_raw_start(tok):
            return self.parse_raw_command()
        return None

    def _is_raw_start(self, tok: Token) -> bool:
        """Is the identifier `tok` at the start of a statement a shell command word? (Not
        a built-in name: `parse_statement` tells those at once.)"""
        text, n, i = self.text, len(self.text), tok[3]
        nxt = text[i:i + 2]
        if nxt[:1] in ("(", "[") or (nxt[:1] == "." and _NAME_START(nxt[1:2])):
            return False
        while i < n and text[i] in " \t":
            i += 1
        rest = text[i:i + 3]
        if rest.startswith(("(", "?.", "=")) or rest.startswith(_ASSIGN_OP_PREFIXES):
            return False
        if rest[:2] in ("++", "--"):
            j = i + 2
            while j < n and text[j] in " \t":
                j += 1
            if j >= n or text[j] in "\n;)}":
                return False
        return tok[1] not in self.declared

    def parse_raw_command(self) -> ast.RawCommand:
        """raw_command : SHELL_TEXT_TO_END_OF_LINE"""
        start = self.tok[2]
        parts, code_end, next_pos, errors = self.lexer.scan_raw_line(start)
        for s, e, message in errors:
            self.diags.error(self.span(s, e), message)
        code = self.shell_code(parts, start, code_end)
        self.ahead.clear()
        self.lexer.reset(next_pos)
        self.tokens = self._stream = self.lexer.tokens
        self.prev_end = code_end
        self.tok = next(self.tokens)
        return ast.RawCommand(self.loc(start, code_end), code)

    def parse_block(self) -> ast.Block:
        """block : '{' statement_list '}'"""
        opener = self.expect_op("{")
        body = self.parse_statement_list(())
        self.expect_op("}", opener)
        return ast.Block(self.loc(opener[2]), body)

    def parse_var_decl_statement(self) -> ast.Stmt:
        """var_decl_statement : var_decls   (one declarator where a statement is expected)"""
        decls = self.parse_var_decls()
        if len(decls) > 1:
            self.diags.error(decls[1].span, "declare one variable here, or wrap the declarations in '{ }'")
        return decls[0]

    def parse_var_decls(self) -> list[ast.VarDecl]:
        """var_decls : ('let' | 'const') declarator (',' declarator)* ';'"""
        kind_tok = self.take()
        kind = "let" if kind_tok[1] == "var" else kind_tok[1]
        decls = [self.parse_declarator(kind, kind_tok[2])]
        while self.accept_op(","):
            decls.append(self.parse_declarator(kind, self.tok[2]))
        self.consume_semicolon()
        return decls

    def parse_declarator(self, kind: str, start: int) -> ast.VarDecl:
        """declarator : NAME [':' type] ['=' assignment_expression]"""
        name = self.expect_name("a variable name")
        type_ = self.parse_type() if self.accept_op(":") else None
        init = None
        if self.accept_op("="):
            init = self.parse_assignment()
        elif kind == "const":
            self.diags.error(self.span(name[2], name[3]), f"const '{name[1]}' must be initialized")
        return self._stored(ast.VarDecl(self.loc(start), kind, name[1], type_, init))

    def parse_function(self) -> ast.FunctionDecl:
        """function_decl : 'function' NAME '(' params ')' [':' type] block"""
        start = self.take()[2]
        name = self.expect_name("a function name")
        params = self.parse_params()
        ret = self.parse_type() if self.accept_op(":") else None
        if not self.at_op("{"):
            raise self.fail(f"expected '{{' to start the body of function '{name[1]}', "
                            f"found {self.describe(self.tok)}")
        body = self.parse_block()
        return ast.FunctionDecl(self.loc(start), name[1], params, ret, body)

    def parse_params(self) -> list[ast.Param]:
        """params : '(' [param (',' param)* [',']] ')'"""
        return self._comma_list(self.expect_op("("), ")", self.parse_param, "expected a parameter name, found ','")

    def parse_param(self) -> ast.Param:
        """param : ['...'] NAME ['?'] [':' type] ['=' assignment_expression]"""
        start = self.tok[2]
        rest = self.accept_op("...")
        name = self.expect_name("a parameter name")
        optional = self.accept_op("?")
        type_ = self.parse_type() if self.accept_op(":") else None
        default = self.parse_assignment() if self.accept_op("=") else None
        return self._stored(ast.Param(self.loc(start), ("..." if rest else "") + name[1], type_,
                                      default, optional=optional))

    def parse_if(self) -> ast.If:
        """if : 'if' '(' expression ')' statement ['else' statement]"""
        start = self.take()[2]
        test = self.parse_paren_condition("if")
        then = self.parse_statement()
        otherwise = None
        if self.at_kw("else"):
            self.take()
            otherwise = self.parse_statement()
        return ast.If(self.loc(start), test, then, otherwise)

    def parse_paren_condition(self, keyword: str) -> ast.Expr:
        """paren_condition : '(' expression ')'"""
        opener = self.expect_op("(", what=f" after '{keyword}'")
        test = self.parse_expression()
        self.expect_op(")", opener)
        return test

    def parse_while(self) -> ast.While:
        """while : 'while' '(' expression ')' statement"""
        start = self.take()[2]
        test = self.parse_paren_condition("while")
        return ast.While(self.loc(start), test, self.parse_statement())

    def parse_do_while(self) -> ast.DoWhile:
        """do_while : 'do' statement 'while' '(' expression ')' [';']"""
        start = self.take()[2]
        body = self.parse_statement()
        if not self.at_kw("while"):
            raise self.fail(f"expected 'while' after the body of 'do', found {self.describe(self.tok)}")
        self.take()
        test = self.parse_paren_condition("while")
        self.accept_op(";")
        return ast.DoWhile(self.loc(start), body, test)

    def parse_for(self) -> ast.Stmt:
        """for : 'for' '(' ('let'|'const') NAME [':' type] ('in'|'of') expression ')' statement
               | 'for' '(' [for_init] ';' [expression] ';' [expression] ')' statement
        """
        start = self.take()[2]
        opener = self.expect_op("(", what=" after 'for'")
        init: ast.Stmt | None = None
        if self.at_kw("let", "const"):
            kind_tok = self.take()
            name = self.expect_name("a variable name")
            type_ = self.parse_type() if self.accept_op(":") else None
            if self.at_kw("in", "of"):
                keyword = self.take()[1]
                iterable = self.parse_expression()
                self.expect_op(")", opener)
                body = self.parse_statement()
                return self._stored(ast.ForEach(self.loc(start), kind_tok[1], name[1], type_,
                                                keyword, iterable, body))
            value = self.parse_assignment() if self.accept_op("=") else None
            init = self._stored(ast.VarDecl(self.loc(kind_tok[2]), kind_tok[1], name[1],
                                            type_, value))
        elif self.tok[0] == "name" and is_kw(self.peek(), "in", "of"):
            raise self.fail("declare the loop variable with 'let' or 'const'",
                            self.span(self.tok[2], self.tok[3]))
        elif not self.at_op(";"):
            expr = self.parse_expression()
            init = ast.ExprStmt(expr.loc, expr)
        self.expect_op(";", what=" in 'for (…; …; …)'")
        test = None if self.at_op(";") else self.parse_expression()
        self.expect_op(";", what=" in 'for (…; …; …)'")
        update = None if self.at_op(")") else self.parse_expression()
        self.expect_op(")", opener)
        body = self.parse_statement()
        return self._stored(ast.For(self.loc(start), init, test, update, body))

    def parse_switch(self) -> ast.Switch:
        """switch : 'switch' '(' expression ')' '{' (('case' expression | 'default') ':' statement_list)* '}'"""
        start = self.take()[2]
        disc = self.parse_paren_condition("switch")
        opener = self.expect_op("{", what=" to start the cases of 'switch'")
        cases: list[ast.SwitchCase] = []
        while self.at_kw("case", "default"):
            case_tok = self.take()
            test = self.parse_expression() if case_tok[1] == "case" else None
            self.expect_op(":", what=f" after '{case_tok[1]}'")
            body = self.parse_statement_list(("case", "default"))
            cases.append(ast.SwitchCase(self.loc(case_tok[2]), test, body))
        if not self.at_op("}"):
            if self.tok[0] != "eof":
                raise self.fail(f"expected 'case', 'default' or '}}', found {self.describe(self.tok)}")
        self.expect_op("}", opener)
        return ast.Switch(self.loc(start), disc, cases)

    def parse_try(self) -> ast.Try:
        """try : 'try' block ['catch' ['(' NAME [':' type] ')'] block] ['finally' block]"""
        start = self.take()[2]
        block = self.parse_block()
        param = handler = finalizer = None
        if self.at_kw("catch"):
            self.take()
            if self.at_op("("):
                opener = self.advance()
                param = self.expect_name("a name for the caught error")[1]
                if self.accept_op(":"):
                    self.parse_type()
                self.expect_op(")", opener)
            handler = self.parse_block()
        if self.at_kw("finally"):
            self.take()
            finalizer = self.parse_block()
        if handler is None and finalizer is None:
            raise self.fail("expected 'catch' or 'finally' after the 'try' block")
        return self._stored(ast.Try(self.loc(start), block, param, handler, finalizer))

    def _at_statement_end(self) -> bool:
        return self.at_op(";", "}") or self.tok[0] == "eof" or self.tok[4]

    def parse_return(self) -> ast.Return:
        """return : 'return' [expression] ';'   (the value must start on the same line)"""
        start = self.take()[2]
        value = None if self._at_statement_end() else self.parse_expression()
        self.consume_semicolon()
        return ast.Return(self.loc(start), value)

    def parse_throw(self) -> ast.Throw:
        """throw : 'throw' expression ';'   (on the same line)"""
        start = self.take()[2]
        if self._at_statement_end():
            raise self.fail("expected an expression after 'throw' on the same line")
        value = self.parse_expression()
        self.consume_semicolon()
        return ast.Throw(self.loc(start), value)

    def parse_jump(self) -> ast.Stmt:
        """jump : 'break' ';' | 'continue' ';'"""
        tok = self.take()
        self.consume_semicolon()
        cls = ast.Break if tok[1] == "break" else ast.Continue
        return cls(self.loc(tok[2]))

    def parse_defer(self) -> ast.Defer:
        """defer : 'defer' statement"""
        start = self.take()[2]
        return ast.Defer(self.loc(start), self.parse_statement())

    def parse_import(self) -> ast.Import:
        """import : 'import' STRING ';'"""
        start = self.take()[2]
        tok = self.tok
        if tok[0] != "str":
            raise self.fail(f"expected the path of the file to import as a string, found {self.describe(tok)}")
        path = self.parse_primary()
        if not path.__class__ is ast.StringLit:
            raise self.fail("the path of an import must be plain text, without interpolation", path.span)
        self.consume_semicolon()
        return ast.Import(self.loc(start), path.value)

    def parse_parallel(self) -> ast.Stmt:
        """parallel : 'parallel' call_expression ';'"""
        start = self.tok[2]
        expr = self.parse_parallel_expr()
        self.consume_semicolon()
        return ast.Parallel(self.loc(start), expr.call)

    def parse_parallel_expr(self) -> ast.ParallelExpr:
        """parallel_expression : 'parallel' call_expression"""
        start = self.take()[2]
        call = self.parse_call_member(self.parse_primary())
        if not call.__class__ is ast.Call:
            raise self.fail("'parallel' must be followed by a function call, as in 'parallel f(x)'",
                            call.span)
        return ast.ParallelExpr(self.loc(start), call)

    def parse_exit(self) -> ast.Exit:
        """exit : 'exit' ['(' [expression] ')' | expression] ';'"""
        start = self.take()[2]
        value = None
        if self.at_op("(") and is_op(self.peek(), ")"):
            self.advance()
            self.advance()
        elif not self._at_statement_end():
            value = self.parse_expression()
        self.consume_semicolon()
        return ast.Exit(self.loc(start), value)

    def parse_interface(self) -> ast.InterfaceDecl:
        """interface : ('interface' | 'record') NAME object_type_body [';']"""
        start = self.take()[2]
        name = self.expect_name("a type name")
        fields = self.parse_object_type_fields()
        self.accept_op(";")
        return ast.InterfaceDecl(self.loc(start), name[1], fields)

    def parse_type_alias(self) -> ast.InterfaceDecl:
        """type_alias : 'type' NAME '=' type ';'"""
        start = self.take()[2]
        name = self.expect_name("a type name")
        self.expect_op("=", what=f" after 'type {name[1]}'")
        alias = self.parse_type()
        self.consume_semicolon()
        return ast.InterfaceDecl(self.loc(start), name[1], None, alias)

    def parse_expression_statement(self) -> ast.ExprStmt:
        """expression_statement : expression ';'"""
        expr = self.parse_expression()
        self.consume_semicolon()
        return ast.ExprStmt(expr.loc, expr)

    def _unexpected_keyword(self) -> ast.Stmt:
        tok = self.tok
        hint = {"else": " without a matching 'if'", "catch": " without a matching 'try'",
                "finally": " without a matching 'try'", "case": " outside a 'switch'",
                "default": " outside a 'switch'"}.get(tok[1], "")
        raise self.fail(f"unexpected '{tok[1]}'{hint}", self.span(tok[2], tok[3]))

    _KEYWORD_STATEMENTS: dict[str, Callable[["Parser"], ast.Stmt]] = {
        "let": parse_var_decl_statement, "const": parse_var_decl_statement,
        "function": parse_function, "if": parse_if, "for": parse_for, "while": parse_while,
        "do": parse_do_while, "switch": parse_switch, "try": parse_try, "return": parse_return,
        "throw": parse_throw, "break": parse_jump, "continue": parse_jump, "defer": parse_defer,
        "import": parse_import, "parallel": parse_parallel, "interface": parse_interface,
        "record": parse_interface, "type": parse_type_alias,
        "else": _unexpected_keyword, "catch": _unexpected_keyword, "finally": _unexpected_keyword,
        "case": _unexpected_keyword, "default": _unexpected_keyword, "in": _unexpected_keyword,
        "of": _unexpected_keyword,
    }

    # ------------------------------------------------------------------ types

    def parse_type(self) -> ast.TypeExpr:
        """type : ['|'] array_type ('|' array_type)*"""
        tok = self.tok
        name = None
        if tok[0] == "name" and self.depth < MAX_DEPTH:
            # Most types are one name: told here, without the productions below, when no
            # `<`, `[` or `|` follows it (nothing nested: the depth is left as it is)
            name = self.take()
            nxt = self.tok
            if nxt[0] != "op" or nxt[1] not in _AFTER_TYPE_NAME:
                return ast.TypeName((self.source, tok[2], tok[3]), tok[1])
        if self.depth >= MAX_DEPTH:
            self._enter("type")  # reports the error
        self.depth += 1
        try:
            start = tok[2]
            if tok[0] == "op" and tok[1] == "|":
                self.take()
            first = self.parse_array_type(name)
            tok = self.tok
            if tok[0] != "op" or tok[1] != "|":
                return first
            options = [first]
            while self.accept_op("|"):
                options.append(self.parse_array_type())
            return ast.UnionTypeExpr(self.loc(start), options)
        finally:
            self.depth -= 1

    def parse_array_type(self, name: Token | None = None) -> ast.TypeExpr:
        """array_type : primary_type ('[' ']')*

        `name`: the name the primary type is, already consumed."""
        start = self.tok[2] if name is None else name[2]
        t = self.parse_primary_type(name)
        tok = self.tok
        while tok[0] == "op" and tok[1] == "[" and not tok[4] and is_op(self.peek(), "]"):
            self.advance()
            self.advance()
            t = ast.ArrayTypeExpr(self.loc(start), t)
            tok = self.tok
        return t

    def parse_primary_type(self, name: Token | None = None) -> ast.TypeExpr:
        """primary_type : NAME | 'null' | 'undefined' | 'Array' '<' type '>'
                        | object_type_body | '(' type ')'

        `name`: the NAME, already consumed."""
        tok = self.tok if name is None else name
        kind = tok[0]
        if kind == "name" or (kind == "kw" and tok[1] in ("null", "undefined")):
            if name is None:
                self.take()
            nxt = self.tok
            if nxt[0] == "op" and nxt[1] == "<":
                opener = self.take()
                element = self.parse_type()
                self.expect_op(">", opener)
                if tok[1] != "Array":
                    raise self.fail(f"generic type '{tok[1]}<…>' is not supported; "
                                    f"use 'object' or an interface", self.span(tok[2]))
                return ast.ArrayTypeExpr(self.loc(tok[2]), element)
            return ast.TypeName((self.source, tok[2], tok[3]), tok[1])
        if is_op(tok, "{"):
            fields = self.parse_object_type_fields()
            return ast.ObjectTypeExpr(self.loc(tok[2]), fields)
        if is_op(tok, "("):
            self.advance()
            t = self.parse_type()
            self.expect_op(")", tok)
            return t
        if kind == "str":
            raise self.fail("string literal types are not supported; use 'string'",
                            self.span(tok[2], tok[3]))
        raise self.fail(f"expected a type, found {self.describe(tok)}")

    def parse_object_type_fields(self) -> list[ast.FieldDecl]:
        """object_type_body : '{' (field [';' | ','])* '}'
           field : (NAME | STRING) ['?'] ':' type
        """
        opener = self.expect_op("{")
        fields: list[ast.FieldDecl] = []
        while not self.at_op("}"):
            tok = self.tok
            key = self._key(opener, "a field name")
            optional = self.accept_op("?")
            self.expect_op(":", what=f" after field '{key}'")
            fields.append(ast.FieldDecl(self.loc(tok[2]), key, self.parse_type(), optional))
            if not (self.accept_op(";") or self.accept_op(",")) and not (
                    self.at_op("}") or self.tok[4]):
                raise self.fail(f"expected ';' or '}}' after field '{key}', found {self.describe(self.tok)}")
        self.expect_op("}", opener)
        return fields

    def _key(self, opener: Token, what: str) -> str:
        """key : NAME | keyword | STRING | NUMBER   (of an object literal or object type)"""
        tok = self.tok
        if tok[0] in ("name", "kw"):
            key = tok[1]
        elif tok[0] == "str" and all(isinstance(p, str) for p in tok[1].parts):
            key = "".join(tok[1].parts)
        elif tok[0] == "num":
            key = str(tok[1][0])
        else:
            if tok[0] == "eof":
                self.expect_op("}", opener)
            raise self.fail(f"expected {what}, found {self.describe(tok)}")
        self.take()
        return key

    # ------------------------------------------------------------------ expressions

    def parse_assignment(self) -> ast.Expr:
        """assignment_expression : conditional_expression
                                 | lhs ASSIGN_OP assignment_expression
        """
        if self.depth >= MAX_DEPTH:
            self._enter()  # reports the error
        self.depth += 1
        try:
            tok = self.tok
            kind = tok[0]
            if kind == "num" or kind == "str" or kind == "name" and tok[1] != "typeof":
                # Most operands are a name or a literal, often alone (`f(x, 1)`, `y = x;`):
                # parsed here without going through `parse_binary` and `parse_unary`
                # (the kind of the token after each part is tested once: a hot path)
                left = self.parse_primary()
                op = self.tok
                if op[0] != "op":
                    return left
                if op[1] in _AFTER_OPERAND:
                    left = self._postfix(left)
                    op = self.tok
                    if op[0] != "op":
                        return left
                if op[1] in BINARY_PREC:
                    left = self.parse_binary(1, left)
                    op = self.tok
                    if op[0] != "op":
                        return left
            else:
                left = self.parse_binary(1)
                op = self.tok
                if op[0] != "op":
                    return left
            if op[1] == "?":
                left = self.parse_conditional(left)
                op = self.tok
                if op[0] != "op":
                    return left
            if op[1] in ASSIGN_OPS:
                self._check_target(left, op[1])
                self.take()
                value = self.parse_assignment()
                return self._stored(ast.Assign(_from_to(left, value), op[1], left, value))
            return left
        finally:
            self.depth -= 1

    # expression : assignment_expression   (the comma operator is not supported)
    parse_expression = parse_assignment

    def _check_target(self, target: ast.Expr, op: str) -> None:
        if not isinstance(target, (ast.Name, ast.Member, ast.Index)) or getattr(target, "optional", False):
            raise self.fail(f"invalid target for '{op}': only a variable, an element or a property "
                            f"can be assigned", target.span)

    def parse_conditional(self, test: ast.Expr) -> ast.Expr:
        """conditional_expression : binary_expression ['?' assignment_expression ':' assignment_expression]"""
        # Called at the `?` after `test`: `parse_assignment` parses the binary expression
        # itself, which makes one call less per expression.
        q = self.take()
        then = self.parse_assignment()
        if not self.at_op(":"):
            raise self.fail(f"expected ':' for the '?' at {self.position(q[2])}, "
                            f"found {self.describe(self.tok)}")
        self.take()
        otherwise = self.parse_assignment()
        return ast.Conditional(_from_to(test, otherwise), test, then, otherwise)

    def parse_binary(self, min_prec: int, left: ast.Expr | None = None) -> ast.Expr:
        """binary_expression : unary_expression (BINARY_OP unary_expression)*   (by precedence)

        `left`: the first operand, when the caller has parsed it."""
        if left is None:
            left = self.parse_unary()
        while self.tok[0] == "op":
            op = self.tok[1]
            prec = BINARY_PREC.get(op)
            if prec is None or prec < min_prec:
                break
            self.take()
            if op == "**":  # right-associative
                self._enter()
                try:
                    right = self.parse_binary(prec)
                finally:
                    self.depth -= 1
            else:
                # `parse_binary(prec + 1)`, which most often finds no operator of a
                # higher precedence after the operand: called only when there is one
                right = self.parse_unary()
                nxt = self.tok
                if nxt[0] == "op" and BINARY_PREC.get(nxt[1], 0) > prec:
                    right = self.parse_binary(prec + 1, right)
            left = ast.Binary(_from_to(left, right), op, left, right)
        return left

    def parse_unary(self) -> ast.Expr:
        """unary_expression : ('!' | '-' | '+' | 'typeof') unary_expression
                            | ('++' | '--') unary_expression
                            | 'parallel' call_expression
                            | postfix_expression
           postfix_expression : call_expression [('++' | '--')]   (on the same line)
        """
        # (the postfix production is parsed here: one call less per operand)
        tok = self.tok
        kind = tok[0]
        if kind == "name" and tok[1] == "typeof" and self._starts_operand(self.peek()) or (
                kind == "op" and tok[1] in _UNARY_OPS):
            self._enter()
            try:
                self.take()
                operand = self.parse_unary()
            finally:
                self.depth -= 1
            loc = (self.source, tok[2], operand.loc[2])
            if tok[1] in ("++", "--"):
                self._check_target(operand, tok[1])
                return self._stored(ast.Update(loc, tok[1], True, operand))
            if self.tok[1] == "**" and self.tok[0] == "op":  # `-2 ** 2`: -4 or 4? (TypeScript rejects it too)
                op = tok[1] + " " * tok[1].isalpha()
                self.diags.error(self.span(tok[2], operand.loc[2]),
                                 f"a unary '{tok[1]}' before the left operand of '**' is ambiguous: "
                                 f"write '({op}a) ** b' or '{op}(a ** b)'")
            return ast.Unary(loc, tok[1], operand)
        if kind == "kw" and tok[1] == "parallel":
            return self.parse_parallel_expr()
        expr = self.parse_primary()
        op = self.tok
        if op[0] == "op" and op[1] in _AFTER_OPERAND:
            return self._postfix(expr)
        return expr

    def _postfix(self, expr: ast.Expr) -> ast.Expr:
        """The calls, members, indexes and `++`/`--` after the primary expression `expr`,
        at one of `_AFTER_OPERAND`."""
        op = self.tok
        value = op[1]
        if value in _POSTFIX_OPS:
            expr = self.parse_call_member(expr)
            op = self.tok
            if op[0] != "op":
                return expr
            value = op[1]
        if value in _UPDATE_OPS and not op[4]:
            self._check_target(expr, value)
            self.take()
            return self._stored(ast.Update(self.loc(expr.loc[1]), value, False, expr))
        return expr

    @staticmethod
    def _starts_operand(tok: Token) -> bool:
        return tok[0] in OPERAND_KINDS or is_op(tok, "(", "[", "{", "!", "-", "+") \
            or is_kw(tok, "true", "false", "null", "undefined")

    def parse_call_member(self, expr: ast.Expr) -> ast.Expr:
        """call_expression : primary_expression ( '.' NAME | '?.' NAME | '[' expression ']'
                                                | '?.[' expression ']' | arguments | '?.' arguments )*

        Called after the primary expression `expr` (`parse_unary` parses it: most operands
        have no call, member or index after them)."""
        start = expr.loc[1]
        while True:
            tok = self.tok
            if tok[0] != "op" or tok[1] not in _POSTFIX_OPS:
                break
            op = tok[1]
            if op == "." or op == "?.":
                optional = op == "?."
                self.take()
                if optional and self.at_op("["):
                    expr = self._parse_index(expr, True)
                elif optional and self.at_op("("):
                    expr = ast.Call(self.loc(start), expr, self.parse_arguments(), True)
                else:
                    name = self.tok
                    if name[0] not in ("name", "kw"):
                        raise self.fail(f"expected a property name after '{op}', found {self.describe(name)}")
                    if name[5]:
                        self.advance()
                    else:  # (as `advance` does: no bracket to count; a hot path)
                        self.prev_end = name[3]
                        self.tok = next(self.tokens)
                    expr = ast.Member((self.source, start, name[3]), expr, name[1], optional)
            elif op == "[" and not tok[4]:
                expr = self._parse_index(expr, False)
            elif op == "(" and not tok[4]:
                args = self.parse_arguments()
                expr = ast.Call((self.source, start, self.prev_end), expr, args)
            else:
                break
        return expr

    def _parse_index(self, obj: ast.Expr, optional: bool) -> ast.Index:
        opener = self.advance()
        index = self.parse_expression()
        self.expect_op("]", opener)
        return ast.Index(self.loc(obj.loc[1]), obj, index, optional)

    def parse_arguments(self) -> list[ast.Expr]:
        """arguments : '(' [assignment_expression (',' assignment_expression)* [',']] ')'"""
        return self._comma_list(self.advance(), ")", self.parse_assignment, "expected an expression, found ','",
                                "spread arguments ('...') are not supported")

    def _comma_list(self, opener: Token, closer: str, item: Callable[[], object], hole: str,
                    spread: str = "") -> list:
        """comma_list : [item (',' item)* [',']] closer   (after `opener`)

        `hole`: the message for an empty item; `spread`: for one starting with `...`
        (unless empty: `item` parses that)."""
        items: list = []
        tok = self.tok
        while not (tok[0] == "op" and tok[1] == closer):
            if tok[0] == "op":
                if tok[1] == ",":
                    raise self.fail(hole)
                if spread and tok[1] == "...":
                    raise self.fail(spread)
            items.append(item())
            tok = self.tok
            if not (tok[0] == "op" and tok[1] == ","):
                break
            self.take()
            tok = self.tok
        self.expect_op(closer, opener)
        return items

    def parse_primary(self) -> ast.Expr:
        """primary_expression : NUMBER | STRING | TEMPLATE | REGEX | 'true' | 'false' | 'null'
                              | 'undefined' | NAME | arrow_function | '(' expression ')'
                              | array_literal | object_literal
        """
        tok = self.tok
        kind = tok[0]
        if kind in OPERAND_KINDS:
            if tok[5]:
                self.advance()
            else:  # (as `advance` does: no bracket to count)
                self.prev_end = tok[3]
                self.tok = next(self.tokens)
        if kind == "name":
            nxt = self.tok
            if nxt[0] == "op" and nxt[1] == "=>":  # `x => …`
                return self.parse_arrow(tok)
            return ast.Name((self.source, tok[2], tok[3]), tok[1])
        if kind == "num":
            return ast.NumberLit((self.source, tok[2], tok[3]), tok[1][0], tok[1][1])
        if kind == "str":
            return self.string_expr(tok)
        if kind == "regex":
            return ast.RegexLit(self.loc(tok[2]), tok[1][0], tok[1][1])
        if kind == "kw":
            literal = {"true": True, "false": False}.get(tok[1])
            if literal is not None:
                self.take()
                return ast.BoolLit(self.loc(tok[2]), literal)
            if tok[1] in ("null", "undefined"):
                self.take()
                cls = ast.NullLit if tok[1] == "null" else ast.UndefinedLit
                return cls(self.loc(tok[2]))
            raise self.fail(f"expected an expression, found keyword '{tok[1]}'",
                            self.span(tok[2], tok[3]))
        if is_op(tok, "("):
            if self._is_arrow():
                return self.parse_arrow()
            self.advance()
            expr = self.parse_expression()
            self.expect_op(")", tok)
            return expr
        if is_op(tok, "["):
            return self.parse_array_literal()
        if is_op(tok, "{"):
            return self.parse_object_literal()
        if kind == "eof":
            raise self.fail("expected an expression, found end of file")
        raise self.fail(f"expected an expression, found {self.describe(tok)}",
                        self.span(tok[2], tok[3]))

    def _is_arrow(self) -> bool:
        """At `(`: is this the parameter list of an arrow function? Scan (a bounded
        number of tokens) to the matching `)` and look for `=>` (or `: type =>`)."""
        first = self.peek()
        if not (is_op(first, ")", "...") or (first[0] == "name" and is_op(self.peek(2), ",", ":", ")", "=", "?"))):
            return False
        depth, k = 1, 1
        while depth:
            if k > _ARROW_SCAN_LIMIT:
                return False
            t = self.peek(k)
            if t[0] == "eof":
                return False
            if t[0] == "op":
                if t[1] in "([{":
                    depth += 1
                elif t[1] in ")]}":
                    depth -= 1
            k += 1
        after = self.peek(k)
        if is_op(after, "=>"):
            return True
        if not is_op(after, ":"):
            return False
        while k < _ARROW_SCAN_LIMIT:  # a return type: NAME, [], <>, |, { … }
            k += 1
            t = self.peek(k)
            if is_op(t, "=>"):
                return True
            if t[0] == "eof" or is_op(t, ";", ")", ",", "=") or t[0] in ("num", "str", "regex"):
                return False
        return False

    def parse_arrow(self, name: Token | None = None) -> ast.Arrow:
        """arrow_function : (NAME | params) [':' type] '=>' (block | assignment_expression)

        `name`: the lone parameter, already consumed."""
        if name is not None:
            start = name[2]
            params = [self._stored(ast.Param(self.loc(name[2], name[3]), name[1]))]
        else:
            start = self.tok[2]
            params = self.parse_params()
        ret = self.parse_type() if self.accept_op(":") else None
        self.expect_op("=>")
        self._enter()
        try:
            body: Union[ast.Expr, ast.Block] = self.parse_block() if self.at_op("{") else self.parse_assignment()
        finally:
            self.depth -= 1
        return ast.Arrow(self.loc(start), params, body, ret)

    def parse_array_literal(self) -> ast.ArrayLit:
        """array_literal : '[' [assignment_expression (',' assignment_expression)* [',']] ']'"""
        opener = self.advance()
        elements = self._comma_list(opener, "]", self.parse_assignment,
                                    "empty array elements are not supported")
        return ast.ArrayLit(self.loc(opener[2]), elements)

    def parse_object_literal(self) -> ast.ObjectLit:
        """object_literal : '{' [property (',' property)* [',']] '}'"""
        opener = self.advance()
        props = self._comma_list(opener, "}", lambda: self.parse_property(opener),
                                 "expected a property name, found ','")
        return ast.ObjectLit(self.loc(opener[2]), props)

    def parse_property(self, opener: Token) -> ast.Property:
        """property : (NAME | keyword | STRING | NUMBER) ':' assignment_expression | NAME"""
        tok = self.tok
        key = self._key(opener, "a property name")
        if self.accept_op(":"):
            value = self.parse_assignment()
        elif tok[0] == "name":  # shorthand `{ name }`
            value = ast.Name(self.loc(tok[2]), key)
        else:
            raise self.fail(f"expected ':' after property '{key}', found {self.describe(self.tok)}")
        return ast.Property(self.loc(tok[2]), key, value)

    # ------------------------------------------------------------------ strings & shell code

    def string_expr(self, tok: Token) -> ast.Expr:
        """string : '…' | "…" | `…`  (lexed into parts, see lexer.py)"""
        sv: StringValue = tok[1]
        loc = (self.source, tok[2], tok[3])
        if sv.whole_cmd is not None:
            chunk = sv.whole_cmd
            return ast.CommandSubst(loc, self.shell_code(chunk.parts, chunk.start + 2, chunk.end - 1))
        if len(sv.parts) == 1 and sv.parts[0].__class__ is str:
            return ast.StringLit(loc, sv.parts[0])
        # (the lexer joins adjacent text: more than one part means an interpolation)
        parts: list[Union[str, ast.Expr]] = []
        for part in sv.parts:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, Interp):
                parts.append(self.interpolation(part))
            elif isinstance(part, ShellChunk):
                code = self.shell_code(part.parts, part.start + 2, part.end - 1)
                parts.append(ast.CommandSubst(self.loc(part.start, part.end), code))
            elif isinstance(part, ParamRef):
                parts.append(ast.ShellParam(self.loc(part.start, part.end), part.name))
        return ast.InterpString(loc, parts, sv.quote)

    def shell_code(self, parts: list[Union[str, Interp]], start: int, end: int) -> ast.ShellCode:
        """shell_code : (SHELL_TEXT | '${' expression '}')*"""
        out: list[Union[str, ast.Expr]] = []
        for part in parts:
            if isinstance(part, Interp):
                expr = self.interpolation(part)
                if expr is not None:
                    out.append(expr)
                    continue
                part = self.text[part.start:part.end]  # shell's own `${…}`
            if out and isinstance(out[-1], str):
                out[-1] += part
            else:
                out.append(part)
        return ast.ShellCode(self.loc(start, end), out)

    def interpolation(self, interp: Interp) -> ast.Expr | None:
        """`${ expression }`; None for a shell parameter expansion inside shell code."""
        if interp.in_shell:
            content = self.text[interp.content_start:max(interp.content_start, interp.end - 1)]
            if patterns.compile(r"\s*[0-9]+\s*").fullmatch(content):
                return None
            if interp.tokens is not None and not interp.errors:
                # A trial: its errors and the stores it noted count only if it parses
                trial, stores = Diagnostics(), []
                expr = self._sub_parse(interp, trial, stores)
                if not trial.has_errors:
                    self.stores += stores
                    return expr
            if patterns.compile(_SHELL_PARAM).match(content):
                return None
        for start, end, message in interp.errors:
            self.diags.error(self.span(start, end), message)
        if interp.tokens is None:
            return ast.StringLit(self.loc(interp.start, interp.end), "")
        return self._sub_parse(interp, self.diags, self.stores)

    def _sub_parse(self, interp: Interp, diags: Diagnostics, stores: list[ast.Node]) -> ast.Expr:
        """The expression of `interp`, or an empty string standing in for it after an error;
        the stores it makes are noted in `stores`."""
        tokens = interp.tokens
        if len(tokens) == 2 and tokens[0][0] == "name" and not tokens[0][5]:
            name = tokens[0]  # `${x}`, the commonest, parsed without a parser of its own
            return ast.Name((self.source, name[2], name[3]), name[1])
        try:
            sub = Parser(self.source, diags, interp.tokens, self._declared, self.depth, stores)
            if sub.tok[0] == "eof":
                raise sub.fail("expected an expression inside '${…}'",
                               self.span(interp.start, interp.end))
            expr = sub.parse_expression()
            if sub.tok[0] != "eof":
                raise sub.fail(f"expected '}}' to close '${{' at {self.position(interp.start)}, "
                               f"found {self.describe(sub.tok)}", sub.span(sub.tok[2], sub.tok[3]))
            return expr
        except _ParseError:
            pass
        except CompileError:
            if diags is self.diags:
                raise
        return ast.StringLit(self.loc(interp.start, interp.end), "")


# ---------------------------------------------------------------------- pre-scan

def declared_names(source: Source) -> set[str]:
    """Every name the file declares anywhere: functions, `let`/`const`, parameters of
    functions and arrows, catch variables. Such a name never starts a raw command."""
    tokens = Lexer(source).tokenize()
    names: set[str] = set()
    match: dict[int, int] = {}
    stack: list[int] = []
    for i, t in enumerate(tokens):
        if is_op(t, "("):
            stack.append(i)
        elif is_op(t, ")") and stack:
            match[i] = stack.pop()
    close_of = {open_: close for close, open_ in match.items()}

    def params(open_: int) -> None:
        depth = 0
        for j in range(open_ + 1, close_of.get(open_, open_)):
            t = tokens[j]
            if t[0] == "op" and t[1] in "([{":
                depth += 1
            elif t[0] == "op" and t[1] in ")]}":
                depth -= 1
            elif t[0] == "name" and depth == 0 and is_op(tokens[j - 1], "(", ",", "..."):
                names.add(t[1])

    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1]
        if is_kw(t, "function", "let", "const") and nxt[0] == "name":
            names.add(nxt[1])
            if t[1] == "function" and is_op(tokens[i + 2], "("):
                params(i + 2)
        elif is_kw(t, "catch") and is_op(nxt, "(") and tokens[i + 2][0] == "name":
            names.add(tokens[i + 2][1])
        elif is_op(t, "=>"):
            if tokens[i - 1][0] == "name":
                names.add(tokens[i - 1][1])
            for j in range(i - 1, max(0, i - 30), -1):
                if j in match:
                    params(match[j])
                    break
    return names


# ---------------------------------------------------------------------- entry points

def _run(source: Source, diags: Diagnostics, body: Callable[[Parser], object]):
    """Run `body` on a parser for `source`, with room on the Python stack for
    MAX_DEPTH levels of nesting (each takes a dozen or so frames)."""
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, MAX_DEPTH * 24 + 2000))
    gc_was_enabled = gc.isenabled()
    gc.disable()  # the parser makes many small objects and no cycles worth collecting
    try:
        parser = Parser(source, diags, Lexer(source))
        return parser, body(parser)
    finally:
        sys.setrecursionlimit(old_limit)
        if gc_was_enabled:
            gc.enable()


def parse(source: Source, diags: Diagnostics) -> ast.Program:
    """Parse a whole file. Problems go to `diags`; this never raises."""
    empty = ast.Program((source, 0, len(source.text)), [])
    try:
        _, program = _run(source, diags, Parser.parse_program)
        return program
    except CompileError:  # too many errors
        return empty
    except RecursionError:
        diags.error(Span(source, 0, 0), "program nested too deeply")
        return empty


def parse_type_expr(source: Source, diags: Diagnostics) -> ast.TypeExpr | None:
    """Parse `source` as one type expression, e.g. `string[] | null`."""
    def body(p: Parser) -> ast.TypeExpr | None:
        try:
            t = p.parse_type()
            if p.tok[0] != "eof":
                raise p.fail(f"unexpected {p.describe(p.tok)} after the type")
            return t
        except _ParseError:
            return None
    try:
        return _run(source, diags, body)[1]
    except CompileError:
        return None


def parse_signature(text: str) -> tuple[list[ast.Param], ast.TypeExpr | None]:
    """Parse a signature such as `(s: string, n?: number, ...rest: string[]): string[]`.

    A variadic parameter's name starts with '...'. Raises ValueError on bad input.
    """
    source = Source("<signature>", text)
    diags = Diagnostics()

    def body(p: Parser):
        try:
            params = p.parse_params()
            ret = p.parse_type() if p.accept_op(":") else None
            if p.tok[0] != "eof":
                raise p.fail(f"unexpected {p.describe(p.tok)} after the signature")
            return params, ret
        except _ParseError:
            return None
    try:
        parser, result = _run(source, diags, body)
        if parser.tok[5]:
            parser.advance()
    except CompileError:
        result = None
    if diags.has_errors or result is None:
        message = diags.items[0].message if diags.items else "invalid signature"
        raise ValueError(f"bad signature {text!r}: {message}")
    return result
