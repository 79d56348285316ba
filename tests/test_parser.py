"""Parser: the guide's programs, every statement and expression form, strings and shell
code, raw command lines, semicolon insertion, error recovery and robustness."""
import random
import time

import pytest

from utah import ast
from utah.parser import parse, parse_signature, parse_type_expr
from utah.source import Diagnostics, Source
from utah_run import GUIDE_PROGRAMS, run



def parse_ok(text):
    diags = Diagnostics()
    program = parse(Source("t.shx", text), diags)
    assert not diags.items, "\n".join(d.format() for d in diags.sorted())
    return program


def errors(text):
    diags = Diagnostics()
    parse(Source("t.shx", text), diags)
    return [(d.line, d.col, d.message) for d in diags.sorted()]


def expr(text):
    """Parse `text` as the initializer of a declaration (a statement starting with an
    undeclared name would be a raw shell command)."""
    (stmt,) = parse_ok("let __e = " + text).body
    assert isinstance(stmt, ast.VarDecl)
    return stmt.init


def sexp(e):
    """A compact rendering of an expression tree, for precedence tests."""
    if isinstance(e, ast.Binary):
        return f"({sexp(e.left)} {e.op} {sexp(e.right)})"
    if isinstance(e, ast.Assign):
        return f"({sexp(e.target)} {e.op} {sexp(e.value)})"
    if isinstance(e, ast.Unary):
        return f"({e.op} {sexp(e.operand)})"
    if isinstance(e, ast.Update):
        return f"({e.op}{sexp(e.target)})" if e.prefix else f"({sexp(e.target)}{e.op})"
    if isinstance(e, ast.Conditional):
        return f"({sexp(e.test)} ? {sexp(e.then)} : {sexp(e.otherwise)})"
    if isinstance(e, ast.Name):
        return e.id
    if isinstance(e, ast.NumberLit):
        return e.raw
    if isinstance(e, ast.Member):
        return f"{sexp(e.object)}{'?.' if e.optional else '.'}{e.property}"
    if isinstance(e, ast.Index):
        return f"{sexp(e.object)}{'?.' if e.optional else ''}[{sexp(e.index)}]"
    if isinstance(e, ast.Call):
        return f"{sexp(e.callee)}{'?.' if e.optional else ''}({', '.join(sexp(a) for a in e.args)})"
    if isinstance(e, ast.StringLit):
        return repr(e.value)
    return type(e).__name__


# ------------------------------------------------------------------ the guide

@pytest.mark.parametrize("index", range(len(GUIDE_PROGRAMS)))
def test_guide_programs_parse_without_diagnostics(index):
    assert len(GUIDE_PROGRAMS) == 8
    program = parse_ok(GUIDE_PROGRAMS[index])
    assert program.body


def test_guide_idioms():
    prog = parse_ok(GUIDE_PROGRAMS[0])
    fn = prog.body[1]
    assert isinstance(fn, ast.FunctionDecl) and fn.name == "runInBackground"
    pid = fn.body.body[1]
    assert isinstance(pid.init, ast.CommandSubst)
    assert isinstance(pid.init.code.parts[0], ast.Name) and pid.init.code.parts[1] == " & echo $!"
    loop = prog.body[5]
    assert isinstance(loop, ast.ForEach) and (loop.name, loop.keyword) == ("file", "in")


# ------------------------------------------------------------------ expressions

@pytest.mark.parametrize("source, tree", [
    ("a = b = c", "(a = (b = c))"),
    ("a ?? b || c && d", "(a ?? (b || (c && d)))"),
    ("a == b < c + d * e ** f ** g", "(a == (b < (c + (d * (e ** (f ** g))))))"),
    ("a - b - c", "((a - b) - c)"),
    ("!a && -b", "((! a) && (- b))"),
    ("x ? y : z ? 1 : 2", "(x ? y : (z ? 1 : 2))"),
    ("i++ + ++j", "((i++) + (++j))"),
    ("a.b[c](d)?.e?.[f]?.(g)", "a.b[c](d)?.e?.[f]?.(g)"),
    ("x += y ||= z", "(x += (y ||= z))"),
    ("typeof x == 'string'", "((typeof x) == 'string')"),
    ("fs.delete(p) && json.delete(o, '.a')", "(fs.delete(p) && json.delete(o, '.a'))"),
])
def test_precedence_and_associativity(source, tree):
    assert sexp(expr(source)) == tree


def test_literals():
    arr = expr("[1, 'a', true, null, undefined, [2,],]")
    assert [type(e).__name__ for e in arr.elements] == [
        "NumberLit", "StringLit", "BoolLit", "NullLit", "UndefinedLit", "ArrayLit"]
    obj = expr('({ "k": 1, k2: 2, if: 3, 4: 5, short, })')
    assert [p.key for p in obj.properties] == ["k", "k2", "if", "4", "short"]
    assert isinstance(obj.properties[4].value, ast.Name)
    rx = expr("s.split(/\\s+/g)").args[0]
    assert (rx.pattern, rx.flags) == ("\\s+", "g")


def test_arrow_functions():
    call = expr("xs.map((x: string, i): string => x + i).filter(x => { return x; })")
    first = call.callee.object.args[0]
    assert isinstance(first, ast.Arrow)
    assert [p.name for p in first.params] == ["x", "i"]
    assert first.return_type.name == "string" and isinstance(first.body, ast.Binary)
    second = call.args[0]
    assert isinstance(second.body, ast.Block)
    assert sexp(expr("(a) + (b)")) == "(a + b)"
    assert sexp(expr("c ? (a) : b")) == "(c ? a : b)"


def test_parallel_expression_and_statement():
    prog = parse_ok("let pid = parallel worker(1, 'x')\nparallel f();")
    assert isinstance(prog.body[0].init, ast.ParallelExpr)
    assert isinstance(prog.body[1], ast.Parallel) and prog.body[1].call.callee.id == "f"


# ------------------------------------------------------------------ strings

def test_string_forms():
    assert expr("'a${b}'").value == "a${b}"
    assert expr('"plain\\n"').value == "plain\n"
    assert expr("`no interp $x $(y)`").value == "no interp $x $(y)"
    s = expr('"v=${a + 1} $(date) $HOME \\$x"')
    assert isinstance(s, ast.InterpString) and s.quote == '"'
    kinds = [type(p).__name__ if not isinstance(p, str) else p for p in s.parts]
    assert kinds == ["v=", "Binary", " ", "CommandSubst", " ", "ShellParam", " $x"]


def test_nested_strings_in_interpolation():
    s = expr('`a ${b ? `x${"y" + `z`}` : "$(w)"} c`')
    cond = s.parts[1]
    assert isinstance(cond, ast.Conditional)
    assert isinstance(cond.then, ast.InterpString)
    assert isinstance(cond.otherwise, ast.InterpString)
    assert isinstance(cond.otherwise.parts[0], ast.CommandSubst)


def test_command_substitution_quoting():
    s = expr('"$(echo "a b")"')
    assert s.parts[0].code.parts == ['echo "a b"']
    c = expr("`$(grep -l '\"status\":\"pending\"' ${d}/x 2>/dev/null || echo \"\")`")
    assert isinstance(c, ast.CommandSubst)
    assert c.code.parts[0] == "grep -l '\"status\":\"pending\"' "
    assert c.code.parts[2] == '/x 2>/dev/null || echo ""'
    c = expr("`$(sleep $((RANDOM % 5 + 1)))`")
    assert c.code.parts == ["sleep $((RANDOM % 5 + 1))"]


def test_interpolation_spans_point_into_the_file():
    text = "let x = `$(wait ${pid} 2>/dev/null; echo $?)`;"
    decl = parse_ok(text).body[0]
    name = decl.init.code.parts[1]
    assert text[name.span.start:name.span.end] == "pid"


def test_shell_parameter_expansions_stay_raw():
    c = expr("`$(echo ${x%.*} ${#x} ${x:-def} ${arr[@]} ${1} ${@} ${a - 1})`")
    assert c.code.parts[0] == "echo ${x%.*} ${#x} ${x:-def} ${arr[@]} ${1} ${@} "
    assert sexp(c.code.parts[1]) == "(a - 1)"


def test_a_shell_expansion_tried_as_an_assignment_leaves_no_store():
    """`${x=a b}` in shell code is tried as an expression: `x = a`, then a syntax error,
    so it stays the shell's own text. The trial's assignment must not be noted among the
    program's stores, where lowering's analyses look for checked nodes (it crashed them)."""
    text = "console.log(`$(echo ${x=a b} $x)`);"
    assert parse_ok(text).stores == []
    done = run(text)
    assert (done.stdout, done.status) == ("a b a b\n", 0)


# ------------------------------------------------------------------ statements

def test_statements():
    prog = parse_ok("""
        import "lib/util.shx";
        export function f(a: string, n: number = 3, ...rest: string[]): string[] { return [a]; }
        interface P { name: string; age?: number, tags: string[] }
        record R { a: { b: number } }
        type T = string | number[] | Array<P>;
        const k: P = { name: "x", tags: [] };
        if (a) b(); else if (c) { d() } else e()
        while (x < 3) x++
        do { x-- } while (x > 0)
        for (let i: number = 0; i < 3; i++) continue;
        for (;;) { break }
        for (const v of xs) {}
        switch (k) { case 1: case 2: f(); break; default: g() }
        try { t() } catch (e: any) { h(e) } finally { z() }
        try { t() } catch { }
        throw "boom"
        function g() { defer cleanup(); return }
        ;
    """)
    names = [type(s).__name__ for s in prog.body]
    assert names == ["Import", "FunctionDecl", "InterfaceDecl", "InterfaceDecl", "InterfaceDecl",
                     "VarDecl", "If", "While", "DoWhile", "For", "For", "ForEach", "Switch", "Try",
                     "Try", "Throw", "FunctionDecl", "Empty"]
    f = prog.body[1]
    assert [p.name for p in f.params] == ["a", "n", "...rest"]
    assert f.params[1].default.value == 3
    assert prog.body[2].fields[1].optional and prog.body[2].fields[2].type.element.name == "string"
    assert isinstance(prog.body[4].alias, ast.UnionTypeExpr)
    assert isinstance(prog.body[6].otherwise, ast.If)
    sw = prog.body[12]
    assert [c.test is None for c in sw.cases] == [False, False, True]
    assert sw.cases[0].body == []
    assert prog.body[13].param == "e" and prog.body[14].param is None
    assert isinstance(prog.body[16].body.body[0], ast.Defer)
    assert prog.body[0].path == "lib/util.shx"


def test_exit_forms():
    prog = parse_ok("exit(1)\nexit 2\nexit\nexit()")
    assert [type(s).__name__ for s in prog.body] == ["Exit"] * 4
    assert [s.value.value if s.value else None for s in prog.body] == [1, 2, None, None]


def test_free_layout_and_semicolon_insertion():
    prog = parse_ok("""
        if (x) {
          a()
        }
        else
        {
          b()
        }
        try {
        }
        catch (e)
        {
        }
        let s = foo
          .trim()
          ?.length
        let t = a
          + b
        let u = 1
        -1
        function r() {
          return
          42
        }
        let w = x
        ++y
    """)
    kinds = [type(s).__name__ for s in prog.body]
    assert kinds == ["If", "Try", "VarDecl", "VarDecl", "VarDecl", "FunctionDecl", "VarDecl", "ExprStmt"]
    assert sexp(prog.body[2].init) == "foo.trim()?.length"
    assert sexp(prog.body[3].init) == "(a + b)"
    assert sexp(prog.body[4].init) == "(1 - 1)"
    ret = prog.body[5].body.body
    assert ret[0].value is None and isinstance(ret[1], ast.ExprStmt)
    assert sexp(prog.body[7].expr) == "(++y)"


def test_multiple_declarators():
    prog = parse_ok("let a = 1, b: string = 'x'")
    assert [(d.name, d.kind) for d in prog.body] == [("a", "let"), ("b", "let")]


# ------------------------------------------------------------------ raw commands

def test_raw_command_lines():
    prog = parse_ok("""
        let dir = "/tmp"
        ls -la "${dir}"
        rm -f *.tmp;
        echo hello world
        mkdir -p out // make it
        ./build.sh --fast
        /usr/bin/env true
        export PATH="$PATH:/x"
        dir = "y"
        console.log(dir)
    """)
    raw = [s.code.parts for s in prog.body if isinstance(s, ast.RawCommand)]
    assert raw[0][0] == 'ls -la "' and raw[0][1].id == "dir" and raw[0][2] == '"'
    assert raw[1:] == [["rm -f *.tmp"], ["echo hello world"], ["mkdir -p out"],
                       ["./build.sh --fast"], ["/usr/bin/env true"], ['export PATH="$PATH:/x"']]
    assert isinstance(prog.body[-2].expr, ast.Assign)


def test_declared_names_are_not_commands():
    prog = parse_ok("""
        function deploy(target: string) { target }
        deploy("x")
        let counter = 0
        counter++
        counter --
        xs.forEach(item => { item })
        try { } catch (err) { err }
    """)
    assert not any(isinstance(s, ast.RawCommand) for s in prog.body)
    assert isinstance(prog.body[0].body.body[0], ast.ExprStmt)


def test_raw_command_inside_block_and_flags():
    prog = parse_ok("if (ok) { git commit -m \"msg\" --quiet }\nls --all")
    block = prog.body[0].then
    assert block.body[0].code.parts == ['git commit -m "msg" --quiet']
    assert prog.body[1].code.parts == ["ls --all"]


# ------------------------------------------------------------------ errors

def test_several_errors_are_reported_with_positions():
    errs = errors("let x = (1 + 2\nlet y = ;\nfoo(1,, 2)\nconsole.log('ok')\nlet z = 1 @ 2\n")
    assert errs == [
        (1, 15, "expected ')' to close '(' at 1:9"),
        (2, 9, "expected an expression, found ';'"),
        (3, 7, "expected an expression, found ','"),
        (5, 11, "unexpected character '@'"),
        (5, 13, "expected ';' or a new line before number 2"),
    ]


def test_error_messages():
    assert errors('let s = "abc\nlet t = 1') == [(1, 9, "unterminated string literal")]
    assert errors("let t = `abc") == [(1, 9, "unterminated template literal")]
    assert errors("if (x) {\n  y()\n") == [(2, 6, "expected '}' to close '{' at 1:8")]
    assert errors("}") == [(1, 1, "unexpected '}'")]
    assert errors("else { }") == [(1, 1, "unexpected 'else' without a matching 'if'")]
    assert errors("try { }") == [(1, 8, "expected 'catch' or 'finally' after the 'try' block")]
    assert errors("let x = `${a b}`") == [(1, 14, "expected '}' to close '${' at 1:10, found 'b'")]
    assert errors("1 = 2") == [(1, 1, "invalid target for '=': only a variable, an element or a "
                                      "property can be assigned")]
    assert errors("let x = /abc") == [(1, 9, "unterminated regular expression")]
    assert errors("let x = 1;\n/* never closed\n") == [(2, 1, "unterminated comment")]
    assert errors("let function = 1") == [
        (1, 5, "'function' is a keyword and cannot be used as a variable name")]


def test_a_unary_operator_on_the_left_of_exponentiation_is_an_error():
    """`-2 ** 2` is -4 to a mathematician and 4 to a shell's `$(( ))`; TypeScript rejects
    it, and so does Utah. Parenthesized, either meaning parses; `++`/`--` are no unary
    operators here (as in JavaScript)."""
    assert errors("let y = -x ** 2;\nlet z = typeof x ** 2;") == [
        (1, 9, "a unary '-' before the left operand of '**' is ambiguous: write '(-a) ** b' or '-(a ** b)'"),
        (2, 9, "a unary 'typeof' before the left operand of '**' is ambiguous: "
               "write '(typeof a) ** b' or 'typeof (a ** b)'")]
    assert sexp(expr("(-x) ** 2 + -(x ** 2) + 2 ** -x + ++x ** 2")) == (
        "(((((- x) ** 2) + (- (x ** 2))) + (2 ** (- x))) + ((++x) ** 2))")


def test_errors_inside_functions_recover_per_statement():
    errs = errors("function f() {\n  let a = ;\n  let b = 1\n  let c = )\n}\nlet d = ]\n")
    assert [e[:2] for e in errs] == [(2, 11), (4, 11), (6, 9)]


@pytest.mark.parametrize("text", [
    "(" * 10000 + "1" + ")" * 10000,
    "{" * 10000 + "}" * 10000,
    "let x = " + "`${" * 3000 + "1" + "}`" * 3000,
    "!" * 10000 + "x",
    "a=" * 10000 + "1",
    "if (x) " * 10000 + "y()",
    "[" * 10000,
    "let y = x" + "**x" * 10000,
    "f(" * 5000,
    "let x = " + "{a:" * 5000,
])
def test_deep_nesting_is_one_error_not_a_crash(text):
    errs = errors(text)
    assert len(errs) <= 2
    assert any("nested too deeply" in e[2] for e in errs)


def test_fuzz_never_raises():
    rnd = random.Random(20240501)
    for i in range(150):
        prog = GUIDE_PROGRAMS[i % len(GUIDE_PROGRAMS)]
        errors(prog[:rnd.randrange(len(prog))])
        errors(bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 300))).decode("latin-1"))
        chars = list(prog)
        for _ in range(6):
            chars[rnd.randrange(len(chars))] = rnd.choice("(){}[]`\"'$;/\\\n@#")
        errors("".join(chars))


def test_large_program_is_fast():
    body = "\n".join(GUIDE_PROGRAMS)
    text = body * (5000 // body.count("\n") + 1)
    start = time.process_time()
    parse_ok(text)
    assert time.process_time() - start < 2.0  # well under a second on an idle machine


def test_undeclared_name_with_binary_operator_is_a_command():
    prog = parse_ok("x ** y")
    assert isinstance(prog.body[0], ast.RawCommand)


def test_huge_garbage_input_terminates():
    errs = errors("@" * 1_000_000 + "\n" + "(" * 200_000)
    assert errs


# ------------------------------------------------------------------ helpers

def test_parse_signature():
    params, ret = parse_signature("(s: string, n?: number, ...rest: string[]): string[]")
    assert [(p.name, p.optional) for p in params] == [("s", False), ("n", True), ("...rest", False)]
    assert isinstance(ret, ast.ArrayTypeExpr) and ret.element.name == "string"
    assert parse_signature("()") == ([], None)
    for bad in ["(s: string", "s: string", "(s: ): x", "(a) junk"]:
        with pytest.raises(ValueError):
            parse_signature(bad)


def test_parse_type_expr():
    diags = Diagnostics()
    t = parse_type_expr(Source("<t>", "{ a: string; b?: number[] } | null"), diags)
    assert not diags.items and isinstance(t, ast.UnionTypeExpr)
    assert t.options[0].fields[1].optional and t.options[1].name == "null"
    assert parse_type_expr(Source("<t>", "string string"), diags) is None and diags.items
