"""Name resolution, types, built-in calls and imports (LANGUAGE.md §3, §5–§7, §9).

`check(program, diags, base_dir)` fills the checker slots of the tree (`ty` on every
expression, `symbol` on names and declarations, `target` on calls), loads imported files,
reports every error it finds into `diags`, and returns a `CheckedProgram` for lowering.

Order of work: imports are loaded first; then every top-level function, interface and
variable of every file is declared (functions are hoisted, and function bodies see all
globals whatever their position); then top-level statements are checked in order
(imported files at their import point), then the function bodies. A function without a
declared return type gets it inferred from its `return`s, on demand when it is called
before its body was checked. Finally each variable gets its `shell_name`.
"""
from __future__ import annotations

import os
import sys
from .records import field, record
TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable, Iterator

    from .builtins import ParamSpec

from . import ast
from .builtins import NAMESPACES, TYPE_T, TYPE_U, Builtin, lookup, lookup_method, namespace_table
from .flow import completes
from .source import Diagnostics, Source, Span
from .types import (ANY, BOOLEAN, EMPTY_ARRAY, NULL, NUMBER, OBJECT, REGEX, STRING,
                    UNDEFINED, VOID, ArrayType, FunctionType, InterfaceType, Prim, Type,
                    UnionType, assignable, common_type, either_type, is_jsonish, resolve_type_expr,
                    union)


# ------------------------------------------------------------------------- results

class Symbol(metaclass=record, eq=False):
    name: str  # as written
    kind: str  # "var" "const" "param" "function" "catch" "loop"
    type: Type  # for functions: the return type
    is_global: bool
    function: "Symbol | None"  # the function a local belongs to
    shell_name: str = ""  # the name used in generated shell code
    params: "list[Symbol] | None" = None  # functions only
    decl: ast.Node | None = None
    readonly: bool = False  # const variables and `for (const x of …)`
    param_min: int = 0  # functions: number of parameters without a default (or `?`)
    variadic: bool = False  # functions: the last parameter is a rest parameter `...xs: T[]`

    def __repr__(self) -> str:
        return f"Symbol({self.kind} {self.name}: {self.type} -> {self.shell_name})"


class UserCall(metaclass=record):
    function: Symbol


class BuiltinCall(metaclass=record):
    builtin: Builtin
    args: list[ast.Expr]  # the receiver first for method calls
    method: bool = False  # a method called as `x.m(…)`: `args[0]` is its receiver, `x`


class CheckedProgram(metaclass=record):
    program: ast.Program
    functions: list[ast.FunctionDecl]  # every function incl. imported ones, source order
    globals: list[Symbol]  # every variable outside functions, declaration order
    namespaces_used: set[str]  # "fs", "json", "string" (methods too), "" for globals …
    builtins_used: set[str] = field(default_factory=set)  # Builtin.key of every call
    # function symbol → its calls and `throw`s outside any `try … catch` (lower/throws.py)
    uncaught: dict[Symbol, list[ast.Node]] = field(default_factory=dict)
    # values that reach a symbol other than by a store the parser noted: each argument of a
    # user call (to its parameter), each returned value (to its function) and each call
    # that adds elements to an array variable (`xs.push(…)`, unshift, splice: to xs)
    flows: list[tuple[Symbol, ast.Expr]] = field(default_factory=list)


# ------------------------------------------------------------------------ shell names

# Variables a shell sets or reads itself (bash, dash, ksh, mksh, yash, zsh in sh mode).
SHELL_SPECIAL = frozenset("""
local declare typeset export readonly unset eval exec set shift trap wait
PATH HOME IFS PWD OLDPWD RANDOM SRANDOM LINENO SECONDS UID EUID PPID BASHPID HOSTNAME
HOSTTYPE MACHTYPE OSTYPE SHELL SHELLOPTS BASHOPTS SHLVL USER LOGNAME TERM LANG LANGUAGE
OPTARG OPTIND OPTERR PS0 PS1 PS2 PS3 PS4 REPLY MAIL MAILCHECK MAILPATH CDPATH ENV
FCEDIT FIGNORE FUNCNAME FUNCNEST GLOBIGNORE GROUPS HISTCMD HISTCONTROL HISTFILE
HISTFILESIZE HISTIGNORE HISTSIZE HISTTIMEFORMAT HOSTFILE IGNOREEOF INPUTRC COLUMNS LINES
PIPESTATUS POSIXLY_CORRECT PROMPT_COMMAND PROMPT_DIRTRIM TIMEFORMAT TMOUT TMPDIR
EPOCHREALTIME EPOCHSECONDS DIRSTACK MAPFILE COPROC EMACS INSIDE_EMACS EXECIGNORE
CHILD_MAX KSH_VERSION PATHSEP USER_ID NLSPATH EDITOR VISUAL PAGER TZ DISPLAY
ZSH_VERSION ZSH_NAME CDPATH FPATH ERRNO TTY YASH_VERSION ECHO_STYLE HISTRMDUP
argv status pipestatus path fpath cdpath manpath module_path mailpath psvar _
""".split())
SHELL_SPECIAL_PREFIXES = ("BASH", "LC_", "COMP_", "READLINE_", "HIST", "SUDO_", "XDG_", "SSH_")


def _fresh(name: str, taken: set[str], last: dict[str, int],
           reserved: set[str] | frozenset[str] = frozenset()) -> str:
    """`name`, or `name_2`, `name_3` …: the first not taken nor reserved (and not a shell
    variable).

    `last` (name → the number given last time for this `taken`) makes the search start
    where the previous one for the same name ended: `taken` only grows, so the names
    before it are still taken (the 200th top-level `catch (e)` would try 200 names)."""
    if name.startswith("__"):
        name = "u" + name
    n = last.get(name, 1)
    candidate = name if n == 1 else f"{name}_{n}"
    while candidate in taken or candidate in reserved or n == 1 and (
            candidate in SHELL_SPECIAL or candidate.startswith(SHELL_SPECIAL_PREFIXES)):
        n += 1
        candidate = f"{name}_{n}"
    last[name] = n
    return candidate


# ------------------------------------------------------------------------------ scopes

class Scope:
    def __init__(self, parent: "Scope | None") -> None:
        self.parent = parent
        self.names: dict[str, Symbol] = {}

    def find(self, name: str) -> Symbol | None:
        scope: Scope | None = self
        while scope is not None:
            sym = scope.names.get(name)
            if sym is not None:
                return sym
            scope = scope.parent
        return None

    def visible(self, functions_only: bool = False) -> list[str]:
        """The names `find` can find from here (only functions'), for the suggestion of an
        error about a misspelt one."""
        names: list[str] = []
        scope: Scope | None = self
        while scope is not None:
            names += [name for name, sym in scope.names.items()
                      if not functions_only or sym.kind == "function"]
            scope = scope.parent
        return names


class Context(metaclass=record):
    """Where the checker stands: the enclosing function (or arrow) and loop nesting."""
    function: Symbol | None  # the user function whose body this is
    returns: Type | None  # declared result; None = infer from `return`s
    return_types: list[Type] = field(default_factory=list)
    loops: int = 0
    switches: int = 0
    arrow: bool = False  # inside an arrow function's block body
    # inside a `try` block that has a `catch`, or a parameter default: a failure here is
    # not the function's own (see `note_uncaught`)
    caught: bool = False
    top_level: bool = False  # the script's top-level code (globals must be declared before use)


MUTATING = frozenset("push pop shift unshift sort reverse splice".split())
_REGEX_OK = "split, replace, replaceAll or promptText"


def _walk_types(t: Type) -> Iterator[Type]:
    yield t
    if t.__class__ is UnionType:
        yield from t.options


_ADDS_ELEMENTS = frozenset({"array.push", "array.unshift", "array.splice"})  # see `flows`


def _method_kind(t: Type) -> str | None:
    """The method family of a receiver type: "string", "number", "array", or None."""
    if t.__class__ is UnionType:
        kinds = {_method_kind(o) for o in t.options if o not in (NULL, UNDEFINED)}
        return kinds.pop() if len(kinds) == 1 else None
    if t is STRING:
        return "string"
    if t is NUMBER:
        return "number"
    if t.__class__ is ArrayType:
        return "array"
    return None


def _is_numeric(t: Type) -> bool:
    return t is NUMBER or t is ANY or t is NULL or t is UNDEFINED or (
        t.__class__ is UnionType and all(_is_numeric(o) for o in t.options))


def _has_string(t: Type) -> bool:
    return STRING in t.options if t.__class__ is UnionType else t is STRING


def _subst(t: Type, binds: dict[Type, Type]) -> Type:
    """`t` with the type variables `T` and `U` replaced by their bindings (`any` if unbound).

    The kinds of type are told by class identity and a type variable by its name (the
    type classes have no subclasses; a `Prim` equals another by name): this runs for
    every argument of every built-in call, and record comparisons are Python calls."""
    cls = t.__class__
    if cls is Prim:
        return binds.get(t, ANY) if t.name in _TYPE_VARIABLE_NAMES else t
    if cls is ArrayType:
        return ArrayType(_subst(t.element, binds))
    if cls is UnionType:
        options = [_subst(o, binds) for o in t.options]
        for new, old in zip(options, t.options):
            if new is not old:
                return union(*options)
        return t  # (no type variable in it: a union is made flat and without repeats)
    if cls is FunctionType:
        return FunctionType(tuple(_subst(p, binds) for p in t.params), _subst(t.returns, binds))
    return t


_TYPE_VARIABLE_NAMES = frozenset((TYPE_T.name, TYPE_U.name))


def _literal_type(e: ast.Expr | None) -> Type:
    """The type of a default value written as a literal (for unannotated parameters)."""
    if e.__class__ is ast.NumberLit:
        return NUMBER
    if isinstance(e, (ast.StringLit, ast.InterpString)):
        return STRING
    if e.__class__ is ast.BoolLit:
        return BOOLEAN
    if e.__class__ is ast.ArrayLit and not e.elements:
        return EMPTY_ARRAY
    if e.__class__ is ast.ObjectLit:
        return OBJECT
    return ANY


def _describe_arity(lo: int, hi: int | None) -> str:
    if hi is None:
        return f"at least {lo} argument{'s' if lo != 1 else ''}"
    if lo == hi:
        return f"{lo} argument{'s' if lo != 1 else ''}"
    return f"{lo} to {hi} arguments"


# ----------------------------------------------------------------------------- checker

class Checker:
    def __init__(self, diags: Diagnostics, base_dir: str) -> None:
        self.diags = diags
        self.base_dir = base_dir
        self.globals_scope = Scope(None)
        self.types: dict[str, Type] = {}
        self.functions: list[ast.FunctionDecl] = []
        self.function_symbols: list[Symbol] = []
        self.variables: list[Symbol] = []  # every variable symbol, declaration order
        self.pending: dict[int, Symbol] = {}  # id(top-level VarDecl) -> predeclared symbol
        self.declared: set[int] = set()  # id() of predeclared symbols already reached
        self.body_state: dict[int, str] = {}  # id(FunctionDecl) -> "running" | "done"
        self.namespaces_used: set[str] = set()
        self.builtins_used: set[str] = set()
        self.uncaught: dict[Symbol, list[ast.Node]] = {}
        self._callee_types: dict[tuple[str, int], FunctionType] = {}  # see `builtin_call`
        self.flows: list[tuple[Symbol, ast.Expr]] = []  # see CheckedProgram.flows
        self.ctx = Context(None, None, top_level=True)
        self.scope = self.globals_scope
        self.loaded: set[str] = set()  # real paths of the files read (the program's own first)
        self.main_file = ""  # the program's own file, put in `loaded` when an import is met

    def error(self, node: ast.Node, message: str) -> None:
        self.diags.error(node.span, message)

    def note_uncaught(self, node: ast.Call | ast.Throw | ast.Member | ast.Index) -> None:
        """Note a call, a `throw` or a read of a string's property (which throws on null
        or undefined) in a function's body outside any `try … catch`: which functions can
        end in an error is worked out from these (lower/throws.py), without walking the
        bodies again."""
        ctx = self.ctx
        if ctx.function is not None and not ctx.caught:
            found = self.uncaught.get(ctx.function)
            if found is None:  # (not `setdefault`, which would make a list per call)
                self.uncaught[ctx.function] = [node]
            else:
                found.append(node)

    # ------------------------------------------------------------------ imports

    def load_imports(self, program: ast.Program, base_dir: str) -> None:
        for stmt in program.body:
            if stmt.__class__ is ast.Import:
                self.load_import(stmt, base_dir)

    def load_import(self, stmt: ast.Import, base_dir: str) -> None:
        from .parser import parse

        if self.main_file:  # (a program without imports never needs its real path)
            if os.path.isfile(self.main_file):
                self.loaded.add(os.path.realpath(self.main_file))
            self.main_file = ""
        if "\0" in stmt.path:  # (no file name holds one: the system calls refuse it)
            shown = stmt.path.replace("\0", "\\0")
            self.error(stmt, f"cannot import '{shown}': a file name cannot contain a NUL character")
            return
        path = os.path.normpath(os.path.join(base_dir, stmt.path))
        key = os.path.realpath(path)
        if key in self.loaded:
            stmt.imported = None
            return
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            self.error(stmt, f"cannot import '{stmt.path}': {e.strerror or 'unreadable'}")
            return
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            self.error(stmt, f"cannot import '{stmt.path}': not UTF-8 text (byte {e.start})")
            return
        self.loaded.add(key)
        shown = os.path.relpath(path)
        if shown.startswith(".."):
            shown = path
        stmt.imported = parse(Source(shown, text), self.diags)
        self.load_imports(stmt.imported, os.path.dirname(path))

    # ------------------------------------------------------------ declarations

    def top_level(self, program: ast.Program) -> Iterator[ast.Stmt]:
        """Top-level statements of the program and of every file it imports, in order."""
        for stmt in program.body:
            yield stmt
            if stmt.__class__ is ast.Import and stmt.imported is not None:
                yield from self.top_level(stmt.imported)

    def resolve(self, texpr: ast.TypeExpr | None) -> Type:
        return resolve_type_expr(texpr, self.types.get, self.error)

    def declare_types(self, program: ast.Program) -> None:
        decls = [s for s in self.top_level(program) if s.__class__ is ast.InterfaceDecl]
        for d in decls:  # names first, so that declarations may refer to each other
            if d.name in self.types:
                self.error(d, f"type '{d.name}' is already declared")
            self.types[d.name] = ANY
        for d in decls:
            self.types[d.name] = self.interface_type(d)

    def interface_type(self, d: ast.InterfaceDecl) -> Type:
        if d.fields is None:
            return self.resolve(d.alias)
        seen: set[str] = set()
        fields = []
        for f in d.fields:
            if f.name in seen:
                self.error(f, f"field '{f.name}' is declared twice in '{d.name}'")
            seen.add(f.name)
            fields.append((f.name, self.resolve(f.type), f.optional))
        return InterfaceType(d.name, tuple(fields))

    def declare_globals(self, program: ast.Program) -> None:
        for stmt in self.top_level(program):
            if stmt.__class__ is ast.FunctionDecl:
                self.declare_function(stmt)
            elif stmt.__class__ is ast.VarDecl:
                ty = self.resolve(stmt.type) if stmt.type is not None else None
                sym = self.new_symbol(stmt.name, "const" if stmt.kind == "const" else "var",
                                      ty, stmt, readonly=stmt.kind == "const")  # type: ignore[arg-type]
                if self.add(self.globals_scope, sym, stmt):
                    self.pending[id(stmt)] = sym

    def declare_function(self, fd: ast.FunctionDecl) -> None:
        returns = self.resolve(fd.return_type) if fd.return_type is not None else None
        sym = Symbol(fd.name, "function", returns, True, None, fd.name, [], fd)  # type: ignore[arg-type]
        fd.symbol = sym
        seen_default = False
        for i, p in enumerate(fd.params):
            pty = self.resolve(p.type) if p.type is not None else _literal_type(p.default)
            name = p.name
            if name.startswith("..."):
                name = name[3:]
                if i != len(fd.params) - 1:
                    self.error(p, "a rest parameter must be the last parameter")
                elif not pty.__class__ is ArrayType:
                    if p.type is not None:
                        self.error(p, f"a rest parameter must have an array type, not {pty}")
                    pty = ArrayType(ANY if p.type is None else pty)
                sym.variadic = True
                seen_default = True
            psym = self.new_symbol(name, "param", pty, p, function=sym)
            p.symbol = psym
            sym.params.append(psym)
            if sym.variadic:
                continue
            if getattr(p, "optional", False) and p.default is None:
                seen_default = True
            elif p.default is None:
                if seen_default:
                    self.error(p, f"parameter '{p.name}' without a default follows one with a default")
                sym.param_min = len(sym.params)
            else:
                seen_default = True
        if self.add(self.globals_scope, sym, fd):
            self.functions.append(fd)
            self.function_symbols.append(sym)

    def new_symbol(self, name: str, kind: str, ty: Type, decl: ast.Node,
                   function: Symbol | None = None, readonly: bool = False) -> Symbol:
        if function is None and not self.ctx.top_level:
            function = self.ctx.function
        sym = Symbol(name, kind, ty, function is None, function, "", None, decl, readonly)
        self.variables.append(sym)
        return sym

    def add(self, scope: Scope, sym: Symbol, node: ast.Node) -> bool:
        if sym.name in scope.names:
            other = scope.names[sym.name]
            what = "function" if other.kind == "function" else "name"
            self.error(node, f"{what} '{sym.name}' is already declared in this scope")
            return False
        scope.names[sym.name] = sym
        return True

    def declare_local(self, name: str, kind: str, ty: Type, node: ast.Node,
                      readonly: bool = False) -> Symbol:
        sym = self.new_symbol(name, kind, ty, node, readonly=readonly)
        self.add(self.scope, sym, node)
        return sym

    # -------------------------------------------------------------- program

    def check_program(self, program: ast.Program) -> None:
        self.load_imports(program, self.base_dir)
        self.declare_types(program)
        self.declare_globals(program)
        self.stmts(program.body, top=True)
        for fd in self.functions:
            self.function_body(fd)

    def function_body(self, fd: ast.FunctionDecl) -> None:
        if self.body_state.get(id(fd)):
            return
        self.body_state[id(fd)] = "running"
        sym: Symbol = fd.symbol
        saved = self.ctx, self.scope
        self.ctx = Context(sym, sym.type)
        self.scope = Scope(self.globals_scope)
        try:
            for p, psym in zip(fd.params, sym.params or []):
                if p.default is not None:
                    self.ctx.caught = True
                    self.coerce(p.default, psym.type, f"default of parameter '{p.name}'")
                    self.ctx.caught = False
                self.add(self.scope, psym, p)
            self.block(fd.body, new_scope=False)
            self.check_ending(fd.body, sym.type, f"'{fd.name}'")
            if sym.type is None:
                found = self.ctx.return_types
                sym.type = VOID if not found else found[0]
                for t in found[1:]:
                    sym.type = either_type(sym.type, t)
        finally:
            self.ctx, self.scope = saved
            self.body_state[id(fd)] = "done"

    def return_type_of(self, sym: Symbol) -> Type:
        if sym.type is None and sym.decl.__class__ is ast.FunctionDecl:
            if self.body_state.get(id(sym.decl)) == "running":
                return ANY  # recursion inside a function being inferred
            self.function_body(sym.decl)
        return sym.type if sym.type is not None else ANY

    # ----------------------------------------------------------- statements

    def stmts(self, body: list[ast.Stmt], top: bool = False) -> None:
        rules = _STMT_RULES
        for stmt in body:  # (`stmt` written out for the classes met before: a call less each)
            rule = rules.get(type(stmt))
            if rule is None:
                self.stmt(stmt, top)
            else:
                rule(self, stmt, top)

    def block(self, node: ast.Stmt | None, new_scope: bool = True) -> None:
        if node is None:
            return
        if not node.__class__ is ast.Block:
            saved = self.scope
            self.scope = Scope(saved)
            try:
                self.stmt(node)
            finally:
                self.scope = saved
            return
        saved = self.scope
        if new_scope:
            self.scope = Scope(saved)
        try:
            self.stmts(node.body)
        finally:
            self.scope = saved

    def in_loop(self, body: ast.Stmt) -> None:
        self.ctx.loops += 1
        try:
            self.block(body)
        finally:
            self.ctx.loops -= 1

    def stmt(self, s: ast.Stmt, top: bool = False) -> None:
        try:
            rule = _STMT_RULES[type(s)]
        except KeyError:
            if s is None:
                return
            rule = _STMT_RULES[type(s)] = getattr(Checker, "stmt_" + type(s).__name__,
                                                  Checker._no_stmt_rule)
        rule(self, s, top)

    def _no_stmt_rule(self, s: ast.Stmt, top: bool) -> None:
        """What `stmt` does with a statement that needs no checking (`;`)."""

    def stmt_Block(self, s: ast.Block, top: bool) -> None:
        self.block(s)

    def stmt_VarDecl(self, s: ast.VarDecl, top: bool) -> None:
        sym = self.pending.get(id(s)) if top else None
        declared = self.resolve(s.type) if s.type is not None and sym is None else (
            sym.type if sym is not None else None)
        if s.init is None:
            if s.kind == "const":
                self.error(s, f"const '{s.name}' needs an initial value")
            ty = declared if declared is not None else ANY
        elif declared is not None:
            self.coerce(s.init, declared, None)
            ty = declared
        else:
            ty = self.expr(s.init)
            if ty is VOID or ty is NULL or ty is UNDEFINED or ty is REGEX:
                ty = ANY
        if sym is not None:
            sym.type = ty
            self.declared.add(id(sym))
        else:
            sym = self.declare_local(s.name, "const" if s.kind == "const" else "var", ty, s,
                                     readonly=s.kind == "const")
        s.symbol = sym

    def stmt_FunctionDecl(self, s: ast.FunctionDecl, top: bool) -> None:
        if not top:
            self.error(s, "functions can only be declared at the top level of a file")

    def stmt_InterfaceDecl(self, s: ast.InterfaceDecl, top: bool) -> None:
        if not top:
            if s.name in self.types:
                self.error(s, f"type '{s.name}' is already declared")
            self.types[s.name] = self.interface_type(s)

    def stmt_ExprStmt(self, s: ast.ExprStmt, top: bool) -> None:
        self.expr(s.expr, allow_void=True)

    def stmt_RawCommand(self, s: ast.RawCommand, top: bool) -> None:
        self.shell_code(s.code)

    def stmt_If(self, s: ast.If, top: bool) -> None:
        self.condition(s.test)
        self.block(s.then)
        self.block(s.otherwise)

    def stmt_While(self, s: ast.While, top: bool) -> None:
        self.condition(s.test)
        self.in_loop(s.body)

    def stmt_DoWhile(self, s: ast.DoWhile, top: bool) -> None:
        self.in_loop(s.body)
        self.condition(s.test)

    def stmt_For(self, s: ast.For, top: bool) -> None:
        saved = self.scope
        self.scope = Scope(saved)
        try:
            if s.init is not None:
                self.stmt(s.init)
            if s.test is not None:
                self.condition(s.test)
            if s.update is not None:
                self.expr(s.update, allow_void=True)
            self.in_loop(s.body)
        finally:
            self.scope = saved

    def stmt_ForEach(self, s: ast.ForEach, top: bool) -> None:
        it = self.expr(s.iterable)
        if it.__class__ is ArrayType:
            elem = it.element
        elif it == STRING:
            elem = STRING
        elif is_jsonish(it) or it in (NULL, UNDEFINED):
            elem = STRING if s.keyword == "in" else ANY  # keys of an object / its values
        else:
            self.error(s.iterable, f"cannot iterate over a value of type {it}")
            elem = ANY
        ty = elem
        if s.type is not None:
            ty = self.resolve(s.type)
            if not assignable(elem, ty):
                self.error(s, f"loop variable '{s.name}' is declared {ty} but the elements are {elem}")
        saved = self.scope
        self.scope = Scope(saved)
        try:
            s.symbol = self.declare_local(s.name, "loop", ty, s, readonly=s.kind == "const")
            self.in_loop(s.body)
        finally:
            self.scope = saved

    def stmt_Break(self, s: ast.Break, top: bool) -> None:
        if not self.ctx.loops and not self.ctx.switches:
            self.error(s, "'break' outside a loop or switch")

    def stmt_Continue(self, s: ast.Continue, top: bool) -> None:
        if not self.ctx.loops:
            self.error(s, "'continue' outside a loop")

    def stmt_Return(self, s: ast.Return, top: bool) -> None:
        ctx = self.ctx
        if ctx.function is None and not ctx.arrow:
            self.error(s, "'return' outside a function")
            if s.value is not None:
                self.expr(s.value)
            return
        name = "arrow function" if ctx.arrow else f"'{ctx.function.name}'"  # type: ignore[union-attr]
        if not ctx.arrow and s.value is not None:
            self.flows.append((ctx.function, s.value))
        if s.value is None:
            if _requires_value(ctx.returns):
                self.error(s, f"{name} must return {ctx.returns}, but this 'return' has no value")
            return
        if ctx.returns is None:
            ctx.return_types.append(self.expr(s.value))
        elif ctx.returns == VOID:
            t = self.expr(s.value, allow_void=True)
            if t not in (VOID, UNDEFINED):
                self.error(s.value, f"{name} returns void but a value is returned")
        else:
            self.coerce(s.value, ctx.returns, f"{name} must return {ctx.returns}")

    def stmt_Switch(self, s: ast.Switch, top: bool) -> None:
        dt = self.expr(s.discriminant)
        saved = self.scope
        self.scope = Scope(saved)
        self.ctx.switches += 1
        try:
            defaults = 0
            for case in s.cases:
                if case.test is None:
                    defaults += 1
                    if defaults == 2:
                        self.error(case, "a switch can have only one 'default'")
                else:
                    self.comparable(case.test, dt, self.expr(case.test), "==")
                self.stmts(case.body)
        finally:
            self.ctx.switches -= 1
            self.scope = saved

    def stmt_Try(self, s: ast.Try, top: bool) -> None:
        caught = self.ctx.caught
        self.ctx.caught = caught or s.handler is not None
        try:
            self.block(s.block)
        finally:
            self.ctx.caught = caught
        if s.handler is not None:
            saved = self.scope
            self.scope = Scope(saved)
            try:
                if s.param is not None:
                    s.symbol = self.declare_local(s.param, "catch", STRING, s)
                self.block(s.handler, new_scope=False)
            finally:
                self.scope = saved
        self.block(s.finalizer)

    def stmt_Throw(self, s: ast.Throw, top: bool) -> None:
        self.note_uncaught(s)
        self.expr(s.value)

    def stmt_Exit(self, s: ast.Exit, top: bool) -> None:
        if s.value is not None:
            t = self.expr(s.value)
            if not _is_numeric(t):
                self.error(s.value, f"exit status must be a number, got {t}")

    def stmt_Defer(self, s: ast.Defer, top: bool) -> None:
        if self.ctx.function is None or self.ctx.arrow:
            self.error(s, "'defer' is only allowed inside a function")
        self.block(s.body)

    def stmt_Import(self, s: ast.Import, top: bool) -> None:
        if not top:
            self.error(s, "'import' is only allowed at the top level of a file")
        elif s.imported is not None:
            self.stmts(s.imported.body, top=True)

    def stmt_Parallel(self, s: ast.Parallel, top: bool) -> None:
        self.parallel_call(s.call)

    # ---------------------------------------------------------- expressions

    def condition(self, e: ast.Expr) -> None:
        self.expr(e)

    def expr(self, e: ast.Expr, allow_void: bool = False) -> Type:
        try:
            rule = _EXPR_RULES[type(e)]
        except KeyError:
            if not isinstance(e, ast.Expr):
                return ANY  # a hole left by a syntax error
            rule = _EXPR_RULES[type(e)] = getattr(Checker, "expr_" + type(e).__name__,
                                                  Checker._no_expr_rule)
        ty = rule(self, e)
        e.ty = ty
        if ty is VOID and not allow_void:  # (a primitive type is one object)
            self.error(e, "this expression has no value (void)")
        return ty

    def _no_expr_rule(self, e: ast.Expr) -> Type:
        """The type `expr` gives an expression without a rule of its own."""
        return ANY

    def expr_NumberLit(self, e: ast.NumberLit) -> Type:
        return NUMBER

    def expr_StringLit(self, e: ast.StringLit) -> Type:
        return STRING

    def expr_ShellParam(self, e: ast.ShellParam) -> Type:
        return STRING

    def expr_BoolLit(self, e: ast.BoolLit) -> Type:
        return BOOLEAN

    def expr_NullLit(self, e: ast.NullLit) -> Type:
        return NULL

    def expr_UndefinedLit(self, e: ast.UndefinedLit) -> Type:
        return UNDEFINED

    def expr_RegexLit(self, e: ast.RegexLit) -> Type:
        self.error(e, f"a regular expression is only allowed as an argument of {_REGEX_OK}")
        return REGEX

    def shell_code(self, code: ast.ShellCode) -> None:
        for part in code.parts:
            if part.__class__ is not str:  # (an expression: a failing `isinstance` costs more)
                self.expr(part)

    def expr_CommandSubst(self, e: ast.CommandSubst) -> Type:
        self.shell_code(e.code)
        return STRING

    def expr_InterpString(self, e: ast.InterpString) -> Type:
        for part in e.parts:
            if part.__class__ is not str:  # (an expression)
                self.expr(part)
        return STRING

    def expr_ArrayLit(self, e: ast.ArrayLit) -> Type:
        if not e.elements:
            return EMPTY_ARRAY
        elem: Type | None = None
        for x in e.elements:
            t = self.expr(x)
            elem = t if elem is None else common_type(elem, t)
        if elem.__class__ is ArrayType:
            self.error(e, "arrays of arrays are not supported")
        return ArrayType(ANY if elem in (None, NULL, UNDEFINED) else elem)  # type: ignore[arg-type]

    def expr_ObjectLit(self, e: ast.ObjectLit) -> Type:
        seen: set[str] = set()
        for p in e.properties:
            if p.key in seen:
                self.error(p, f"property '{p.key}' is given twice")
            seen.add(p.key)
            self.expr(p.value)
        return OBJECT

    def expr_Name(self, e: ast.Name) -> Type:
        name = e.id
        scope = self.scope
        while True:  # (`Scope.find`, written out for the commonest lookup)
            sym = scope.names.get(name)
            if sym is not None:
                break
            scope = scope.parent
            if scope is None:
                break
        if sym is None:
            if e.id in NAMESPACES:
                self.error(e, f"'{e.id}' is a built-in namespace, not a value")
            elif lookup("", e.id) is not None:
                self.error(e, f"built-in '{e.id}' must be called")
            else:
                self.error(e, f"unknown name '{e.id}'" + _closest(
                    e.id, [*self.scope.visible(), *NAMESPACES, *namespace_table("")]))
            return ANY
        e.symbol = sym
        if sym.kind == "function":
            self.error(e, f"function '{e.id}' must be called; it is not a value")
            return ANY
        if self.ctx.top_level and sym.is_global and id(sym.decl) in self.pending \
                and id(sym) not in self.declared:
            self.error(e, f"'{e.id}' is used before its declaration")
        return sym.type if sym.type is not None else ANY

    def expr_Member(self, e: ast.Member) -> Type:
        if self.namespace_of(e.object) is not None:
            ns = e.object.id  # type: ignore[attr-defined]
            if lookup(ns, e.property) is None:
                self.error(e, f"unknown built-in '{ns}.{e.property}'"
                           + _closest(e.property, namespace_table(ns), f"{ns}."))
            else:
                self.error(e, f"built-in '{ns}.{e.property}' must be called")
            return ANY
        ot = self.expr(e.object)
        return self.member_type(e, ot)

    def member_type(self, e: ast.Member, ot: Type) -> Type:
        if ot is STRING and not e.optional:
            self.note_uncaught(e)
        base = [o for o in _walk_types(ot) if o not in (NULL, UNDEFINED)]
        if len(base) == 1:
            ot = base[0]
        if e.property == "length" and (ot == STRING or ot.__class__ is ArrayType):
            return NUMBER
        if ot.__class__ is InterfaceType:
            f = ot.field(e.property)
            if f is None:
                self.error(e, f"'{ot}' has no field '{e.property}'")
                return ANY
            return f[0]
        if is_jsonish(ot):
            return ANY
        self.error(e, f"{ot} has no property '{e.property}'")
        return ANY

    def expr_Index(self, e: ast.Index) -> Type:
        return self.index_type(e, self.expr(e.object), self.expr(e.index))

    def index_type(self, e: ast.Index, ot: Type, it: Type) -> Type:
        if ot is STRING and not e.optional:
            self.note_uncaught(e)
        base = [o for o in _walk_types(ot) if o not in (NULL, UNDEFINED)]
        if len(base) == 1:
            ot = base[0]
        if ot.__class__ is ArrayType or ot == STRING:
            if not _is_numeric(it):
                self.error(e.index, f"an index into {ot} must be a number, got {it}")
            return ot.element if ot.__class__ is ArrayType else STRING
        if ot.__class__ is InterfaceType and e.index.__class__ is ast.StringLit:
            f = ot.field(e.index.value)
            if f is None:
                self.error(e.index, f"'{ot}' has no field '{e.index.value}'")
                return ANY
            return f[0]
        if is_jsonish(ot):
            if it not in (STRING, NUMBER, ANY):
                self.error(e.index, f"an object key must be a string or number, got {it}")
            return ANY
        self.error(e, f"a value of type {ot} cannot be indexed")
        return ANY

    def expr_Unary(self, e: ast.Unary) -> Type:
        t = self.expr(e.operand)
        if e.op == "!":
            return BOOLEAN
        if e.op == "typeof":
            return STRING
        if e.op == "-" and not _is_numeric(t):
            self.error(e, f"operator '-' expects a number, got {t}")
        if e.op not in ("-", "+"):
            self.error(e, f"operator '{e.op}' is not supported")
        return NUMBER

    def expr_Update(self, e: ast.Update) -> Type:
        t = self.assign_target(e.target)
        if not _is_numeric(t):
            self.error(e, f"operator '{e.op}' expects a number, got {t}")
        return NUMBER

    def expr_Binary(self, e: ast.Binary) -> Type:
        # `a + b + c + …` nests to the left as deep as the chain is long: walk it with a loop
        chain = [e]
        while chain[-1].left.__class__ is ast.Binary:
            chain.append(chain[-1].left)
        lt = self.expr(chain[-1].left)
        for node in reversed(chain):
            lt = node.ty = self.binary(node, lt, self.expr(node.right))
        return lt

    def binary(self, e: ast.Binary, lt: Type, rt: Type) -> Type:
        op = e.op
        if op in ("&&", "||", "??"):
            return either_type(lt, rt)
        if op == "+":
            if _has_string(lt) or _has_string(rt):
                return STRING
            if not (_is_numeric(lt) and _is_numeric(rt)):
                self.error(e, f"operator '+' cannot be applied to {lt} and {rt}")
            return NUMBER
        if op in ("-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"):
            for side, t in ((e.left, lt), (e.right, rt)):
                if not _is_numeric(t):
                    self.error(side, f"operator '{op}' expects numbers, got {t}")
            return NUMBER
        if op in ("<", ">", "<=", ">="):
            if not (_is_numeric(lt) and _is_numeric(rt)) and not (
                    self.stringish(lt) and self.stringish(rt)):
                self.error(e, f"cannot compare {lt} with {rt}")
            return BOOLEAN
        if op in ("==", "===", "!=", "!=="):
            self.comparable(e, lt, rt, op)
            return BOOLEAN
        self.error(e, f"operator '{op}' is not supported")
        return ANY

    @staticmethod
    def stringish(t: Type) -> bool:
        return all(o in (STRING, ANY, NULL, UNDEFINED) for o in _walk_types(t) if not o.__class__ is UnionType)

    def comparable(self, node: ast.Node, lt: Type, rt: Type, op: str) -> None:
        """`==` between types that can never be equal (string vs number) is an error."""
        scalars = (STRING, NUMBER, BOOLEAN)
        if lt in scalars and rt in scalars and lt != rt:
            self.error(node, f"comparing {lt} with {rt} with '{op}' is always "
                       f"{'false' if op in ('==', '===') else 'true'}")

    def expr_Assign(self, e: ast.Assign) -> Type:
        t = self.assign_target(e.target)
        op = e.op
        if op == "=" or op in ("||=", "&&=", "??="):
            self.coerce(e.value, t, None)
        elif op == "+=" and _has_string(t):
            self.expr(e.value)
        else:
            vt = self.expr(e.value)
            if not _is_numeric(t) or not _is_numeric(vt):
                self.error(e, f"operator '{op}' cannot be applied to {t} and {vt}")
        return t

    def assign_target(self, target: ast.Expr) -> Type:
        """Check an assignment target; report const/function targets; give its type."""
        if target.__class__ is ast.Name:
            t = self.expr(target)
            sym = target.symbol
            if sym is not None and sym.readonly:
                self.error(target, f"cannot assign to const '{target.id}'")
            return t
        if target.__class__ is ast.Index:
            ot = self.expr(target.object)
            if ot == STRING:
                self.error(target, "cannot assign to a character of a string")
            target.ty = self.index_type(target, ot, self.expr(target.index))
            return target.ty
        if target.__class__ is ast.Member:
            t = self.expr(target)
            ot = target.object.ty
            if ot is not None and not is_jsonish(ot) and ot not in (NULL, UNDEFINED):
                self.error(target, f"cannot assign to property '{target.property}' of {ot}")
            return t
        self.expr(target)
        self.error(target, "invalid assignment target")
        return ANY

    def expr_Conditional(self, e: ast.Conditional) -> Type:
        self.condition(e.test)
        return either_type(self.expr(e.then), self.expr(e.otherwise))

    def expr_Arrow(self, e: ast.Arrow) -> Type:
        self.error(e, "arrow functions are only allowed as arguments of array methods")
        self.arrow(e, FunctionType((), ANY))
        return ANY

    def expr_ParallelExpr(self, e: ast.ParallelExpr) -> Type:
        self.parallel_call(e.call)
        return NUMBER

    def parallel_call(self, call: ast.Call) -> None:
        self.expr(call, allow_void=True)
        if not isinstance(call.target, UserCall) and call.target is not None:
            self.error(call, "'parallel' runs a function declared in the program")

    # --------------------------------------------------------------- calls

    def namespace_of(self, e: ast.Expr) -> str | None:
        """`fs` in `fs.exists(…)` when `fs` is a built-in namespace not shadowed by a name."""
        if e.__class__ is ast.Name and e.id in NAMESPACES and self.scope.find(e.id) is None:
            return e.id
        return None

    def expr_Call(self, e: ast.Call) -> Type:
        callee = e.callee
        if callee.__class__ is ast.Name:
            sym = self.scope.find(callee.id)
            if sym is not None:
                callee.symbol = sym
                if sym.kind != "function":
                    self.error(callee, f"'{callee.id}' is not a function")
                    self.args_unchecked(e.args)
                    return ANY
                return self.user_call(e, sym)
            builtin = lookup("", callee.id)
            if builtin is not None:
                return self.builtin_call(e, builtin, list(e.args), callee.id, 0,
                                         typed_callee=callee.id not in NAMESPACES)
            self.error(callee, f"unknown function '{callee.id}'" + _closest(
                callee.id, [*self.scope.visible(functions_only=True), *namespace_table("")]))
            self.args_unchecked(e.args)
            return ANY
        if callee.__class__ is ast.Member:
            ns = self.namespace_of(callee.object)
            if ns is not None:
                if callee.optional:
                    self.error(callee, f"'{ns}' is a built-in namespace, never null or undefined: "
                               f"write '{ns}.{callee.property}', without '?.'")
                builtin = lookup(ns, callee.property)
                if builtin is None:
                    self.error(callee, f"unknown built-in '{ns}.{callee.property}'"
                               + _closest(callee.property, namespace_table(ns), f"{ns}."))
                    self.args_unchecked(e.args)
                    return ANY
                return self.builtin_call(e, builtin, list(e.args), builtin.key, 0, typed_callee=False)
            reported = len(self.diags.items)
            rt = self.expr(callee.object)
            kind = _method_kind(rt)
            builtin = lookup_method(kind, callee.property) if kind else None
            if builtin is None:
                if rt == ANY:
                    if len(self.diags.items) == reported:  # (else the receiver's error tells why)
                        self.error(callee, f"cannot call method '{callee.property}' on a value of "
                                   "type any; declare its type")
                elif kind is not None and callee.property == "length":
                    self.error(callee, "'length' is a property, not a method")
                else:
                    self.error(callee, f"{rt} has no method '{callee.property}'" + _closest(
                        callee.property, [name for name, entry in namespace_table(kind).items()
                                          if entry.method_of == kind] if kind else ()))
                self.args_unchecked(e.args)
                return ANY
            return self.builtin_call(e, builtin, [callee.object, *e.args], callee.property, 1,
                                     typed_callee=True)
        self.expr(callee)
        self.error(callee, "this expression is not a function")
        self.args_unchecked(e.args)
        return ANY

    def args_unchecked(self, args: list[ast.Expr]) -> None:
        for a in args:
            if a.__class__ is ast.Arrow:
                self.arrow(a, FunctionType((), ANY))
                a.ty = ANY
            elif a.__class__ is ast.RegexLit:
                a.ty = REGEX
            else:
                self.expr(a)

    def arity(self, e: ast.Call, name: str, count: int, lo: int, hi: int | None) -> None:
        if count < lo or (hi is not None and count > hi):
            self.error(e, f"'{name}' expects {_describe_arity(lo, hi)}, got {count}")

    def user_call(self, e: ast.Call, sym: Symbol) -> Type:
        e.target = UserCall(sym)
        self.note_uncaught(e)
        params = sym.params or []
        fixed = len(params) - (1 if sym.variadic else 0)
        self.arity(e, sym.name, len(e.args), sym.param_min, None if sym.variadic else len(params))
        for i, a in enumerate(e.args):
            if i < fixed:
                self.coerce(a, params[i].type, f"argument {i + 1} of '{sym.name}'")
                self.flows.append((params[i], a))
            elif sym.variadic:
                rest = params[-1].type
                self.coerce(a, rest.element if rest.__class__ is ArrayType else ANY,
                            f"argument {i + 1} of '{sym.name}'")
            else:
                self.args_unchecked([a])
        result = self.return_type_of(sym)
        e.callee.ty = FunctionType(tuple(p.type for p in params), result)
        return result

    def builtin_call(self, e: ast.Call, b: Builtin, args: list[ast.Expr], name: str,
                     skip: int, typed_callee: bool) -> Type:
        """`args` includes the receiver of a method call; `skip` is 1 then (for messages).
        The callee gets a function type unless it is a namespace or a member of one."""
        e.target = BuiltinCall(b, args, skip == 1)
        self.note_uncaught(e)
        self.namespaces_used.add(b.namespace)
        self.builtins_used.add(b.key)
        count = len(args) - skip
        if count < b.min_args - skip or (b.max_args is not None and count > b.max_args - skip):
            self.arity(e, name, count, max(0, b.min_args - skip),
                       None if b.max_args is None else b.max_args - skip)
        binds: dict[Type, Type] = {}
        generic = b.generic  # (only then do the types mention T or U: `_subst` changes nothing)
        params = b.params
        n_params = len(params)
        rest = params[-1] if params and params[-1].variadic else None
        arrows: list[int] | None = None  # checked after the others (which bind T and U)
        for i in range(len(args)):
            a = args[i]
            cls = a.__class__
            if cls is ast.Arrow:
                if arrows is None:
                    arrows = []
                arrows.append(i)
                continue
            spec = params[i] if i < n_params else rest
            if spec is None:
                self.args_unchecked([a])
                continue
            pt = _subst(spec.type, binds) if generic else spec.type
            if cls is ast.RegexLit:
                a.ty = REGEX
                if not any(o == REGEX for o in _walk_types(pt)):
                    self.error(a, f"a regular expression is only allowed as an argument of {_REGEX_OK}")
                continue
            pt_class = pt.__class__
            if pt_class is FunctionType or pt_class is UnionType and all(
                    o.__class__ is FunctionType for o in pt.options):
                self.error(a, f"{_argument(i, skip, name)} must be an arrow function")
                self.expr(a)
                continue
            # (a method's receiver was typed when the method was looked up: typed again,
            # an arrow function in it would declare its parameters a second time)
            what = (i, skip, name)
            t = self.conform(a, a.ty, pt, what) if i < skip else self.coerce(a, pt, what)
            if generic:
                if i == 0 and spec.type.__class__ is ArrayType and spec.type.element is TYPE_T:
                    binds[TYPE_T] = t.element if t.__class__ is ArrayType else ANY
                elif spec.type is TYPE_U:
                    binds.setdefault(TYPE_U, t)
        if arrows is not None:
            for i in arrows:
                spec = params[i] if i < n_params else rest
                if spec is None:
                    self.args_unchecked([args[i]])
                else:
                    self.arrow_argument(args[i], i, spec, b, binds, skip, name)
        if b.key in _ADDS_ELEMENTS and args and args[0].__class__ is ast.Name \
                and args[0].symbol is not None:
            self.flows.append((args[0].symbol, e))
        result = _subst(b.returns, binds) if generic else b.returns
        if typed_callee:
            ft = self._callee_types.get((b.key, skip)) if not binds else None
            if ft is None:
                ft = FunctionType(tuple([_subst(p.type, binds) for p in b.params[skip:]]), result)
                if not binds:  # the same for every call of `b` (types are immutable)
                    self._callee_types[(b.key, skip)] = ft
            e.callee.ty = ft
        return result

    def arrow_argument(self, a: ast.Arrow, i: int, spec: ParamSpec, b: Builtin,
                       binds: dict[Type, Type], skip: int, name: str) -> None:
        """Check the arrow function `a` given as argument `i` (parameter `spec`) of the
        built-in `b`; the argument may bind U (the result type of `array.map` …)."""
        if b.key == "array.reduce" and TYPE_U not in binds:
            binds[TYPE_U] = binds.get(TYPE_T, ANY)  # no initial value: the accumulator is T
        pt = _subst(spec.type, binds) if b.generic else spec.type
        fts = [o for o in _walk_types(pt) if o.__class__ is FunctionType]
        if not fts:
            self.error(a, f"{_argument(i, skip, name)} cannot be an arrow function")
            self.arrow(a, FunctionType((), ANY))
            a.ty = ANY
            return
        result = self.arrow(a, fts[0])
        a.ty = FunctionType(fts[0].params, result)
        if TYPE_U not in binds and _mentions_u(spec.type):
            if result == VOID:
                self.error(a, f"the arrow function passed to '{name}' must return a value")
            binds[TYPE_U] = result
        elif not assignable(result, fts[0].returns) and fts[0].returns != ANY:
            self.error(a, f"the arrow function must return {fts[0].returns}, got {result}")

    def arrow(self, a: ast.Arrow, ft: FunctionType) -> Type:
        """Check an inlined arrow function; its parameters are variables of the enclosing code."""
        if len(a.params) > len(ft.params):
            self.error(a, f"the arrow function takes at most {len(ft.params)} parameter"
                       f"{'s' if len(ft.params) != 1 else ''}, got {len(a.params)}")
        saved_scope, saved_ctx = self.scope, self.ctx
        self.scope = Scope(saved_scope)
        try:
            for i, p in enumerate(a.params):
                pt = ft.params[i] if i < len(ft.params) else ANY
                if p.type is not None:
                    declared = self.resolve(p.type)
                    if not assignable(pt, declared):
                        self.error(p, f"parameter '{p.name}' is declared {declared} but receives {pt}")
                    pt = declared
                if p.default is not None:
                    self.expr(p.default)
                p.symbol = self.declare_local(p.name, "param", pt, p)
            declared = self.resolve(a.return_type) if a.return_type is not None else None
            if a.body.__class__ is ast.Block:
                self.ctx = Context(saved_ctx.function, declared, arrow=True,
                                   top_level=saved_ctx.top_level, caught=saved_ctx.caught)
                self.block(a.body, new_scope=False)
                self.check_ending(a.body, declared, "arrow function")
                found = self.ctx.return_types
                result: Type = VOID if not found else found[0]
                for t in found[1:]:
                    result = common_type(result, t)
                return declared or result
            if declared is not None:
                self.coerce(a.body, declared, f"arrow function must return {declared}")
                return declared
            return self.expr(a.body, allow_void=True)
        finally:
            self.scope, self.ctx = saved_scope, saved_ctx

    def check_ending(self, body: ast.Block, returns: Type | None, name: str) -> None:
        """A function that must return a value may not run off the end of its body."""
        if _requires_value(returns) and completes(body):
            closing_brace = Span(body.span.source, body.span.end - 1, body.span.end)
            self.diags.error(closing_brace, f"{name} must return {returns}, but the end of "
                             "its body is reachable without a 'return'")

    # ----------------------------------------------------------- assignability

    def coerce(self, e: ast.Expr, dst: Type, what: str | tuple[int, int, str] | None) -> Type:
        """Type `e` and report it unless it can be stored where `dst` is expected.

        `what` names the place in the message: a text, or `_argument`'s arguments (which
        spares a built-in call the formatting when, as nearly always, there is nothing
        to report)."""
        return self.conform(e, self.expr(e), dst, what)

    def conform(self, e: ast.Expr, src: Type, dst: Type, what: str | tuple[int, int, str] | None) -> Type:
        """`coerce` for `e` already typed (`src`)."""
        cls = type(e)
        if cls is ast.ObjectLit and dst.__class__ is InterfaceType:
            self.object_fields(e, dst)
            return src
        if cls is ast.ArrayLit and dst.__class__ is ArrayType and dst.element.__class__ is InterfaceType:
            for x in e.elements:
                if x.__class__ is ast.ObjectLit:
                    self.object_fields(x, dst.element)
            return src
        if src is not dst and not assignable(src, dst):
            if what.__class__ is tuple:
                what = _argument(*what)
            if what is None:
                self.error(e, f"type {src} is not assignable to {dst}")
            elif what.startswith("'") or what.startswith("arrow"):
                self.error(e, f"{what}, got {src}")
            else:
                self.error(e, f"{what}: expected {dst}, got {src}")
        return src

    def object_fields(self, lit: ast.ObjectLit, iface: InterfaceType) -> None:
        given = {p.key: p for p in lit.properties}
        for p in lit.properties:
            f = iface.field(p.key)
            if f is None:
                self.error(p, f"'{p.key}' is not a field of '{iface}'")
            elif p.value.__class__ is ast.ObjectLit and f[0].__class__ is InterfaceType:
                self.object_fields(p.value, f[0])
            elif not assignable(p.value.ty or ANY, f[0]):
                self.error(p.value, f"field '{p.key}' of '{iface}' is {f[0]}, got {p.value.ty}")
        missing = [n for n, _, optional in iface.fields if not optional and n not in given]
        if missing:
            self.error(lit, f"missing field{'s' if len(missing) > 1 else ''} "
                       f"{', '.join(repr(m) for m in missing)} of '{iface}'")

    # --------------------------------------------------------------- names

    def assign_shell_names(self) -> list[Symbol]:
        globals_ = [s for s in self.variables if s.is_global]
        taken: set[str] = set()
        last: dict[str, int] = {}
        for sym in globals_:
            sym.shell_name = _fresh(sym.name, taken, last)
            taken.add(sym.shell_name)
        reserved = taken | {f.name for f in self.function_symbols}
        per_function: dict[int, tuple[set[str], dict[str, int]]] = {}
        for sym in self.variables:
            if sym.is_global:
                continue
            names = per_function.get(id(sym.function))
            if names is None:
                names = per_function[id(sym.function)] = (set(), {})
            used, last = names
            sym.shell_name = _fresh(sym.name, used, last, reserved)
            used.add(sym.shell_name)
        return globals_


# node class -> `Checker.stmt_<class name>` / `Checker.expr_<class name>` (or the rule
# for nodes without one), filled in as the classes are met: a subscript and a call of
# a function cost less than `dict.get` and a call of a bound method
_STMT_RULES: dict[type, Callable[[Checker, ast.Stmt, bool], None]] = {}
_EXPR_RULES: dict[type, Callable[[Checker, ast.Expr], Type]] = {}


def _requires_value(returns: Type | None) -> bool:
    """Must every way out of a function declared to return `returns` carry a value?
    (TypeScript: unless the type is void or any or includes undefined.)"""
    if returns is None:
        return False  # inferred from the `return`s
    options = returns.options if returns.__class__ is UnionType else (returns,)
    return not any(o is VOID or o is ANY or o is UNDEFINED for o in options)


def _argument(i: int, skip: int, name: str) -> str:
    """Argument `i` of a built-in call in messages (the receiver of a method is argument 0)."""
    return f"argument {i + 1 - skip} of '{name}'" if i >= skip else f"the receiver of '{name}'"


def _mentions_u(t: Type) -> bool:
    if t == TYPE_U:
        return True
    if t.__class__ is ArrayType:
        return _mentions_u(t.element)
    if t.__class__ is FunctionType:
        return _mentions_u(t.returns)
    return t.__class__ is UnionType and any(_mentions_u(o) for o in t.options)


def check(program: ast.Program, diags: Diagnostics, base_dir: str = ".") -> CheckedProgram:
    """Check `program` (and the files it imports); see the module docstring."""
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)
    checker = Checker(diags, base_dir)
    checker.main_file = program.span.source.name if getattr(program, "span", None) is not None else ""
    try:
        checker.check_program(program)
    except RecursionError:  # a postfix chain longer than any sane program (`a.b.b.b…`)
        diags.error(program.span, "program nested too deeply to check")
    for sym in checker.variables + checker.function_symbols:
        if sym.type is None:  # never reached (after errors)
            sym.type = ANY
    globals_ = checker.assign_shell_names()
    return CheckedProgram(program, checker.functions, globals_, checker.namespaces_used,
                          checker.builtins_used, checker.uncaught, checker.flows)


def _closest(name: str, candidates, prefix: str = "") -> str:
    """`; did you mean 'x'?` for the candidate closest to `name` where it is near enough to
    be a misspelling of it (at most one edit per three characters, and one for a shorter
    name: `consol`, `toUppercase`, `jion`), named with `prefix` (a namespace's `ns.`);
    else "". Written out rather than with `difflib`, which a compilation would import
    (tests/test_startup.py)."""
    best, best_edits = "", max(1, len(name) // 3) + 1
    for candidate in sorted(set(candidates)):
        edits = _edits(name, candidate, best_edits)
        if edits < best_edits:
            best, best_edits = candidate, edits
    return f"; did you mean '{prefix}{best}'?" if best else ""


def _edits(a: str, b: str, limit: int) -> int:
    """The edits (insert, delete or change a character, swap two neighbours) that make
    `a` into `b`, or `limit` when there are at least that many."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    before, row = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        next_row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            next_row[j] = min(row[j] + 1, next_row[j - 1] + 1, row[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                next_row[j] = min(next_row[j], before[j - 2] + 1)
        before, row = row, next_row
    return min(row[len(b)], limit)
