r"""Random typed Utah programs and their JavaScript twins, for differential testing against
Node.js (LANGUAGE.md §4: values and operators have JavaScript's semantics, "tested
against Node.js").

`program(seed)` gives a program as Utah source and as JavaScript (the same text without
type annotations): declarations of numbers, strings, a boolean and two arrays, a few
functions (default parameter, recursion, `try`/`finally` with `return`), then statements
drawn at random — `console.log` of expressions nested up to four deep (arithmetic,
comparisons, `&&`/`||`/`!`/`?:`/`??`/`?.`, string and array methods, arrow callbacks,
template literals and double-quoted interpolation, regular expressions in `replace` and
`split`, `parseInt`/`Number`/`Math.*`, the namespace forms `string.trim(s)`,
`array.join(a, sep)`, increments inside expressions), assignments and compound
assignments, `if`, classic `for`, `for … of`, `while` with `break`/`continue`,
`do … while`, `switch` with fall-through, `try`/`catch`/`finally` with `throw`,
mutating array methods, a record (`interface P`) with its fields read and written, and
a JSON object (`object`): property reads (typed by
`Number()`/`String()`, as a method needs a typed receiver) and writes, `.length` of its
array and string, `json.stringify` compact and pretty, `for … in` its keys, numbers
from 1e-7 to 1e21 in it.
Closures: arrow callbacks of map/filter/reduce/find/some/every (with the index, block
bodies with a local `let`, parameters that shadow a global, a loop variable or an
enclosing callback's parameter) read loop variables of `for` and `for … of`, enclosing
callbacks' parameters and globals, and may change globals; `forEach` with a block body;
functions whose callbacks capture a parameter, a local they write (cb) and a loop
variable (lp). Strings with escapes (`\u{41} \u0041 \x41 \t \$ \``…, escaped dollars
before `{` and `(`) in all three forms, double-quoted and template strings interpolating
nested templates and conditionals. `json.*` with paths on an object q1 (set, get,
getString/Number/Boolean/Array, has, delete, keys, values, merge; `.a.b`, `[n]`,
`."k.e.y"`, and template paths whose `${…}` is one key whatever it holds), mirrored in
NODE_PRELUDE. An `any` (y1, parameters and returns of ia/ty) holding a number, string or
boolean. `&&=`, `??=` and `||=` on numbers, strings and booleans, `**=` of an integer;
`?.` on array elements; `s[i]`; positions and limits (`indexOf(x, from)` and
`lastIndexOf` of strings and arrays, `includes/startsWith/endsWith` with a position,
`split(sep, limit)`, negative slices). Every program is valid in both languages (the JavaScript twin
drops the types, makes `"…${x}…"` a template literal and starts with `NODE_PRELUDE`,
which gives it Utah's `json`, `string` and `array` namespaces), and the same seed always
gives the same program.

What the programs avoid, because JavaScript leaves it to the implementation or Utah
documents a difference (docs/DESIGN.md, known limitations): sorting with an
inconsistent comparison (NaN in an array sorted by `a - b`); `**` of a non-integer base
(V8 and the C library round some powers differently in the last digit); an array
printed by `console.log` as a whole (Node's inspection format); a format directive in
a first argument of `console.log` followed by others (`%s`: Utah prints it verbatim);
characters outside ASCII (Utah counts code points); keys that are array indices (Utah
keeps keys in the order they were set); copies of objects (Utah's assignment copies,
JavaScript's shares); NaN and infinities stored in an object (JSON has neither: Utah
stores null). Also avoided: a callback that changes the array it iterates
(JavaScript's iteration sees the change, Utah's a copy: DESIGN.md); keys of q1
that look like array indices (DESIGN.md: key order); `Number()` of an `any` holding a
string and an `any` stored in a typed variable (DESIGN.md: "an `any` holding … stored in
a string"); an untyped `any[]` (DESIGN.md: raw text); printing json.values' elements
(DESIGN.md: JSON text). Not in the language, so not generated: labelled break/continue
(a labelled loop is a shell command line), nested function declarations (an error),
bitwise operators, functions returning functions, arrows outside array methods,
`delete`, `in`, `at`, `charCodeAt`, `fill`, `flat`, findIndex. KNOWN_BUGS lists a
documented difference the generator steers around. Negative zero, which Utah does not
keep, is compared as zero (`same_output`). Appends to a string are cut to 40 characters: one appended to itself
in nested loops would grow to megabytes, which a shell takes minutes to split and join;
so are strings stored in p1.tags and q1 (JSON text of p1 stored in p1 doubles at each
round, its escapes too).

`python tests/differential.py FIRST COUNT [POSIX-SHELL...]` runs seeds FIRST… against
node, bash and dash (or the POSIX shells named: `mksh yash posh 'busybox sh'`), and
prints each program whose output differs (tests/test_differential.py runs a fixed few in
the test suite). mksh differs where a value passes 2^31 (its arithmetic is 32-bit:
documented).
"""
from __future__ import annotations

import contextlib
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

STRINGS = ["abc", "a b", "", " x ", "hello world", "a,b,c", "*", "$HOME", "-n", "12", "3.5",
           "  42px", "x\\ty", "a\\\\b", "it\\'s", "0x1A", "AbC", "1e3", "-7", "%s", "a\\nb", "(", "!",
           "\\u{41}\\u0062c", "\\x41\\x2a", 'q\\"t', "\\`\\$1", "\\u00410", "\\u{7e}\\x20\\v"]
# Escapes of JavaScript that all three of Utah's string forms take (LANGUAGE.md §2), each
# one character
ESCAPES = ["\\t", "\\n", "\\u{41}", "\\u0042", "\\x43", "\\\\", "\\'", '\\"', "\\`", "\\$",
           "\\u{7e}", "\\x20", "\\r", "\\u{24}{", "\\x7B", "\\f", "\\u{24}HOME", "\\x24(echo hi)", "\\$(",
           "\\u0024{n1}", "\\${s1}"]
# Differences the generator found. Fixed since, and generated: a `return` in a forEach
# callback, `every` of a negated test, `includes(x, from)`, an array read from JSON
# within an expression, json.stringify of an `any` holding NaN. Left, documented in
# docs/DESIGN.md (known limitations: operators and built-ins take an `any` by its static
# type), and never written by the generator: `v + 1` with `v: any` holding a string adds
# (NaN) instead of concatenating; `v < "b"` compares as numbers; an `any` holding a string
# passed to a built-in's string parameter arrives as JSON text (`string.toUpperCase(v)` is
# "\"AB\"", `parseInt(v)` NaN). One is steered around while it is in KNOWN_BUGS (remove
# it to generate the construct again): "any-equals", `v === "5"` with `v: any` holding
# the number 5 is true.
KNOWN_BUGS = {"any-equals"}
NUMBERS = ["0", "1", "2", "3", "10", "0.5", "1.5", "7", "-2", "100", "0.1", "0.2", "1e21", "123456789",
           "0.000001", "1e-7", "0x1F", "2.5e-3", "-0.5", "4294967296"]
# What the JavaScript twin needs of Utah's namespaces: json.stringify/parse, and the
# namespace forms of string and array methods (`string.trim(s)` is `s.trim()`)
# A json.* path is jq's (`.a.b`, `.a[0]`, `."k.e.y"`); one written as a template literal
# has each `${…}` as one key, so the twin makes it a tagged template (jp`.${k}`) that
# keeps the keys apart.
NODE_PRELUDE = r"""const parsePath = (p) => {
  const out = [], re = /\[(\d+)\]|"((?:[^"\\]|\\.)*)"|([^.\[\]"]+)/g;
  for (let m; (m = re.exec(p));) out.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? JSON.parse('"' + m[2] + '"') : m[3]);
  return out;
};
const jp = (strs, ...vals) => strs.flatMap((t, i) => [...parsePath(t), ...(i < vals.length ? [String(vals[i])] : [])]);
const segs = (p) => Array.isArray(p) ? p : parsePath(p);
const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const at = (o, path) => {
  let v = o;
  for (const s of segs(path)) {
    if (Array.isArray(v)) { const i = Number(s); if (!(i >= 0 && i < v.length)) return undefined; v = v[i]; }
    else if (isObj(v) && Object.prototype.hasOwnProperty.call(v, s)) v = v[s];
    else return undefined;
  }
  return v;
};
const clone = (v) => v === undefined ? null : JSON.parse(JSON.stringify(v));
const json = {stringify: (v, pretty) => pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v),
  parse: JSON.parse,
  get: (o, p) => at(o, p) ?? null,
  getString: (o, p) => at(o, p) ?? "",
  getNumber: (o, p) => at(o, p) ?? NaN,
  getBoolean: (o, p) => at(o, p) ?? false,
  getArray: (o, p) => at(o, p) ?? [],
  has: (o, p) => at(o, p) !== undefined,
  set: (o, p, value) => {
    const r = clone(o), ss = segs(p);
    let v = r;
    ss.forEach((s, n) => {
      const key = Array.isArray(v) ? Number(s) : s;
      if (n === ss.length - 1) { while (Array.isArray(v) && v.length < key) v.push(null); v[key] = clone(value); return; }
      if (v[key] === undefined || v[key] === null) v[key] = typeof ss[n + 1] === "number" ? [] : {};
      v = v[key];
    });
    return r;
  },
  delete: (o, p) => {
    const r = clone(o), ss = segs(p), parent = at(r, ss.slice(0, -1)), last = ss[ss.length - 1];
    if (Array.isArray(parent)) { if (Number(last) < parent.length) parent.splice(Number(last), 1); }
    else if (isObj(parent)) delete parent[last];
    return r;
  },
  keys: (o) => Object.keys(o),
  values: (o) => Object.values(o),
  merge: (a, b) => isObj(a) && isObj(b)
    ? Object.fromEntries([...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))].map(
        (k) => [k, k in b ? (k in a ? json.merge(a[k], b[k]) : b[k]) : a[k]]))
    : b,
};
const string = new Proxy({}, {get: (_, name) => (s, ...rest) => s[name](...rest)});
const array = string;
"""


class ProgramGenerator:
    """Expressions of each type and statements, drawn from `rng`; `depth` bounds nesting."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.names = 0  # loop variables made so far (each has its own name)
        # Names an expression may read besides the globals: loop variables and callback
        # parameters in scope where it stands, by type (closures capture them)
        self.scope: dict[str, list[str]] = {"number": [], "string": []}
        self.frozen = 0  # > 0 inside the body of an iteration of a1 or a2: no statement changes them

    @contextlib.contextmanager
    def bound(self, kind: str, *names: str):
        """A context in which `names` (of type `kind`: loop variables) may be read."""
        self.scope[kind].extend(names)
        try:
            yield
        finally:
            del self.scope[kind][len(self.scope[kind]) - len(names):]

    def callback(self, body, params: tuple[str, ...] = ("number",)) -> str:
        """An arrow function whose parameters have the types `params` ("number" or
        "string") and whose body is `body()`, an expression generated where the parameters
        may be read, sometimes as a block with a local `let` and a `return`. A parameter
        is usually a fresh name, sometimes one that shadows a global or an enclosing loop
        variable or parameter of its type."""
        r = self.r
        names: list[str] = []
        for kind in params:
            name = self.fresh("v")
            if r.random() < 0.25:
                shadow = r.choice([{"number": "n1", "string": "s1"}[kind], *self.scope[kind]])
                if shadow not in names:
                    name = shadow
            names.append(name)
        saved = {k: list(v) for k, v in self.scope.items()}
        for name, kind in zip(names, params):
            self.scope[kind].append(name)
        try:
            text = body()
        finally:
            self.scope = saved
        if r.random() < 0.25:
            local = self.fresh("y")
            return f"({', '.join(names)}) => {{ let {local} = {text}; return {local}; }}"
        return f"({', '.join(names)}) => {text}"

    # ------------------------------------------------------------------ values

    def string_literal(self) -> str:
        return "'" + self.r.choice(STRINGS) + "'"

    def escaped_text(self) -> str:
        """Text with escapes between plain characters, for any of the three string forms."""
        r = self.r
        return "".join(r.choice([r.choice(ESCAPES), r.choice(["a", "b", " ", "-", "%", "*", ",", "0"])])
                       for _ in range(r.randint(1, 4)))

    def escaped_string(self, depth: int) -> str:
        """A string literal with escapes, in one of Utah's three forms: quoted, double-quoted
        (interpolating: written `"dq …"`, which the JavaScript twin makes a template
        literal), template literal, the last two with interpolations of nested templates
        and conditionals."""
        r = self.r
        text = self.escaped_text

        def part() -> str:
            if depth > 2 or r.random() < 0.5:
                return text()
            expression = r.choice([
                lambda: self.string(depth + 1),
                lambda: self.number(depth + 1),
                lambda: f"{self.boolean(depth + 1)} ? `{text()}${{{self.number(depth + 2)}}}` : {self.string(depth + 1)}",
                lambda: f"`{text()}${{{self.string(depth + 2)}}}{text()}`",
            ])()
            if '"' in expression:  # (a "dq …" string holds no double quote: see program())
                expression = r.choice(["n1", "s2", "b1"])
            return "${" + expression + "}"
        return r.choice([
            lambda: f"'{text()}'",
            lambda: f'"{text()}"',
            lambda: f'"dq {"".join(part() for _ in range(r.randint(1, 3)))}"',
            lambda: f"`{''.join(part() for _ in range(r.randint(1, 3)))}`",
        ])()

    # ------------------------------------------------------------------ any

    def any_scalar(self) -> str:
        """A value for y1 (`any`): a number, a string or a boolean."""
        r = self.r
        number = lambda: self.number(2)  # noqa: E731
        return r.choice([number, lambda: self.string(2), lambda: self.boolean(2),
                         lambda: f"ia({r.choice([number, lambda: self.string(2)])()})"])()

    def any_string(self, depth: int) -> str:
        """A string made of y1 (`any`)."""
        r = self.r
        s = lambda: self.string(depth + 1)  # noqa: E731
        y = r.choice(["y1", "y1", f"ia({self.any_value()})", f"ia(y1)"])
        return r.choice([
            lambda: f"String({y})", lambda: f"`<${{{y}}}>`", lambda: f"(typeof {y})", lambda: f"ty({y})",
            lambda: f"({y} ? {s()} : {s()})", lambda: f"String({y} ?? {s()})", lambda: f"String({y} || {s()})",
            lambda: f"String({y} && {s()})", lambda: f"({y} + {s()})", lambda: f"({s()} + {y})",
            lambda: f"g({y})", lambda: "\"dq ${y1}\"",
            lambda: f"json.stringify({y})",
            lambda: "json.stringify(" + r.choice(["[y1, 1]", '{ "y": y1 }']) + ")",
        ])()

    def any_boolean(self, depth: int) -> str:
        r = self.r
        literal = r.choice([self.string_literal(), r.choice(NUMBERS), r.choice(["true", "false"])])
        if "any-equals" in KNOWN_BUGS and literal.startswith("'") and re.fullmatch(
                r"'\s*(-?[\d.]+(e-?\d+)?|0x[\dA-F]+|true|false|null|Infinity|NaN)\s*'", literal):
            literal = "'abc'"
        return r.choice([lambda: "!y1", lambda: f"(y1 {r.choice(['===', '!=='])} {literal})",
                         lambda: f"(ia({self.boolean(depth + 1)}) === true)", lambda: "(y1 === y1)"])()

    # ------------------------------------------------------------------ json.* on q1
    # q1 keeps a type at each of its fixed paths: .k a number, ."x y" a string, .list an
    # array of numbers, .sub an object whose .z is a boolean; other keys hold anything.

    def key(self) -> str:
        """A path of one key written as a template literal (each `${…}` is one key, dots
        and all); never a key of q1's fixed ones, never an array index."""
        r = self.r
        key = r.choice(["'k.e.y'", "'new'", "'*'", "'$HOME'", "'-n'", "'a b'", "''", "'q.r'", "'x-y'",
                        "'k:' + s1", "'k' + n1", "`${s2}:`"])
        return r.choice([f"`.${{{key}}}`", f"`.sub.${{{key}}}`"])

    def path(self) -> str:
        return self.r.choice(["'.k'", "'.x y'", "'.list'", "'.list[0]'", "'.list[1]'", "'.sub'", "'.sub.z'",
                              "'.\"q.r\"'", "'.nope'", "'.nope.deeper'", "`.${'k'}`", self.key(), self.key()])

    def json_value(self) -> str:
        r = self.r
        return r.choice([self.finite, lambda: self.string(2), lambda: self.boolean(2),
                         lambda: r.choice(["a2", "p1", "o1.in", "[1, 'a', true, [2]]", "{}", "[]"]),
                         lambda: f"{{ \"m\": {self.finite()}, \"t\": [{self.paren(self.string(3))}.slice(0, 40)] }}"])()

    def json_object(self) -> str:
        return self.r.choice([lambda: "o1.in", lambda: "{}", lambda: f"{{ \"m\": {self.finite()} }}",
                              lambda: f"{{ \"sub\": {{ \"y\": {self.string(3)} }}, \"k\": [3], \"x y\": {{}} }}",
                              lambda: f"{{ \"list\": [{self.finite()}], \"sub\": {{ \"z\": false }} }}"])()

    def json_set(self) -> str:
        r = self.r
        path, value = r.choice([
            lambda: ("'.k'", self.finite()),
            lambda: (r.choice(["'.x y'", "`.${'x y'}`"]), self.string(2)),
            lambda: ("'.list[0]'", self.finite()),
            lambda: ("'.list'", f"[{self.finite()}, {self.small()}]"),
            lambda: ("'.sub.z'", self.boolean(2)),
            lambda: (self.key(), self.json_value()),
        ])()
        return f"json.set(q1, {path}, {value})"

    def small(self, high: int = 6) -> str:
        return str(self.r.randint(-3, high))

    @staticmethod
    def paren(text: str) -> str:
        """`text` as a receiver or operand: a name as it is, anything else in parentheses
        (`2.toFixed()` is no JavaScript)."""
        return text if text.isidentifier() or text.startswith("(") else f"({text})"

    def number(self, depth: int = 0) -> str:
        r = self.r
        if depth > 3 or r.random() < 0.25:
            if self.scope["number"] and r.random() < 0.5:
                return r.choice(self.scope["number"])
            return r.choice(["n1", "n2", "n3", "f1", *NUMBERS])
        n = lambda: self.number(depth + 1)  # noqa: E731
        s = lambda: self.string(depth + 1)  # noqa: E731
        b = lambda: self.boolean(depth + 1)  # noqa: E731
        v = r.choice(["n1", "n2", "n3"])
        return r.choice([
            lambda: f"({n()} {r.choice(['+', '-', '*', '/', '%'])} {n()})",
            lambda: f"({n()} {r.choice(['+', '-', '*'])} {n()})",
            lambda: f"-{self.paren(n())}",
            lambda: f"Math.{r.choice(['floor', 'ceil', 'round', 'abs'])}({n()})",
            lambda: f"Math.{r.choice(['min', 'max'])}({n()}, {n()})",
            lambda: f"(Math.floor({n()}) ** {r.choice(['0', '1', '2', '3'])})",
            lambda: f"{self.paren(s())}.length",
            lambda: f"{self.paren(s())}.{r.choice(['indexOf', 'lastIndexOf'])}({s()})",
            lambda: f"parseInt({s()})",
            lambda: f"parseInt({s()}, {r.choice(['10', '16', '2', '8'])})",
            lambda: f"{r.choice(['parseFloat', 'Number'])}({s()})",
            lambda: f"({self.boolean(depth + 1)} ? {n()} : {n()})",
            lambda: f"({n()} || {n()})",
            lambda: f"{v}{r.choice(['++', '--'])}",
            lambda: f"{r.choice(['++', '--'])}{v}",
            lambda: f"(a1[{r.randint(-1, 4)}] ?? -1)",
            lambda: r.choice(["a1.length", "a1.reduce((p, x) => p + x, 0)", "(a1.find((x) => x > 2) ?? -9)"]),
            lambda: f"a1.indexOf({n()})",
            lambda: f"a1.filter((x) => x > {n()}).length",
            lambda: f"a1.slice({self.small()}).length",
            lambda: r.choice([f"f({n()})", f"h({n()})", "h()", f"k({r.randint(0, 6)})", f"g({s()}).length"]),
            # (a JSON value has type any: typed by Number() to be a receiver of number methods)
            lambda: f"Number({r.choice(['o1.a', 'o1.in.c', 'o1.arr.length', 'o1.arr[0] ?? -1', 'o1.s.length'])})",
            lambda: f"Math.{r.choice(['sqrt', 'abs'])}({n()})",
            lambda: f"Math.pow({n()}, {r.choice(['0', '1', '2', '3', '-1'])})",
            lambda: f"{s()}.split(/{r.choice(['[ ,]+', 'b', ' ', '[0-9]'])}/).length",
            lambda: f"a1.concat([{n()}, {self.small()}], a1).length",
            lambda: f"w({n()}).length",
            lambda: r.choice(["p1.n", "p1.tags.length", "p1.name.length", "p1.tags.indexOf(s1)"]),
            # callbacks that read outer variables: globals, loop variables, enclosing parameters
            lambda: f"a1.filter({self.callback(b, r.choice([('number',), ('number', 'number')]))}).length",
            lambda: f"(a1.find({self.callback(b)}) ?? -9)",
            lambda: f"a1.reduce({self.callback(n, ('number', 'number', 'number')[:r.randint(2, 3)])}, {n()})",
            lambda: f"a1.map({self.callback(n, r.choice([('number',), ('number', 'number')]))})"
                    f".reduce({self.callback(n, ('number', 'number'))}, 0)",
            lambda: f"a2.filter({self.callback(b, r.choice([('string',), ('string', 'number')]))}).length",
            lambda: f"a2.map({self.callback(n, ('string',))}).reduce((p, q) => p + q, {n()})",
            lambda: f"cb(a1, {n()}).length",
            # positions: fromIndex and friends, negative ones too
            lambda: f"{self.paren(s())}.{r.choice(['indexOf', 'lastIndexOf'])}({s()}, {self.small(8)})",
            lambda: f"a1.indexOf({n()}, {self.small()})",
            lambda: f"a2.indexOf({s()}, {self.small()})",
            lambda: f"(a1[{self.small()}]?.toFixed({r.randint(0, 2)}) ?? 'none').length",
            lambda: f"(a2[{self.small()}]?.length ?? -1)",
            lambda: f"{self.paren(s())}.split({self.string_literal()}, {r.randint(0, 3)}).length",
            lambda: r.choice(["json.getNumber(q1, '.k')", "json.getNumber(q1, '.list[0]')", "json.keys(q1).length",
                              "json.getNumber(q1, `.${'k'}`)", "json.getNumber(q1, '.list[1]')",
                              "json.values(q1).length", "json.getArray(q1, '.list').length"]),
        ])()

    def callback_string(self, depth: int) -> str:
        """A string made with a callback."""
        r = self.r
        n = lambda: self.number(depth + 1)  # noqa: E731
        s = lambda: self.string(depth + 1)  # noqa: E731
        b = lambda: self.boolean(depth + 1)  # noqa: E731
        return r.choice([
            lambda: f"a1.map({self.callback(s, r.choice([('number',), ('number', 'number')]))})"
                    f".join({self.string_literal()})",
            lambda: f"a2.map({self.callback(s, r.choice([('string',), ('string', 'number')]))}).join()",
            lambda: f"a2.filter({self.callback(b, ('string',))}).join('/')",
            lambda: f"(a2.find({self.callback(b, r.choice([('string',), ('string', 'number')]))}) ?? 'none')",
            lambda: f"a1.reduce({self.callback(s, ('string', 'number'))}, {self.string_literal()})",
            lambda: f"a2.reduce({self.callback(s, ('string', 'string', 'number')[:r.randint(2, 3)])}, '')",
            lambda: f"cb({r.choice(['a1', 'w(n2)', '[]'])}, {n()})",
            lambda: f"lp({r.choice(['a1', 'w(n3)'])})",
        ])()

    def string(self, depth: int = 0) -> str:
        r = self.r
        if depth > 3 or r.random() < 0.3:
            if self.scope["string"] and r.random() < 0.5:
                return r.choice(self.scope["string"])
            return r.choice(["s1", "s2", "s3", self.string_literal()])
        n = lambda: self.number(depth + 1)  # noqa: E731
        s = lambda: self.paren(self.string(depth + 1))  # noqa: E731
        return r.choice([
            lambda: f"({s()} + {r.choice([self.string(depth + 1), n()])})",
            lambda: f"`<${{{n()}}}|${{{self.string(depth + 1)}}}|${{{self.boolean(depth + 1)}}}>`",
            lambda: f"{s()}.{r.choice(['toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd'])}()",
            lambda: f"{s()}.{r.choice(['slice', 'substring'])}({self.small()}, {self.small()})",
            lambda: f"{s()}.{r.choice(['padStart', 'padEnd'])}({self.small(12)}, {self.string_literal()})",
            lambda: f"{s()}.repeat({r.choice(['0', '1', '2', '3'])})",
            lambda: f"{s()}.{r.choice(['replace', 'replaceAll'])}({self.string_literal()}, {self.string_literal()})",
            lambda: f"{s()}.split({self.string_literal()}).join({self.string_literal()})",
            lambda: f"{s()}.charAt({self.small()})",
            lambda: f"String({n()})",
            lambda: f"{self.paren(n())}.toFixed({r.choice(['0', '1', '2', '3'])})",
            lambda: f"{self.paren(n())}.toString()",
            lambda: f"({self.boolean(depth + 1)} ? {s()} : {s()})",
            lambda: f"({s()} || {s()})",
            lambda: r.choice(["a1.join()", "a2.join('|')", "a1.map((x) => x * 2).join('-')", "`${a1}`",
                              "a2.map((x, i) => x + i).join(';')", "a2.filter((x) => x.length > 1).join()",
                              "(a2[0]?.toUpperCase() ?? 'none')", f"(typeof {r.choice(['n1', 's1', 'b1', 'a1'])})"]),
            lambda: f"g({self.string(depth + 1)})",
            lambda: f"t({n()})",
            lambda: r.choice(["String(o1.s)", "String(o1.in.b)", "json.stringify(o1)", "json.stringify(o1.in)",
                              "json.stringify(o1.arr)", "`${o1.arr}`"]),
            lambda: f'"dq ${{{r.choice(["n1", "f1", "o1.a", "s2", "o1.in.b", "a1"])}}}'
                    f'|${{{r.choice(["s1", "b1", "n2 + 1"])}}}"',
            lambda: f"{s()}.{r.choice(['replace', 'replaceAll'])}(/{r.choice(['[a-c]+', ' ', 'x|y', '[0-9]'])}/g, "
                    f"{self.string_literal()})",
            lambda: f"{r.choice(['string.trim', 'string.toUpperCase'])}({self.string(depth + 1)})",
            lambda: f"array.join({r.choice(['a1', 'a2'])}, {self.string_literal()})",
            lambda: f"Math.floor({n()}).toString({r.choice(['2', '8', '16', '36'])})",
            lambda: f"u({r.choice(['a1', 'w(n1)', 'a1.slice(1)', '[]'])})",
            lambda: f"w({n()}).map((x) => x + {n()}).join(';')",
            lambda: r.choice(["p1.name", "p1.tags.join('+')", "json.stringify(p1)", "p1.name.toUpperCase()",
                              "(p1.tags[1] ?? 'no tag')"]),
            lambda: self.callback_string(depth),
            lambda: self.escaped_string(depth),
            lambda: self.any_string(depth),
            lambda: f"({r.choice(['s1', 's2', 's3'])}[{self.small()}] ?? 'u')",
            lambda: f"(a2[{self.small()}]?.{r.choice(['trim', 'toUpperCase'])}() ?? 'none')",
            lambda: f"a1.slice({self.small()}, {self.small()}).join('.')",
            lambda: f"{s()}.split({self.string_literal()}, {r.randint(0, 3)}).join('|')",
            lambda: r.choice([lambda: "json.getString(q1, " + r.choice(["`.${'x y'}`", "'.x y'", "'.nope'"]) + ")",
                              lambda: f"json.stringify(json.get(q1, {self.path()}))",
                              lambda: "json.keys(q1).join('|')",
                              lambda: f"json.stringify(json.merge(q1, {self.json_object()}))",
                              lambda: f"json.stringify(json.merge({self.json_object()}, q1))",
                              lambda: f"json.stringify({self.json_set()})",
                              lambda: f"json.stringify(json.delete(q1, {self.path()}))"])(),
        ])()

    def boolean(self, depth: int = 0) -> str:
        r = self.r
        if depth > 3 or r.random() < 0.2:
            return r.choice(["b1", "true", "false"])
        b = lambda: self.boolean(depth + 1)  # noqa: E731
        return r.choice([
            lambda: f"({self.number(depth + 1)} {r.choice(['<', '>', '<=', '>=', '===', '!=='])} {self.number(depth + 1)})",
            lambda: f"({self.string(depth + 1)} {r.choice(['<', '>', '===', '!=='])} {self.string(depth + 1)})",
            lambda: f"({b()} {r.choice(['&&', '||'])} {b()})",
            lambda: f"{b()} {r.choice(['&&', '||'])} {b()} {r.choice(['&&', '||'])} {b()}",
            lambda: f"!{self.paren(b())}",
            lambda: f"{self.paren(self.string(depth + 1))}.{r.choice(['includes', 'startsWith', 'endsWith'])}({self.string(depth + 1)})",
            lambda: f"isNaN({self.number(depth + 1)})",
            lambda: r.choice([f"a1.includes({self.number(depth + 1)})", f"a2.includes({self.string(depth + 1)})",
                              f"a1.some((x) => x > {self.number(depth + 1)})", "a1.every((x) => x < 5)"]),
            lambda: r.choice([f"json.has(q1, {self.path()})", "json.getBoolean(q1, '.sub.z')"]),
            lambda: self.any_boolean(depth),
            lambda: f"{self.paren(self.string(depth + 1))}.{r.choice(['includes', 'startsWith', 'endsWith'])}"
                    f"({self.string(depth + 1)}, {self.small(8)})",
            lambda: f"{r.choice(['a1', 'a2'])}.includes({r.choice(['1', '2', 'n1', 's1', '0 / 0'])}, {self.small()})"
                    .replace("a1.includes(s1", "a1.includes(n1").replace("a2.includes(n1", "a2.includes(s1")
                    .replace("a2.includes(1", "a2.includes('a'").replace("a2.includes(2", "a2.includes('b'")
                    .replace("a2.includes(0 / 0", "a2.includes(s2"),
            lambda: f"a1.{r.choice(['some', 'every'])}({self.callback(b, r.choice([('number',), ('number', 'number')]))})",
            lambda: f"a2.{r.choice(['some', 'every'])}({self.callback(b, r.choice([('string',), ('string', 'number')]))})",
        ])()

    def finite(self) -> str:
        """A number neither NaN nor infinite, for a JSON object: JSON has neither, so Utah
        stores null where a JavaScript object keeps the number."""
        return f"(Math.min(Math.max({self.number(2)}, -1000), 1000) || 0)"

    def any_value(self) -> str:
        return self.r.choice([self.number, self.string, self.boolean])()

    # ------------------------------------------------------------------ statements

    def fresh(self, prefix: str) -> str:
        self.names += 1
        return f"{prefix}{self.names}"

    def statements(self, depth: int, count: int | None = None) -> list[str]:
        return [line for _ in range(count or self.r.randint(1, 3)) for line in self.statement(depth)]

    def statement(self, depth: int) -> list[str]:
        r = self.r
        simple = [
            lambda: [f"console.log({self.any_value()});"],
            lambda: [f"console.log({self.number()}, {self.string()}, {self.boolean()});"],
            lambda: [f"{r.choice(['n1', 'n2', 'n3', 'f1'])} {r.choice(['=', '+=', '-=', '*='])} {self.number()};"],
            lambda: [f"{r.choice(['n1', 'n2', 'n3'])} {r.choice(['%=', '/=', '||=', '??='])} "
                     f"{r.choice(['2', '3', '0.5', '-1', 'n2'])};", "console.log(n1, n2, n3);"],
            lambda: [f"{r.choice(['n1', 'n2', 'n3'])}{r.choice(['++', '--'])};"],
            lambda: [f"{r.choice(['s1', 's2', 's3'])} {r.choice(['=', '||='])} {self.string()};"],
            lambda: [(lambda v: f"{v} = ({v} + {self.string()}).slice(0, 40);")(r.choice(['s1', 's2', 's3']))],
            lambda: [f"console.log(`${{{self.number(1)}}}-${{{self.boolean(1)}}}`, "
                     f"typeof {r.choice(['n1', 's1', 'b1', 'a1', 'a2', 'o1', 'o1.a', 'o1.in.b'])});"],
            lambda: [r.choice([f"o1.a = {self.finite()};", f"o1.s = {self.string(2)};",
                               f"o1.in.b = {self.string(2)};", f"o1.in.c = {self.finite()};",
                               f"o1.arr = [{self.finite()}, {self.small()}];"])],
            lambda: [f"console.log(json.stringify(o1{r.choice(['', ', true'])}));"],
            lambda: [r.choice([f"p1.n = {self.finite()};", f"p1.name = {self.string(2)};",
                               f"p1.tags = [{self.paren(self.string(3))}.slice(0, 60), {self.string_literal()}];"])],
            lambda: ["for (const k in o1) {", "console.log('key', k);", "}"],
            *([lambda: self.for_each()] if self.frozen < 2 else []),
            lambda: [f"y1 = {self.any_scalar()};"],
            lambda: [f"{r.choice(['n1', 'n2', 'n3', 'f1'])} &&= {self.number(2)};", "console.log(n1, n2, n3, f1);"],
            lambda: [f"{r.choice(['s1', 's2', 's3'])} {r.choice(['&&=', '??='])} {self.string(2)};",
                     "console.log('s', s1, s2, s3);"],
            lambda: [f"b1 {r.choice(['&&=', '||=', '??='])} {self.boolean(2)};", "console.log(b1);"],
            # (`**` of an integer base only: see the docstring)
            lambda: (lambda v: [f"{v} = Math.floor({v}) % 50;", f"{v} **= {r.choice(['0', '1', '2', '3', '-1'])};",
                                f"console.log({v});"])(r.choice(['n1', 'n2', 'n3'])),
            lambda: [f"q1 = {self.json_set()};"],
            lambda: [f"q1 = json.delete(q1, {self.path()});"],
            lambda: [f"console.log(json.stringify(q1{r.choice(['', ', true'])}));"],
            lambda: ["for (const k in q1) {", "console.log(k, json.stringify(json.get(q1, `.${k}`)));", "}"],
        ]
        # what changes a1 or a2, which a `for … of` or `forEach` that iterates them must
        # not do (JavaScript's iteration sees the change, Utah's iterates a copy)
        mutating = [
            lambda: [f"a1.push({self.number(2)} || 0);"],  # (no NaN: see the module's docstring)
            lambda: ["console.log(a1.pop() ?? 'empty', a1.length);"],
            lambda: [f"a2.{r.choice(['push', 'unshift'])}({self.string(2)});"],
            lambda: ["console.log(a2.shift() ?? 'empty');"],
            lambda: [f"console.log(a1.splice({self.small(3)}, {r.randint(0, 2)}).join(), a1.join());"],
            lambda: [r.choice(["a1.sort((p, q) => p - q);", "a1.sort((p, q) => q - p);", "a2.sort();",
                               "a1.reverse();"]), "console.log(a1.join(), a2.join());"],
        ]
        if not self.frozen:
            simple += mutating
        if depth >= 2:
            return r.choice(simple)()
        inner = lambda: self.statements(depth + 1)  # noqa: E731
        compound = [
            lambda: [f"if ({self.boolean()}) {{", *inner(), "} else {", *inner(), "}"],
            lambda: self.for_loop(inner),
            lambda: self.for_of(depth + 1),
            lambda: self.while_loop(),
            lambda: self.do_while(),
            lambda: [f"switch ({r.choice(['n1', 'n2', 'n3'])} % 3) {{", "case 0:", *inner(),
                     *(["break;"] if r.random() < 0.6 else []), "case 1:", "case -1:", *inner(), "break;",
                     "default:", *inner(), "}"],
            lambda: [f"switch ({r.choice(['s1', 's2', 's3'])}) {{", f"case {self.string_literal()}:", *inner(),
                     "break;", f"case {self.string_literal()}:", f"case {self.string_literal()}:", *inner(),
                     *(["break;"] if r.random() < 0.5 else []), "default:", *inner(), "}"],
            lambda: ["try {", f"if ({self.boolean()}) {{ throw {self.string(2)}; }}", *inner(),
                     "} catch (e) {", "console.log('caught', e);", "} finally {", "console.log('finally');", "}"],
        ]
        return r.choice(simple + compound)()

    def for_loop(self, inner) -> list[str]:
        i = self.fresh("i")
        skip = [f"if ({i} == {self.r.randint(0, 2)}) {{ continue; }}"] if self.r.random() < 0.4 else []
        with self.bound("number", i):  # (callbacks in the body capture i)
            body = inner()
        return [f"for (let {i} = 0; {i} < {self.r.randint(0, 3)}; {i}++) {{", *skip,
                f"console.log('loop', {i});", *body, "}"]

    def for_of(self, depth: int = 2) -> list[str]:
        x = self.fresh("x")
        source = self.r.choice(["a1", "a2"])
        body = ([f"if ({x} < 0) {{ continue; }}", f"if ({x} > 7) {{ break; }}", f"console.log('of', {x} % 3);"]
                if source == "a1" else [f"console.log('item', {x});"])
        self.frozen += 1
        with self.bound("number" if source == "a1" else "string", x):
            body += self.statements(max(depth, 2), self.r.randint(0, 2))
        self.frozen -= 1
        return [f"for (const {x} of {source}) {{", *body, "}"]

    def for_each(self) -> list[str]:
        """`forEach` with a block body: statements that read the element, the index and
        outer variables, write globals, and sometimes `return` early (JavaScript's
        `continue` of forEach)."""
        r = self.r
        source, kind = r.choice([("a1", "number"), ("a2", "string")])
        x, i = self.fresh("e"), self.fresh("j")
        self.frozen += 1
        with self.bound(kind, x), self.bound("number", i):
            body = [f"console.log('fe', {x}, {i}, {self.any_value()});"]
            if r.random() < 0.3:
                body.append(f"if ({self.boolean(2)}) {{ return; }}")
            body += self.statements(2, r.randint(0, 2))
        self.frozen -= 1
        return [f"{source}.forEach(({x}, {i}) => {{", *body, "});"]

    def while_loop(self) -> list[str]:
        c = self.fresh("c")
        r = self.r
        return [f"let {c} = 0;", f"while ({c} < {r.randint(0, 5)}) {{", f"{c}++;",
                f"if ({c} == {r.randint(1, 3)}) {{ continue; }}", f"if ({self.boolean(2)}) {{ break; }}",
                f"console.log('w', {c});", "}"]

    def do_while(self) -> list[str]:
        c = self.fresh("c")
        return [f"let {c} = {self.r.randint(0, 3)};", "do {", f"console.log('do', {c});", f"{c}--;",
                f"}} while ({c} > 0);"]


def program(seed: int) -> tuple[str, str]:
    """(Utah source, JavaScript source) of the program of `seed`."""
    g = ProgramGenerator(random.Random(seed))
    r = g.r
    lines = [f"let n1: number = {r.choice([0, 1, 2, 3, 7, -4, 10, 255])};",
             f"let n2: number = {r.choice([5, -3, 12, 100, 1])};",
             f"let n3: number = {r.choice([0, 2, -1, 9])};",
             f"let f1: number = {r.choice(['0.5', '2.25', '-1.5', '3.75', '0.1', '1e3'])};",
             *(f"let s{i}: string = {g.string_literal()};" for i in (1, 2, 3)),
             f"let b1: boolean = {r.choice(['true', 'false'])};",
             f"let a1: number[] = [{', '.join(str(r.randint(-3, 9)) for _ in range(r.randint(0, 4)))}];",
             f"let a2: string[] = [{', '.join(g.string_literal() for _ in range(r.randint(0, 3)))}];",
             f"let o1: object = {{ \"a\": {r.choice(NUMBERS)}, \"s\": {g.string_literal()}, "
             f"\"arr\": [{', '.join(r.choice(NUMBERS) for _ in range(r.randint(0, 3)))}], "
             f"\"in\": {{ \"b\": {g.string_literal()}, \"c\": {r.randint(-3, 9)} }} }};",
             "function f(x: number): number {", f"if (x > {r.randint(-2, 5)}) {{ return x * 2; }}",
             "return x - 1;", "}",
             "function g(s: string): string {", f"return s + {g.string_literal()};", "}",
             f"function h(x: number = {r.choice(['3', '-1', '0.5'])}): number {{ return x * 10; }}",
             "interface P { name: string; n: number; tags: string[] }",
             f"let p1: P = {{ name: {g.string_literal()}, n: {r.choice(NUMBERS)}, tags: [{g.string_literal()}] }};",
             "let q1: object = { \"k\": 1, \"x y\": 'v', \"list\": [1, 2], \"sub\": { \"z\": true } };",
             f"let y1: any = {r.choice([r.choice(NUMBERS), g.string_literal(), 'true', 'false'])};",
             "function ia(x: any): any { return x; }",
             "function ty(x: any): string { return typeof x; }",
             "function k(n: number): number { if (n <= 1) { return 1; } return n * k(n - 1); }",
             "function u(xs: number[]): string { return xs.map((x) => x + 1).join('/') + ':' + xs.length; }",
             "function w(n: number): number[] { return [n, n * 2, -n]; }",
             # callbacks that capture a parameter, a local they write, a loop variable
             "function cb(xs: number[], m: number): string {", "let acc = '';",
             "xs.forEach((x, i) => { acc = acc + (x * m + i) + ','; });",
             f"return acc + xs.filter((x) => x > m).map((x) => x {r.choice(['-', '*', '%'])} m).join('+');", "}",
             "function lp(xs: number[]): string {", "let out = '';",
             f"for (let j = 0; j < {r.randint(1, 3)}; j++) {{",
             "out = out + xs.filter((x) => x > j).length + xs.map((x, i) => x * j + i).join('.') + ';';",
             "if (xs.some((x) => x == j)) { continue; }", "out = out + xs.find((x) => x < j) + '!';", "}",
             "return out;", "}",
             "function t(x: number): string {", "try {", "if (x > 3) { return 'big'; }",
             "if (x < 0) { throw 'neg'; }", "} catch (e) {", "return 'caught ' + e;", "} finally {",
             "console.log('fin', x);", "}", "return 'small';", "}",
             *g.statements(0, 25)]
    utah = "\n".join(lines) + "\n"
    javascript = re.sub(r": (number|string|boolean|object|any)(\[\])?(?![\w.])", "", utah)  # not `? x : string.trim(y)`
    javascript = re.sub(r'"dq ((?:[^"\\]|\\.)*)"', r"`dq \1`", javascript)  # Utah's "…${x}…" interpolates
    javascript = re.sub(r"(json\.\w+\(\w+, )`", r"\1jp`", javascript)  # (see NODE_PRELUDE)
    javascript = re.sub(r"^interface .*\n", "", javascript.replace("p1: P", "p1"), flags=re.M)
    return utah, NODE_PRELUDE + javascript


def same_output(utah: str, javascript: str) -> bool:
    """Whether the outputs agree, negative zero read as zero on both sides: Utah does not
    keep it (`0 * -1` prints 0), but prints the text "-0" that `(-0.4).toFixed(0)` gives."""
    def zero(text: str) -> str:
        return re.sub(r"(?<![\w.])-0(?![\w.])", "0", text)
    return zero(utah) == zero(javascript)


def run_node(javascript: str) -> str:
    return subprocess.run(["node", "-e", javascript], capture_output=True, text=True, timeout=60,
                          check=True).stdout


def run_compiled(script: str, shell: str) -> subprocess.CompletedProcess:
    """`script` run by `shell`, a command line (`dash`, `busybox sh`)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.sh")
        with open(path, "w") as f:
            f.write(script)
        return subprocess.run([*shlex.split(shell), path], capture_output=True, text=True, cwd=tmp,
                              timeout=30)


def main(first: int, count: int, posix_shells: list[str]) -> int:
    """Runs the programs of seeds `first`… compiled for bash in bash and for POSIX sh in
    each of `posix_shells`; prints each that differs from node (once per target)."""
    import utah
    differ = 0
    for seed in range(first, first + count):
        source, javascript = program(seed)
        expected = run_node(javascript)
        for target, shells in (("bash", ["bash"]), ("posix", posix_shells)):
            result = utah.compile_source(source, f"seed{seed}.shx", target)
            for shell in shells:
                try:
                    got = run_compiled(result.output, shell) if result.ok else None
                except subprocess.TimeoutExpired:
                    differ += 1
                    print(f"seed {seed} ({target}): no end in {shell}", flush=True)
                    break
                if got is None or not same_output(got.stdout, expected):
                    differ += 1
                    print(f"seed {seed} ({target}, {shell}): "
                          + (result.format_diagnostics() if got is None else got.stderr[-300:]), flush=True)
                    break
    print(f"{count} programs, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    if shutil.which("node") is None or len(sys.argv) < 3:
        sys.exit("usage: python tests/differential.py FIRST COUNT [POSIX-SHELL...] (default: dash;"
                 " e.g. mksh yash posh 'busybox sh'); node is needed as the JavaScript oracle")
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:] or ["dash"]))
