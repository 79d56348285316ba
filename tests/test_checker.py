"""The checker on real source text: diagnostics, filled types, symbols, shell names, imports."""
from __future__ import annotations

from pathlib import Path

import pytest

from utah import ast
from utah import types as T
from utah.checker import BuiltinCall, UserCall, check
from utah.parser import parse
from utah.source import Diagnostics, Source
from utah_run import GUIDE_PROGRAMS



def run(src: str, name: str = "main.shx", base_dir: str = "."):
    diags = Diagnostics()
    program = parse(Source(name, src), diags)
    checked = check(program, diags, base_dir=base_dir)
    return program, checked, diags


def errors(src: str) -> list[tuple[str, int, int]]:
    return [(d.message, d.line, d.col) for d in run(src)[2].sorted()]


def ok(src: str):
    program, checked, diags = run(src)
    assert [d.format() for d in diags.sorted()] == []
    return program, checked


def walk(node):
    if isinstance(node, ast.Node):
        yield node
        for name in node.__dataclass_fields__:
            if name not in ("ty", "symbol", "target", "loc", "imported"):
                yield from walk(getattr(node, name))
    elif isinstance(node, list):
        for x in node:
            yield from walk(x)


def decl(program, name: str) -> ast.VarDecl:
    return next(n for n in walk(program) if isinstance(n, ast.VarDecl) and n.name == name)


def type_of(src: str, name: str) -> str:
    program, _ = ok(src)
    return str(decl(program, name).symbol.type)


def namespace_callee_nodes(program) -> set[int]:
    skip = set()
    for n in walk(program):
        if isinstance(n, ast.Call) and isinstance(n.callee, ast.Member) \
                and isinstance(n.callee.object, ast.Name) and n.callee.object.symbol is None:
            skip |= {id(n.callee), id(n.callee.object)}
    return skip


# ------------------------------------------------------------------------ the guide

@pytest.mark.parametrize("index", range(8))
def test_guide_programs_check_clean(index):
    assert len(GUIDE_PROGRAMS) == 8
    program, checked = ok(GUIDE_PROGRAMS[index])
    skip = namespace_callee_nodes(program)
    untyped = [n for n in walk(program) if isinstance(n, ast.Expr) and n.ty is None and id(n) not in skip]
    assert untyped == []
    builtin_callees = {id(n.callee) for n in walk(program)
                       if isinstance(n, ast.Call) and isinstance(n.target, BuiltinCall)}
    for n in walk(program):
        if isinstance(n, ast.Name) and id(n) not in skip | builtin_callees:
            assert n.symbol is not None, n.id
        if isinstance(n, ast.Call):
            assert isinstance(n.target, (UserCall, BuiltinCall))
    if index >= 6:  # the two function-only examples
        assert checked.globals == [] and len(checked.functions) == 2


def test_guide_first_program_details():
    program, checked = ok(GUIDE_PROGRAMS[0])
    assert [f.name for f in checked.functions] == ["runInBackground", "waitForProcess"]
    assert {"script", "json", "console", "string"} <= checked.namespaces_used
    # `pid` exists as a global (in a top-level loop block) and as a local of runInBackground
    fn = checked.functions[0]
    local_pid = next(n for n in walk(fn) if isinstance(n, ast.VarDecl) and n.name == "pid").symbol
    global_pids = [g for g in checked.globals if g.name == "pid"]
    assert global_pids and local_pid.shell_name not in {g.shell_name for g in checked.globals}
    assert not local_pid.is_global and local_pid.function is fn.symbol


# ------------------------------------------------------------------------ inference

@pytest.mark.parametrize("init, expected", [
    ("1", "number"), ('"a"', "string"), ("true", "boolean"), ("[]", "any[]"), ("{}", "object"),
    ('["a", "b"]', "string[]"), ("[1, 2]", "number[]"), ('[{ "a": 1 }, {}]', "object[]"),
    ('"a" + 1', "string"), ("1 + 2", "number"), ("2 ** 3 % 2", "number"), ("1 < 2", "boolean"),
    ('"a" === "b"', "boolean"), ("!0", "boolean"), ("typeof 1", "string"),
    ('parseInt("3") || 0', "number"), ('json.get({}, ".a") || "x"', "any"),
    ('true ? "a" : "b"', "string"), ("`t ${1}`", "string"), ('"x $(date)"', "string"),
    ('"a,b".split(",")', "string[]"), ('"abc".length', "number"), ("[1, 2].length", "number"),
    ('"a".padStart(3)', "string"), ("(3.5).toFixed(1)", "string"),
    ('[1, 2].map((x) => "s" + x)', "string[]"), ("[1, 2].map((x, i) => x * i)", "number[]"),
    ('[1, 2].reduce((acc, x) => acc + x, "")', "string"), ("[1, 2].reduce((a, b) => a + b)", "number"),
    ("[1, 2].filter((x) => x > 1)", "number[]"), ('["a"].find((x) => x == "a")', "string"),
    ('array.map(["a"], (s) => s.length)', "number[]"), ('["b", "a"].sort()', "string[]"),
    ('json.parse("{}")', "object"), ('json.keys({})', "string[]"), ('json.values({})', "any[]"),
    ('fs.find(".")', "string[]"), ("Math.max(1, 2, 3)", "number"), ('["a"].pop()', "string"),
])
def test_inferred_types(init, expected):
    assert type_of(f"let x = {init};", "x") == expected


def test_parallel_value_is_a_pid():
    program, _ = ok("function work(n: number): void { }\nlet pid = parallel work(1);\nparallel work(2);")
    assert decl(program, "pid").symbol.type == T.NUMBER


def test_member_and_index_on_objects_and_interfaces():
    program, _ = ok("""
interface Task { name: string; tries?: number }
let t: Task = { name: "a" };
let n = t.name;
let k = t.tries;
let o: object = {};
let v = o.a.b;
let w = o["k"];
let xs: string[] = ["a"];
let c = xs[0];
let ch = "abc"[1];
""")
    assert [str(decl(program, x).symbol.type) for x in "n k v w c ch".split()] == \
        ["string", "number", "any", "any", "string", "string"]


def test_arrow_parameters_are_typed_and_are_symbols():
    program, checked = ok('let names: string[] = ["a"];\nnames.forEach((s, i) => console.log(s.trim(), i));')
    arrow = next(n for n in walk(program) if isinstance(n, ast.Arrow))
    assert [str(p.symbol.type) for p in arrow.params] == ["string", "number"]
    assert all(p.symbol.is_global for p in arrow.params)
    assert any(g.name == "s" for g in checked.globals)


def test_arrow_in_a_method_receiver_is_checked_once():
    """The receiver of `.join` is typed when the method is looked up, not again as its
    first argument: again, the arrow's parameter would be declared twice (`x_2`)."""
    program, checked = ok('let xs: string[] = ["a"];\nconsole.log(xs.map(x => x + "1").join(","));')
    arrow = next(n for n in walk(program) if isinstance(n, ast.Arrow))
    assert [g.shell_name for g in checked.globals if g.name == "x"] == ["x"]
    assert arrow.params[0].symbol.shell_name == "x"


def test_unannotated_function_return_type_is_inferred():
    program, checked = ok("let a = twice(2);\nfunction twice(n: number) { return n * 2; }\n"
                          "function hello() { console.log(\"hi\"); }\nhello();")
    assert decl(program, "a").symbol.type == T.NUMBER
    assert checked.functions[1].symbol.type == T.VOID


# --------------------------------------------------------------------------- targets

def test_call_targets():
    program, _ = ok('function f(s: string): string { return s; }\nlet s = " x ";\n'
                    'let a = s.trim();\nlet b = string.trim(s);\nlet c = f(a);\nlet d = parseInt("1");')
    a, b, c, d = [decl(program, n).init.target for n in "abcd"]
    assert isinstance(a, BuiltinCall) and isinstance(b, BuiltinCall)
    assert a.builtin is b.builtin and a.builtin.key == "string.trim"
    assert isinstance(a.args[0], ast.Name) and a.args[0].id == "s"  # the receiver first
    assert isinstance(c, UserCall) and c.function.name == "f"
    assert d.builtin.key == "parseInt"


def test_exit_is_a_statement():
    program, _ = ok("exit(1);")
    assert isinstance(program.body[0], ast.Exit)


# ---------------------------------------------------------------------------- errors

@pytest.mark.parametrize("src, expected", [
    ('let x: number = "a";', ("type string is not assignable to number", 1, 17)),
    ('let x = 1;\nx = "a";', ("type string is not assignable to number", 2, 5)),
    ('let x = 1;\nx += "a";', ("operator '+=' cannot be applied to number and string", 2, 1)),
    ('let a: number[] = [1];\na[0] = "s";', ("type string is not assignable to number", 2, 8)),
    ('let a: string[] = [1, 2];', ("type number[] is not assignable to string[]", 1, 19)),
    ('function f(n: number): void { }\nf("1");', ("argument 1 of 'f': expected number, got string", 2, 3)),
    ('let s = "a".padStart("3");', ("argument 1 of 'padStart': expected number, got string", 1, 22)),
    ('let s = string.repeat("a", "b");', ("argument 2 of 'string.repeat': expected number, got string", 1, 28)),
    ('let a: string[] = [];\na.push(1);', ("argument 1 of 'push': expected string, got number", 2, 8)),
    ('function f(): string { return 1; }', ("'f' must return string, got number", 1, 31)),
    ('function f(): void { return 1; }', ("'f' returns void but a value is returned", 1, 29)),
    ('const c = 1;\nc = 2;', ("cannot assign to const 'c'", 2, 1)),
    ('const c = 1;\nc++;', ("cannot assign to const 'c'", 2, 1)),
    ('for (const x of [1]) { x = 2; }', ("cannot assign to const 'x'", 1, 24)),
    ('let y = nope + 1;', ("unknown name 'nope'", 1, 9)),
    ('let y = nope(1);', ("unknown function 'nope'", 1, 9)),
    ('let y = "a".foo();', ("string has no method 'foo'", 1, 9)),
    ('let y = [1].foo();', ("number[] has no method 'foo'", 1, 9)),
    ('let y = fs.nope("a");', ("unknown built-in 'fs.nope'", 1, 9)),
    ('let y = Math.PI;', ("unknown built-in 'Math.PI'", 1, 9)),
    ('let y = "a".padStart();', ("'padStart' expects 1 to 2 arguments, got 0", 1, 9)),
    ('let y = string.padStart("a");', ("'string.padStart' expects 2 to 3 arguments, got 1", 1, 9)),
    ('let y = parseInt();', ("'parseInt' expects 1 to 2 arguments, got 0", 1, 9)),
    ('function f(a: string, n: number = 3): void { }\nf();', ("'f' expects 1 to 2 arguments, got 0", 2, 1)),
    ('function f(a: string): void { }\nf("a", "b");', ("'f' expects 1 argument, got 2", 2, 1)),
    ('defer console.log("x");', ("'defer' is only allowed inside a function", 1, 1)),
    ('break;', ("'break' outside a loop or switch", 1, 1)),
    ('while (true) { }\ncontinue;', ("'continue' outside a loop", 2, 1)),
    ('return 1;', ("'return' outside a function", 1, 1)),
    ('let a = 1;\nlet a = 2;', ("name 'a' is already declared in this scope", 2, 1)),
    ('function f(): void { let a = 1; let a = 2; }', ("name 'a' is already declared in this scope", 1, 33)),
    ('function f(): void { }\nfunction f(): void { }', ("function 'f' is already declared in this scope", 2, 1)),
    ('let n = 1;\nlet m = n(2);', ("'n' is not a function", 2, 9)),
    ('let p = "a b".split(/ /);\nlet r = / /;', (
        "a regular expression is only allowed as an argument of split, replace, replaceAll or promptText", 2, 9)),
    ('let q = "a" - 1;', ("operator '-' expects numbers, got string", 1, 9)),
    ('let q = "1" == 1;', ("comparing string with number with '==' is always false", 1, 9)),
    ('let f = (x) => x;', ("arrow functions are only allowed as arguments of array methods", 1, 9)),
    ('let z = console.log("a");', ("this expression has no value (void)", 1, 9)),
    ('let y = x;\nlet x = 1;', ("'x' is used before its declaration", 1, 9)),
    ('let s = "a";\nlet n = s.length();', ("'length' is a property, not a method", 2, 9)),
    ('let j = json.get({}, ".a");\nlet t = j.trim();', (
        "cannot call method 'trim' on a value of type any; declare its type", 2, 9)),
    ('interface P { name: string }\nlet p: P = { nam: "x" };', ("'nam' is not a field of 'P'", 2, 14)),
    ('let u: Foo = 1;', ("unknown type 'Foo'", 1, 8)),
    ('import "li\x00b";', ("cannot import 'li\\0b': a file name cannot contain a NUL character", 1, 1)),
    ('let s = console?.promptText("a");', (
        "'console' is a built-in namespace, never null or undefined: write 'console.promptText', "
        "without '?.'", 1, 9)),
    ('if (true) { function g(): void { } }', ("functions can only be declared at the top level of a file", 1, 13)),
    ('exit("x");', ("exit status must be a number, got string", 1, 6)),
    ('function f(): number {\n  return;\n}', ("'f' must return number, but this 'return' has no value", 2, 3)),
    ('let a = [1].map((x: number): number => "s");', ("arrow function must return number, got string", 1, 40)),
    ('let a = [1].map((x: number): string => { return x; });', ("arrow function must return string, got number", 1, 49)),
    ('let a = [1].map((x: number): string => { if (x > 0) { return "p"; } });', (
        "arrow function must return string, but the end of its body is reachable without a 'return'", 1, 69)),
])
def test_errors(src, expected):
    assert expected in errors(src), errors(src)


ENDLESS = "the end of its body is reachable without a 'return'"


@pytest.mark.parametrize("body", [
    "if (n > 0) { return 1; }",
    "if (n > 0) { return 1; } else if (n < 0) { return 2; }",
    "while (n > 0) { return 1; }",
    "while (true) { if (n > 0) { break; } return 1; }",
    "for (;;) { switch (n) { default: break; } break; }",
    "do { if (n > 0) { return 1; } } while (false);",
    "do { if (n > 0) { continue; } return 1; } while (n > 5);",
    "switch (n) { case 1: return 1; }",
    "switch (n) { case 1: return 1; default: }",
    "switch (n) { default: if (n > 0) { break; } return 1; }",
    "try { return 1; } catch (e) { console.log(e); }",
    "for (const x of [1]) { return x; }",
])
def test_function_that_can_run_off_its_end_is_an_error(body):
    src = f"function f(n: number): number {{ {body} }}"
    assert any(ENDLESS in message and col == len(src) for message, _, col in errors(src)), errors(src)


@pytest.mark.parametrize("body", [
    "return 1;",
    "if (n > 0) { return 1; } else { throw 'neg'; }",
    "if (n > 0) { return 1; } else if (n < 0) { return 2; } else { exit(3); }",
    "while (true) { if (n > 0) { return 1; } }",
    "while (true) { for (;;) { break; } do { break; } while (true); switch (n) { case 1: break; } }",
    "for (;;) { n++; continue; }",
    "do { n++; } while (true);",
    "do { return 1; } while (false);",
    "switch (n) { case 1: return 1; default: n++; case 2: return 2; }",
    "try { n++; } catch (e) { n--; } finally { return 3; }",
    "try { return 1; } catch (e) { return 2; }",
    "{ return 1; }",
])
def test_function_whose_every_path_returns_is_fine(body):
    ok(f"function f(n: number): number {{ {body} }}")


def test_allowed_things_are_not_errors():
    ok("""
const xs: string[] = [];
xs.push("a");               // mutating a const array is fine
array.push(xs, "b");
function f(n: number): string {
  if (n > 0) { return "x"; }
  return "y";
}
function h(n: number): number | undefined {
  if (n > 0) { return; }    // a type that includes undefined needs no value, nor an ending return
}
function g(s: string, n: number = 3, flag?: boolean): void { }
g("a"); g("a", 1); g("a", 1, true);
let o: object = {};
o = json.set(o, ".a", [1, 2]);
let v: string[] = json.get(o, ".list");
let m: number = json.get(o, ".n");
for (let k in o) { console.log(k.trim()); }
switch (f(1)) { case "x": break; default: console.log("d"); }
do { continue; } while (false);
let pid = `$(sleep 1 & echo $!)`;
`$(sleep 1)`;
let e = "";
try { throw "bad"; } catch (err) { e = err; } finally { console.log(e); }
""")


def test_several_errors_all_reported():
    found = errors('let a: number = "x";\nlet b = nope;\nconst c = 1;\nc = 2;\nlet d = "s".foo();\nbreak;')
    assert [(line, msg) for msg, line, _ in found] == [
        (1, "type string is not assignable to number"), (2, "unknown name 'nope'"),
        (4, "cannot assign to const 'c'"), (5, "string has no method 'foo'"),
        (6, "'break' outside a loop or switch")]


@pytest.mark.parametrize("src, expected", [
    ('consol.log("hi");', ("unknown name 'consol'; did you mean 'console'?", 1, 1)),
    ('let count = 1;\nconsole.log(cont);', ("unknown name 'cont'; did you mean 'count'?", 2, 13)),
    ('function greet(n: string): void { }\ngret("a");', ("unknown function 'gret'; did you mean 'greet'?", 2, 1)),
    ('let n = prseInt("3");', ("unknown function 'prseInt'; did you mean 'parseInt'?", 1, 9)),
    ('console.lg("hi");', ("unknown built-in 'console.lg'; did you mean 'console.log'?", 1, 1)),
    ('let t = fs.readFil;', ("unknown built-in 'fs.readFil'; did you mean 'fs.readFile'?", 1, 9)),
    ('let s = "a".toUppercase();', ("string has no method 'toUppercase'; did you mean 'toUpperCase'?", 1, 9)),
    ('let s = [1].jion(",");', ("number[] has no method 'jion'; did you mean 'join'?", 1, 9)),
])
def test_a_misspelt_name_gets_the_closest_one_suggested(src, expected):
    """Only the names a program could mean: those in scope, the namespaces and global
    built-ins, a namespace's entries, a type's methods; and only the one closest."""
    assert errors(src) == [expected]


def test_an_error_in_a_receiver_is_not_followed_by_one_about_its_method():
    """`consol.log(…)`: the unknown name is the error; that the receiver's type is then
    unknown (any) says nothing more."""
    assert errors('consol.log("a");\nlet q = nope.trim();') == [
        ("unknown name 'consol'; did you mean 'console'?", 1, 1), ("unknown name 'nope'", 2, 9)]


def test_diagnostics_carry_the_file_name():
    _, _, diags = run("let y = nope;", name="dir/prog.shx")
    assert diags.sorted()[0].format().startswith("dir/prog.shx:1:9: error: unknown name 'nope'")


# ---------------------------------------------------------------------------- scopes

def test_block_shadowing_is_a_different_symbol():
    program, checked = ok('let x = 1;\nif (true) { let x = "s"; console.log(x); }\nconsole.log(x);')
    outer, inner = [n for n in walk(program) if isinstance(n, ast.VarDecl)]
    uses = [n for n in walk(program) if isinstance(n, ast.Name) and n.id == "x"]
    assert outer.symbol is not inner.symbol
    assert [u.symbol for u in uses] == [inner.symbol, outer.symbol]
    assert (outer.symbol.shell_name, inner.symbol.shell_name) == ("x", "x_2")
    assert inner.symbol.type == T.STRING


def test_functions_are_hoisted_and_recursive():
    ok("console.log(fact(5));\nfunction fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }")


def test_function_sees_globals_declared_anywhere_but_not_caller_locals():
    assert errors("""
function show(): void { console.log(late); console.log(secret); }
function caller(): void { let secret = 1; show(); }
let late = "x";
""") == [("unknown name 'secret'", 2, 56)]


def test_function_does_not_see_top_level_block_variables():
    assert ("unknown name 'inner'", 2, 34) in errors(
        "if (true) { let inner = 1; }\nfunction f(): void { console.log(inner); }")


def test_shell_code_interpolations_are_checked_and_plain_text_is_not():
    program, _ = ok('let dir = ".";\nlet out = `$(ls ${dir} | grep $HOME)`;\nls -la "${dir}"')
    names = [n for n in walk(program) if isinstance(n, ast.Name)]
    assert [n.id for n in names] == ["dir", "dir"]
    assert all(n.symbol is not None and n.ty == T.STRING for n in names)
    assert errors('let out = `$(ls ${missing})`;') == [("unknown name 'missing'", 1, 19)]


# ----------------------------------------------------------------------- shell names

def test_locals_never_take_a_global_or_function_name():
    program, checked = ok("""
function helper(): void { }
function f(x: string): void { let count = 1; let helper2 = 2; let y = x; }
let x = "g";
let count = 0;
""")
    f = checked.functions[1]
    locals_ = {s.name: s.shell_name for s in [*f.symbol.params,
               *(n.symbol for n in walk(f) if isinstance(n, ast.VarDecl))]}
    assert locals_ == {"x": "x_2", "count": "count_2", "helper2": "helper2", "y": "y"}
    assert {g.name: g.shell_name for g in checked.globals} == {"x": "x", "count": "count"}
    program, checked = ok("function helper(): void { }\nfunction f(): void { let helper = 1; }")
    local = next(n for n in walk(checked.functions[1]) if isinstance(n, ast.VarDecl)).symbol
    assert local.shell_name == "helper_2"


def test_local_shadowing_inside_a_function():
    program, checked = ok("function f(): void { let a = 1; if (true) { let a = 2; } for (let a of [1]) { } }")
    names = [n.symbol.shell_name for n in walk(program) if isinstance(n, (ast.VarDecl, ast.ForEach))]
    assert names == ["a", "a_2", "a_3"]


def test_special_and_reserved_names_are_renamed():
    program, checked = ok('let PATH = "p";\nlet HOME = 1;\nlet __r = 2;\nlet IFS = 3;\nlet BASH_X = 4;\n'
                          'let path_ok = 5;\nfunction f(): void { let PWD = 1; let RANDOM = 2; }')
    shell = {g.name: g.shell_name for g in checked.globals}
    assert shell == {"PATH": "PATH_2", "HOME": "HOME_2", "__r": "u__r", "IFS": "IFS_2",
                     "BASH_X": "BASH_X_2", "path_ok": "path_ok"}
    locals_ = [n.symbol.shell_name for n in walk(checked.functions[0]) if isinstance(n, ast.VarDecl)]
    assert locals_ == ["PWD_2", "RANDOM_2"]


def test_symbol_kinds():
    program, checked = ok("""
function f(p: number): number { return p; }
let v = 1;
const c = 2;
for (let i of [1]) { }
try { } catch (e) { console.log(e); }
""")
    kinds = {s.name: s.kind for s in checked.globals}
    assert kinds == {"v": "var", "c": "const", "i": "loop", "e": "catch"}
    f = checked.functions[0].symbol
    assert f.kind == "function" and f.params[0].kind == "param" and f.params[0].function is f
    assert f.shell_name == "f" and f.type == T.NUMBER
    try_node = next(n for n in walk(program) if isinstance(n, ast.Try))
    assert try_node.symbol.type == T.STRING


# --------------------------------------------------------------------------- imports

def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_imports_resolve_relative_to_each_file(tmp_path):
    write(tmp_path / "lib/util.shx", 'import "more/deep.shx";\nlet greeting = "hi";\n'
          "function greet(name: string): string { return greeting + name + deep(); }\n")
    write(tmp_path / "lib/more/deep.shx", 'function deep(): string { return "!"; }\n')
    main = write(tmp_path / "main.shx", 'import "lib/util.shx";\nconsole.log(greet("x"), greeting);\n')
    program, checked, diags = run(main.read_text(), name=str(main), base_dir=str(tmp_path))
    assert diags.sorted() == []
    imp = program.body[0]
    assert isinstance(imp, ast.Import) and isinstance(imp.imported, ast.Program)
    assert [f.name for f in checked.functions] == ["deep", "greet"]
    assert [g.name for g in checked.globals] == ["greeting"]


def test_each_file_is_included_once_and_cycles_are_harmless(tmp_path):
    write(tmp_path / "a.shx", 'import "b.shx";\nfunction fa(): void { fb(); }\n')
    write(tmp_path / "b.shx", 'import "a.shx";\nimport "main.shx";\nfunction fb(): void { }\n')
    main = write(tmp_path / "main.shx", 'import "a.shx";\nimport "./a.shx";\nimport "b.shx";\nfa();\n')
    program, checked, diags = run(main.read_text(), name=str(main), base_dir=str(tmp_path))
    assert diags.sorted() == []
    first, again, b = program.body[:3]
    assert first.imported is not None and again.imported is None and b.imported is None
    assert sorted(f.name for f in checked.functions) == ["fa", "fb"]


def test_missing_import_is_an_error_at_the_import(tmp_path):
    main = write(tmp_path / "main.shx", 'let x = 1;\n  import "nope/missing.shx";\n')
    _, _, diags = run(main.read_text(), name=str(main), base_dir=str(tmp_path))
    [d] = diags.sorted()
    assert (d.line, d.col) == (2, 3)
    assert d.message.startswith("cannot import 'nope/missing.shx'")


def test_non_utf8_import_is_an_error(tmp_path):
    (tmp_path / "bad.shx").write_bytes(b"let x = '\xff';\n")
    _, _, diags = run('import "bad.shx";', base_dir=str(tmp_path))
    assert [d.message for d in diags.sorted()] == ["cannot import 'bad.shx': not UTF-8 text (byte 9)"]


def test_errors_in_an_imported_file_carry_its_name(tmp_path):
    write(tmp_path / "lib.shx", "let y = nope;\n")
    _, _, diags = run('import "lib.shx";', base_dir=str(tmp_path))
    [d] = diags.sorted()
    assert d.span.source.name.endswith("lib.shx") and d.message == "unknown name 'nope'"


def test_duplicate_function_across_files(tmp_path):
    write(tmp_path / "lib.shx", "function f(): void { }\n")
    _, _, diags = run('import "lib.shx";\nfunction f(): void { }', base_dir=str(tmp_path))
    assert [d.message for d in diags.sorted()] == ["function 'f' is already declared in this scope"]


# ---------------------------------------------------------------------- robustness

@pytest.mark.parametrize("src", [
    "let = ;", "function (", "let x = [1, ;", "if (", "for (let x of ) {", "x.y.z(", "let a = {b: };",
    "switch (1) { case : }", "try { } catch (", "let y = 1 +;", "import ;", "`${`",
])
def test_partial_trees_do_not_crash(src):
    run(src)


def test_deep_nesting():
    depth = 300
    run("let x = " + "(" * depth + "1" + ")" * depth + ";")
    run("let y = " + " + ".join(["1"] * 2000) + ";")
    run("if (true) {" * 150 + "}" * 150)


def test_long_chains_do_not_exhaust_the_stack():
    program, _, diags = run("let x = 1" + " + 1" * 20000 + ";")
    assert diags.sorted() == [] and decl(program, "x").symbol.type == T.NUMBER
    _, _, diags = run('let s = "a";\nlet t = s' + ".trim()" * 30000 + ";")
    assert [d.message for d in diags.sorted()] in ([], ["program nested too deeply to check"])


def test_rest_and_optional_parameters():
    program, checked = ok("function f(a: string, n?: number, ...rest: string[]): number { return rest.length; }\n"
                          'f("a"); f("a", 1); f("a", 1, "x", "y");')
    sym = checked.functions[0].symbol
    assert sym.variadic and sym.param_min == 1 and sym.params[2].name == "rest"
    assert sym.params[2].type == T.ArrayType(T.STRING)
    assert errors("function f(...rest: string[]): void { }\nf(1);") == [
        ("argument 1 of 'f': expected string, got number", 2, 3)]
