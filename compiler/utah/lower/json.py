"""JSON values (`object`, `any`, interfaces): literals built in the shell, the rest by jq.

Object and array literals are assembled as text with `__utah_json_quote` for strings,
so building one spawns no process. Reading and updating JSON (`obj.a.b`, `json.*`)
runs exactly one `jq` per operation (`__utah_jq`, runtime/json.py); jq writes JSON
text and the conversion to the declared type (string, number, boolean, `T[]`) is done
in the shell.

Paths (LANGUAGE.md §9) become a jq array of segments: a string is a key (or an index
when the value there is an array and the string is a whole number), a number is an
index. A literal path is split at compile time; in a template literal each `${…}` is
one key, passed to jq with `--arg` (never spliced into the program); a path held in a
variable is split at run time by `__utah_json_path`.

The lowerer reaches this module as `lw.json` and its functions take the lowerer `lw`, as
the built-ins' lowerings do: it is loaded the first time a program needs it. Most
programs have no JSON value, and loading it cost about 1% of their compilation. The
lowerer itself asks the cheap questions it has for every expression (is the type JSON,
may the expression read JSON: `value_as` and `json_array` in lower/expr.py) and comes
here only when the answer is yes.
"""
from __future__ import annotations

from .. import ast, ir
from ..ir import Word, lit
from ..records import field, record
from ..types import ANY, BOOLEAN, NULL, NUMBER, STRING, UNDEFINED, ArrayType, is_jsonish
from .nullish import NULL_TEXT, UNDEFINED_TEXT, may_be_nullish

# json.* calls whose arguments are (object, path) and that read the value at the path
READS = {"json.get": ANY, "json.getString": STRING, "json.getNumber": NUMBER,
         "json.getBoolean": BOOLEAN, "json.getArray": None}


# What `json.dumps(text, ensure_ascii=False)` and `json.loads` do with the strings of a
# compilation, without the `json` module: importing it (with `re`) took a sixth of a small
# compile. tests/test_startup.py compares them with `json` over every character.
_JSON_STRING_ESCAPES = {c: f"\\u{c:04x}" for c in range(0x20)} | {
    ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
    ord("\b"): "\\b", ord("\f"): "\\f"}
_JSON_UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def json_string(text: str) -> str:
    """`text` as a JSON string (as `json.dumps(text, ensure_ascii=False)`)."""
    return '"' + text.translate(_JSON_STRING_ESCAPES) + '"'


def element_kind(ty) -> str:
    """How `__utah_json_lines` converts elements for an array of type `ty`."""
    el = ty.element if isinstance(ty, ArrayType) else ANY
    return {STRING: "string", NUMBER: "number", BOOLEAN: "boolean"}.get(el, "json")


class JqPath(metaclass=record):
    """A path as a jq expression giving the segment array, and the jq arguments it needs."""
    expr: str = "[]"
    args: list[Word] = field(default_factory=list)


class _Slot(metaclass=record):
    """A `${…}` of a template path: always exactly one key (its text goes in by --arg)."""
    index: int


def parse_path(items: list) -> list[tuple[str, list]]:
    """Split path text (characters, with `_Slot`s for interpolations) into segments
    `("key" | "index", pieces)`; pieces are text and slots, joined to one key."""
    segs: list[tuple[str, list]] = []
    i, n = (1 if items[:1] == ["."] else 0), len(items)
    while i < n:
        if items[i] == "[" and "]" in items[i:]:
            j = items.index("]", i)
            inner, i = items[i + 1:j], j + 1
            text = "".join(inner) if all(isinstance(x, str) for x in inner) else None
            if text is not None and text.isdigit():
                segs.append(("index", [int(text)]))
            elif text is not None and len(text) >= 2 and text[0] == text[-1] == '"':
                segs.append(("key", _unescape(inner[1:-1])))
            elif inner:
                segs.append(("key" if text is not None else "index", _join(inner)))
        elif items[i] == '"':
            j = i + 1
            while j < n and items[j] != '"':
                j += 2 if items[j] == "\\" else 1
            segs.append(("key", _unescape(items[i + 1:j])))
            i = j + 1
        else:
            j = i + 1
            while j < n and items[j] not in (".", "["):
                j += 1
            segs.append(("key", _join(items[i:j])))
            i = j
        if i < n and items[i] == ".":
            i += 1
    return segs


def _join(items: list) -> list:
    pieces: list = []
    for x in items:
        if isinstance(x, str) and pieces and isinstance(pieces[-1], str):
            pieces[-1] += x
        else:
            pieces.append(x)
    return pieces


def _unescape(items: list) -> list:
    """The pieces of a "quoted" segment, with JSON escapes of its text decoded."""
    out: list = []
    k = 0
    while k < len(items):
        x = items[k]
        if x == "\\" and k + 1 < len(items) and isinstance(items[k + 1], str):
            x = _JSON_UNESCAPES.get(items[k + 1], items[k + 1])  # `\u` alone is no escape
            k += 1
        out.append(x)
        k += 1
    return _join(out)


def segment_jq(kind: str, pieces: list) -> str:
    """One path segment as jq text; a literal is a JSON literal, a slot its `$kN`."""
    if len(pieces) == 1 and isinstance(pieces[0], int) and not isinstance(pieces[0], bool):
        return str(pieces[0])
    parts = [f"$k{p.index}" if isinstance(p, _Slot) else json_string(p)
             for p in pieces]
    text = parts[0] if len(parts) == 1 else "(" + " + ".join(parts) + ")"
    return f"({text} | tonumber? // {text})" if kind == "index" else text


def _call_key(e: ast.Expr) -> str | None:
    builtin = getattr(getattr(e, "target", None), "builtin", None)
    return builtin.key if isinstance(e, ast.Call) and builtin is not None else None


# ------------------------------------------------------------ JSON text

def object_literal(lw, e: ast.ObjectLit) -> Word:
    word = lit("{")
    values = lw.in_order([prop.value for prop in e.properties], lambda value: text_of(lw, value))
    for i, (prop, value) in enumerate(zip(e.properties, values)):
        key = quote(lw, lit(prop.key))
        word = word + (lit(",") if i else Word(())) + key + lit(":") + value
    return lw.stable(word + lit("}"), force=True) if e.properties else lit("{}")


def array_literal(lw, e: ast.ArrayLit) -> Word:
    """`[1, "two", true]`: each element by its own static type (a shell array would
    lose the types of a mixed literal)."""
    word = lit("[")
    for i, text in enumerate(lw.in_order(e.elements, lambda element: text_of(lw, element))):
        word = word + (lit(",") if i else Word(())) + text
    return lw.stable(word + lit("]"), force=True) if e.elements else lit("[]")


def text_of(lw, e: ast.Expr) -> Word:
    """The JSON text of any value (strings quoted, arrays as JSON arrays)."""
    ty = e.ty
    if isinstance(e, ast.ObjectLit):
        return object_literal(lw, e)
    if isinstance(e, ast.ArrayLit):
        return array_literal(lw, e)
    if isinstance(ty, ArrayType):
        return text_of_array(lw, lw.array(e), ty.element)
    if ty in (NULL, UNDEFINED):
        return lit("null")
    w = lw.value(e)
    if ty == STRING:
        return quote(lw, w)
    if ty == NUMBER:
        if lw.is_arith(e) or w.literal not in (None, "NaN", "Infinity", "-Infinity"):
            return w  # an integer, or a finite literal: already JSON
        return lw.helper_call("__utah_json_number", [w])
    if ty == BOOLEAN:
        return w
    if ty is ANY:  # JSON has no undefined, NaN or infinity: null, as JSON.stringify writes them
        t = lw.temp()
        absent = [lit("undefined")] if may_be_nullish(e, lw.nullish) else []
        lw.emit(ir.Case(w, [([*absent, lit("NaN"), lit("Infinity"), lit("-Infinity")],
                             ir.Block([ir.Assign(t, lit("null"))])),
                            ([Word((ir.Raw("*"),))], ir.Block([ir.Assign(t, w)]))]))
        return ir.var(t)
    if ty.runtime_kind == "json":
        return w
    return quote(lw, w)


def quote(lw, w: Word) -> Word:
    literal = w.literal
    if literal is not None:
        return lit(json_string(literal))
    return lw.helper_call("__utah_json_quote", [w])


def text_of_array(lw, name: str, element) -> Word:
    kind = "string" if element == STRING else "number" if element == NUMBER else \
        "boolean" if element == BOOLEAN else "json"
    return lw.helper_call("__utah_json_array", [lit(kind), lit(name)])


# ------------------------------------------------------------ running jq

def jq(lw, what: str, source: Word, body: str, path: JqPath | None = None,
       args: tuple = (), opts: tuple = ("-c",)) -> Word:
    """One jq over `source` (JSON text) running `body`, where `@P` stands for the
    path's segment array; `body` may call the jq functions `__utah_jq` defines.
    Returns jq's output; a failure is an error naming `what`."""
    program = body.replace("@P", path.expr) if path else body
    words = [lit("__utah_jq"), lit(what), source, lit(program), *map(lit, opts),
             *(path.args if path else []), *args]
    lw.use("__utah_jq")
    lw.emit_checked(ir.Cmd(words))
    return lw.stable(ir.var("__r"), force=True)


def value_before(lw, e: ast.Expr, *later: ast.Expr) -> Word:
    """`e`'s value, copied first if evaluating `later` (a path, a value) could change it."""
    exprs = [x for ex in later for x in (ex.parts if isinstance(ex, ast.InterpString) else [ex])
             if not isinstance(x, str)]
    return lw.stable_before(lw.value(e), *exprs)


def path_argument(lw, e: ast.Expr) -> JqPath:
    """The path argument of a json.* call (LANGUAGE.md §9)."""
    if isinstance(e, ast.StringLit):
        return path_of_items(lw, list(e.value), [])
    if isinstance(e, ast.InterpString) and not (len(e.parts) == 1 and not isinstance(e.parts[0], str)):
        items: list = []
        slots: list[ast.Expr] = []
        for part in e.parts:
            if isinstance(part, str):
                items.extend(part)
            else:
                items.append(_Slot(len(slots)))
                slots.append(part)
        return path_of_items(lw, items, slots)
    text = lw.helper_call("__utah_json_path", [lw.value(e)])
    return JqPath("$p", [lit("--argjson"), lit("p"), text])


def path_of_items(lw, items: list, slots: list[ast.Expr]) -> JqPath:
    segs = parse_path(items)
    path = JqPath("[" + ",".join(segment_jq(kind, pieces) for kind, pieces in segs) + "]")
    path.args = slot_args(lw, [(f"k{i}", s) for i, s in enumerate(slots)])
    return path


def slot_args(lw, slots: list[tuple[str, ast.Expr]]) -> list[Word]:
    """`--arg NAME VALUE` for each slot, every value safe from the later slots' work."""
    words = lw.argument_values([e for _, e in slots])
    return [w for (name, _), v in zip(slots, words) for w in (lit("--arg"), lit(name), v)]


# ------------------------------------------------------------ reading

def property_chain(e: ast.Expr) -> tuple[ast.Expr, list] | None:
    """`o.a["b"][i]` on a JSON value as (o, [property names and index expressions])."""
    steps: list = []
    while isinstance(e, (ast.Member, ast.Index)) and e.object.ty is not None \
            and is_jsonish(e.object.ty):
        steps.append(e.property if isinstance(e, ast.Member) else e.index)
        e = e.object
    return (e, steps[::-1]) if steps else None


def chain_path(lw, steps: list) -> JqPath:
    segs: list[str] = []
    slots: list[tuple[str, ast.Expr]] = []
    for step in steps:
        if isinstance(step, str):
            segs.append(json_string(step))
        elif isinstance(step, ast.StringLit):
            segs.append(json_string(step.value))
        elif isinstance(step, ast.NumberLit) and float(step.value).is_integer() and step.value >= 0:
            segs.append(str(int(step.value)))
        else:
            name = f"k{len(slots)}"
            slots.append((name, step))
            segs.append(f"(${name} | tonumber)" if step.ty == NUMBER else f"${name}")
    return JqPath("[" + ",".join(segs) + "]", slot_args(lw, slots))


def is_read(e: ast.Expr) -> bool:
    if _call_key(e) is not None:
        return _call_key(e) in READS or _call_key(e) == "json.values"
    return property_chain(e) is not None


def source_of(lw, e: ast.Expr) -> tuple[Word, JqPath | None]:
    """Where a read takes its value: (JSON text, path inside it) for json.get-like
    calls and property chains, else (e's own JSON text, None)."""
    key = _call_key(e)
    if key is not None:
        args = e.target.args
        if key in READS:
            return value_before(lw, args[0], args[1]), path_argument(lw, args[1])
        if key == "json.values":
            return lw.value(args[0]), None
    chain = property_chain(e)
    if chain is not None:
        base, steps = chain
        source = value_before(lw, base, *[s for s in steps if isinstance(s, ast.Expr)])
        return source, chain_path(lw, steps)
    return lw.value(e), None


def at_path(path: JqPath | None, body: str) -> str:
    """The jq filter `body` run on the value at `path` (`@P`), or on the whole value."""
    return f"_get(@P) | {body}" if path else body


def read(lw, e: ast.Expr, ty) -> Word | str:
    """A JSON read converted to `ty` with one jq: a Word, or "__ra" for an array type."""
    source, path = source_of(lw, e)
    if isinstance(ty, ArrayType):
        out = jq(lw, "json.get", source, at_path(path, "_elems"), path)
        lw.use("__utah_json_lines")
        lw.emit(ir.Cmd([lit("__utah_json_lines"), lit(element_kind(ty)), out]))
        return "__ra"
    return to_scalar(lw, jq(lw, "json.get", source, "_get(@P)", path), ty)


def member(lw, e: ast.Expr) -> Word:
    result = read(lw, e, e.ty)
    return lw.string_of_array(result) if isinstance(result, str) else result


def read_array(lw, e: ast.Expr, ty) -> str | None:
    """A fused read (json.get, getArray, values, a property chain) straight into an
    array of type `ty`; None when `e` is no such read."""
    if not is_read(e):
        return None
    return read(lw, e, ty if isinstance(ty, ArrayType) else ArrayType(ANY))


def to_array(lw, w: Word, ty) -> str:
    jq(lw, "json.get", w, "_elems")
    lw.use("__utah_json_lines")
    lw.emit(ir.Cmd([lit("__utah_json_lines"), lit(element_kind(ty)), ir.var("__r")]))
    return "__ra"


def to_scalar(lw, w: Word, ty) -> Word:
    kind = {STRING: "string", NUMBER: "number", BOOLEAN: "boolean"}.get(ty)
    if kind is None:
        return w
    return lw.helper_call("__utah_json_scalar", [lit(kind), w])


def value_as(lw, e: ast.Expr, dst) -> Word:
    """The value of the scalar or JSON `e` as a slot of type `dst` holds it: an array
    or a typed scalar stored where a JSON value is expected is JSON text (an array is
    a JSON array, not its joined text), and an `any` stored in a string or a number
    is converted (a JSON string is its text)."""
    src = e.ty
    if src.__class__ is ArrayType and is_jsonish(dst):
        return text_of(lw, e)
    w = lw.value(e)
    if src is ANY and (dst is STRING or dst is NUMBER):
        return to_scalar(lw, w, dst)
    return word_as(lw, w, src, dst, e)


def word_as(lw, w: Word, src, dst, e: ast.Expr | None = None) -> Word:
    """The word `w` of type `src` as a slot of type `dst` holds it. A typed string
    stored where `any` is expected becomes JSON text, so that the `any` value still
    tells the string "1" from the number 1 (`===`, truthiness). `undefined` stays the
    text `undefined` in an `any` (JSON has no undefined; an `object` gets `null`), as
    does a scalar `e` that may be undefined."""
    if (src is NULL or src is UNDEFINED) and is_jsonish(dst):
        return lit("undefined" if src is UNDEFINED and dst is ANY else "null")
    if dst is ANY and e is not None and src in (STRING, NUMBER, BOOLEAN) \
            and may_be_nullish(e, lw.nullish):
        return nullable_as_any(lw, w, src)
    return quote(lw, w) if src == STRING and dst == ANY else w


def nullable_as_any(lw, w: Word, src) -> Word:
    """The `any` value of a typed scalar that may be null or undefined."""
    t = lw.temp()
    w = lw.stable(w)
    with lw.new_block as present:
        lw.emit(ir.Assign(t, quote(lw, w) if src is STRING else w))
    lw.emit(ir.Case(w, [([lit(UNDEFINED_TEXT)], ir.Block([ir.Assign(t, lit("undefined"))])),
                        ([lit(NULL_TEXT)], ir.Block([ir.Assign(t, lit("null"))])),
                        ([Word((ir.Raw("*"),))], present)]))
    return ir.var(t)


def string_of(lw, w: Word) -> Word:
    """String(value) of JSON text: a string is its text, an array its elements'
    texts joined with commas, anything else its JSON."""
    return lw.helper_call("__utah_json_string", [w])


def shown(lw, w: Word) -> Word:
    """What console.log shows of JSON text: a string is its text, anything else
    (an array too) its JSON."""
    return lw.helper_call("__utah_json_scalar", [lit("text"), w])


def keys_array(lw, e: ast.Expr, values: bool = False, element=STRING) -> str:
    """The keys of an object (`for (k in obj)`), or its values (`for (v of obj)`)."""
    if values:
        return read(lw, e, ArrayType(element))
    source, path = source_of(lw, e) if property_chain(e) or _call_key(e) in READS \
        else (lw.value(e), None)
    out = jq(lw, "json.keys", source, at_path(path, "_keys"), path)
    lw.use("__utah_json_lines")
    lw.emit(ir.Cmd([lit("__utah_json_lines"), lit("string"), out]))
    return "__ra"


# ------------------------------------------------------------ writing

def set_at(lw, what: str, source: Word, path: JqPath, value: ast.Expr) -> Word:
    return jq(lw, what, source, "_set(@P; $v)", path, args=(lit("--argjson"), lit("v"),
                                                            text_of(lw, value)))


def assign(lw, target: ast.Expr, value: ast.Expr) -> None:
    """`o.a.b = v` writes the variable o (or the array element `xs[i]` holding it)."""
    chain = property_chain(target)
    base = chain[0] if chain else None
    if isinstance(base, ast.Name) and base.ty.runtime_kind == "json":
        path = chain_path(lw, chain[1])
        lw.assign(base.symbol.shell_name, set_at(lw, "json.set", ir.var(base.symbol.shell_name),
                                                 path, value))
        return
    if isinstance(base, ast.Index) and isinstance(base.object, ast.Name) \
            and isinstance(base.object.ty, ArrayType):
        index = lw.index_text(base.index)
        source = lw.value(base)
        result = set_at(lw, "json.set", source, chain_path(lw, chain[1]), value)
        lw.emit(ir.Assign(base.object.symbol.shell_name, result, index=ir.Arith(index)))
        return
    lw.unsupported(target, "assigning to a property of this value")
