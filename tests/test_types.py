"""types.py and the built-in table."""
from __future__ import annotations

import pytest

from utah import ast, builtins
from utah.builtins import TYPE_T, TYPE_U, ParamSpec, lookup, lookup_method
from utah.builtins.signatures import sig
from utah.parser import parse
from utah.source import Diagnostics, Source
from utah.types import (ANY, BOOLEAN, EMPTY_ARRAY, NULL, NUMBER, OBJECT, REGEX, STRING,
                        UNDEFINED, VOID, ArrayType, FunctionType, InterfaceType, UnionType,
                        assignable, common_type, resolve_type_expr, runtime_kind, union)

TASK = InterfaceType("Task", (("name", STRING, False), ("tries", NUMBER, True)))


@pytest.mark.parametrize("src, dst, expected", [
    (STRING, STRING, True), (NUMBER, STRING, False), (STRING, NUMBER, False),
    (ANY, NUMBER, True), (NUMBER, ANY, True), (NULL, STRING, True), (UNDEFINED, ArrayType(STRING), True),
    (OBJECT, TASK, True), (TASK, OBJECT, True), (ANY, TASK, True), (OBJECT, ANY, True),
    (ArrayType(STRING), ArrayType(STRING), True), (ArrayType(NUMBER), ArrayType(STRING), False),
    (EMPTY_ARRAY, ArrayType(NUMBER), True), (ArrayType(TASK), ArrayType(OBJECT), True),
    (ArrayType(STRING), STRING, False), (STRING, ArrayType(STRING), False),
    (OBJECT, STRING, False), (BOOLEAN, NUMBER, False), (VOID, STRING, False),
    (STRING, union(STRING, NULL), True), (union(STRING, NUMBER), STRING, False),
    (NUMBER, union(STRING, NUMBER), True), (REGEX, union(STRING, REGEX), True),
])
def test_assignable(src, dst, expected):
    assert assignable(src, dst) is expected


@pytest.mark.parametrize("t, kind", [
    (STRING, "scalar"), (NUMBER, "scalar"), (BOOLEAN, "scalar"), (NULL, "scalar"),
    (UNDEFINED, "scalar"), (VOID, "scalar"), (ArrayType(STRING), "array"), (EMPTY_ARRAY, "array"),
    (OBJECT, "json"), (ANY, "json"), (TASK, "json"), (union(OBJECT, TASK), "json"),
    (union(STRING, NULL), "scalar"),
])
def test_runtime_kind(t, kind):
    assert runtime_kind(t) == kind


def test_str_is_typescript_like():
    assert [str(t) for t in (STRING, ArrayType(NUMBER), union(STRING, NUMBER), TASK,
                             ArrayType(union(STRING, NULL)), FunctionType((NUMBER,), STRING))] == \
        ["string", "number[]", "string | number", "Task", "(string | null)[]", "(p0: number) => string"]
    assert str(InterfaceType("", (("a", STRING, True),))) == "{ a?: string }"


def test_types_are_hashable_values():
    assert {ArrayType(STRING), ArrayType(STRING), union(STRING, NUMBER), UnionType((STRING, NUMBER))} == \
        {ArrayType(STRING), UnionType((STRING, NUMBER))}
    assert union(STRING) == STRING and union(STRING, union(NUMBER, STRING)) == UnionType((STRING, NUMBER))


def test_common_type():
    assert common_type(ANY, STRING) == STRING and common_type(NUMBER, ANY) == NUMBER
    assert common_type(NULL, STRING) == STRING
    assert common_type(EMPTY_ARRAY, ArrayType(STRING)) == ArrayType(STRING)
    assert common_type(TASK, OBJECT) == OBJECT
    assert common_type(STRING, NUMBER) == UnionType((STRING, NUMBER))


def _type_expr(text: str):
    diags = Diagnostics()
    program = parse(Source("t.shx", f"let x: {text};"), diags)
    assert not diags.items
    return program.body[0].type


def test_resolve_type_expr():
    found = {"Task": TASK}
    errors = []
    resolve = lambda text: resolve_type_expr(_type_expr(text), found.get,  # noqa: E731
                                             lambda node, msg: errors.append(msg))
    assert resolve("string[]") == ArrayType(STRING)
    assert resolve("Task[]") == ArrayType(TASK)
    assert resolve("string | null") == UnionType((STRING, NULL))
    assert resolve("object") == OBJECT and resolve("any") == ANY and resolve("boolean") == BOOLEAN
    assert resolve("{ a: string; b?: number }") == InterfaceType("", (("a", STRING, False), ("b", NUMBER, True)))
    assert resolve("Nope") == ANY and errors == ["unknown type 'Nope'"]
    assert resolve_type_expr(None, found.get) == ANY


# -------------------------------------------------------------------------- builtins

def test_signature_parser():
    b = sig("string", "padStart", '(s: string, n: number, ch: string = " "): string', method_of="string")
    assert b.key == "string.padStart" and b.returns == STRING and not b.generic
    assert b.params == (ParamSpec("s", STRING), ParamSpec("n", NUMBER), ParamSpec("ch", STRING, True, " "))
    assert (b.min_args, b.max_args) == (2, 3)
    r = lookup("array", "reduce")
    assert r.generic and r.params[1].type == FunctionType((TYPE_U, TYPE_T, NUMBER), TYPE_U)
    log = lookup("console", "log")
    assert log.params[0].variadic and (log.min_args, log.max_args) == (0, None)
    assert lookup("args", "define").params[4] == ParamSpec("required", BOOLEAN, True, False)
    assert lookup("utility", "random").params[1].default == 32767
    with pytest.raises(ValueError):
        sig("x", "y", "(a: strin): void")
    with pytest.raises(ValueError):
        sig("x", "y", "(a: string)")


def test_methods_and_namespace_forms_share_entries():
    assert lookup_method("string", "trim") is lookup("string", "trim")
    assert lookup_method("array", "push") is lookup("array", "push")
    assert lookup_method("number", "toFixed") is lookup("number", "toFixed")
    assert lookup_method("string", "length") is None and lookup("string", "length") is not None
    assert lookup_method("array", "length") is None and lookup("array", "length") is not None
    assert lookup_method("string", "push") is None and lookup("nope", "x") is None
    assert lookup("", "parseInt").key == "parseInt"


LISTED = {
    "": "parseInt parseFloat isNaN String Number",
    "Math": "round floor ceil abs min max pow sqrt random",
    "console": "log error warn clear isSudo isInteractive getShell prompt promptText promptPassword "
               "promptNumber promptYesNo promptFile promptDirectory showMessage showInfo showWarning "
               "showError showSuccess showChoice showMultiChoice showConfirm showProgress",
    "string": "length trim trimStart trimEnd split substring slice charAt indexOf lastIndexOf includes "
              "startsWith endsWith replace replaceAll toUpperCase toLowerCase padStart padEnd repeat "
              "capitalize isEmpty contains",
    "number": "toString toFixed",
    "array": "length push pop shift unshift includes indexOf join slice concat reverse sort map filter "
             "forEach reduce find some every contains isEmpty unique merge shuffle splice",
    "fs": "exists readFile writeFile appendFile createDirectory delete copy move rename dirname filename "
          "fileName extension parentDirName find chmod chown createTempFolder path",
    "json": "parse stringify isValid get getString getNumber getBoolean getArray set has delete keys "
            "values merge",
    "args": "define get getString getNumber getBoolean has all showHelp",
    "script": "description exitOnError continueOnError enableDebug disableDebug enableGlobbing disableGlobbing",
    "env": "get set delete load",
    "os": "isInstalled getOS getLinuxVersion",
    "process": "id start isRunning kill wait elapsedTime",
    "timer": "start stop current",
    "date": "now nowMillis format parse add subtract diff dayOfWeek",
    "utility": "random uuid hash base64Encode base64Decode",
    "validate": "isEmail isURL isUUID isNumeric isAlphaNumeric isEmpty isInRange isGreaterThan isLessThan",
}


def test_every_documented_builtin_is_in_the_table():
    table = {b.key for b in builtins.all_builtins()}
    documented = {f"{ns}.{n}" if ns else n for ns, names in LISTED.items() for n in names.split()}
    assert documented == table
    assert builtins.NAMESPACES == frozenset(ns for ns in LISTED if ns)


def test_every_signature_module_is_listed_with_its_namespace():
    """The checker imports a namespace's signatures on first use (builtins/__init__.py
    `_MODULE_OF_NAMESPACE`): every module of builtins/ must be listed, each for the one
    namespace its entries belong to (`namespace_table` rejects a stray entry); the other
    one is the signature parser."""
    import pkgutil
    modules = {m.name for m in pkgutil.iter_modules(builtins.__path__)} - {"signatures"}
    assert sorted(builtins._MODULE_OF_NAMESPACE.values()) == sorted(modules)
    for namespace, module in builtins._MODULE_OF_NAMESPACE.items():
        entries = __import__(f"utah.builtins.{module}", fromlist=["_"]).BUILTINS
        names = [e.name for e in entries]
        assert list(builtins.namespace_table(namespace)) == names, module


def test_the_start_up_cache_gives_the_table_its_modules_give(tmp_path, monkeypatch):
    """A namespace's table is stored parsed in the start-up cache, and an entry read back
    from there is the `Builtin` its module's signature makes."""
    from utah import startcache
    monkeypatch.setattr(startcache, "PATH", str(tmp_path / "startcache.bin"))
    monkeypatch.setattr(startcache, "_entries", None)
    monkeypatch.setattr(startcache.sys, "dont_write_bytecode", False)
    parsed = {ns: dict(builtins.namespace_table(ns)) for ns in builtins._MODULE_OF_NAMESPACE}
    monkeypatch.setattr(builtins, "_TABLES", {})
    for namespace in parsed:  # (a miss: every entry parsed, and stored)
        assert builtins.namespace_table(namespace) == parsed[namespace]
    monkeypatch.setattr(builtins, "_TABLES", {})
    monkeypatch.setattr(startcache, "_entries", None)
    for namespace, table in parsed.items():
        assert all(entry.__class__ is tuple for entry in builtins._table(namespace).values())
        assert builtins.namespace_table(namespace) == table


@pytest.mark.parametrize("key, returns", [
    ("json.get", ANY), ("json.getArray", ArrayType(ANY)), ("json.set", OBJECT), ("json.delete", OBJECT),
    ("json.keys", ArrayType(STRING)), ("json.values", ArrayType(ANY)), ("fs.find", ArrayType(STRING)),
    ("console.promptYesNo", BOOLEAN), ("console.showMultiChoice", ArrayType(STRING)),
    ("process.start", NUMBER), ("date.diff", NUMBER), ("array.pop", TYPE_T),
    ("array.map", ArrayType(TYPE_U)), ("args.all", ArrayType(STRING)),
])
def test_return_types(key, returns):
    ns, _, name = key.partition(".")
    assert lookup(ns, name).returns == returns


def test_regex_parameters():
    for key in ("string.split", "string.replace", "string.replaceAll", "console.promptText"):
        ns, _, name = key.partition(".")
        assert any(REGEX in getattr(p.type, "options", ()) for p in lookup(ns, name).params), key


def test_ast_import_has_checker_slot():
    node = ast.Import(None, "x.shx")
    assert node.imported is None


def test_every_builtin_lowering_is_loaded_with_its_namespace():
    """The lowerings are imported per namespace (lower/calls.py `_MODULES_OF_NAMESPACE`):
    every module of lower/builtins/ that registers a built-in must be listed for the
    built-in's namespace, or a program using only that namespace would not find it (the
    package's own lowerings are always loaded)."""
    import pkgutil

    from utah.lower import builtins as lowerings
    from utah.lower.calls import _MODULES_OF_NAMESPACE, BUILTIN_CONDITIONS, BUILTIN_LOWERINGS
    for module in pkgutil.iter_modules(lowerings.__path__):
        __import__(f"{lowerings.__name__}.{module.name}")
    for b in builtins.all_builtins():
        fn = BUILTIN_CONDITIONS.get(b.key) or BUILTIN_LOWERINGS.get(b.key)
        assert fn is not None, f"no lowering for {b.key}"
        if fn.__module__ != lowerings.__name__:
            module = fn.__module__.rpartition(".")[2]
            assert module in _MODULES_OF_NAMESPACE[b.namespace], (b.key, module)
