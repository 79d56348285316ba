"""`json.*` (LANGUAGE.md §9, BUILTINS.md): one jq per operation, through the lowering of
JSON values (lower/json.py, `lw.json`). `stringify` without `pretty` and JSON literals
spawn no jq."""
from __future__ import annotations

from ... import ast, ir
from ...ir import lit
from . import lowers, lowers_condition


@lowers("json.parse")
def parse(lw, args, call):
    return lw.json.jq(lw, "json.parse", lw.value(args[0]), "_parse", opts=("-c", "-s"))


@lowers_condition("json.isValid")
def is_valid(lw, args, call):
    # jq -e: status 0 only when the text is exactly one JSON value
    return ir.Cmd([lit(lw.use("__utah_jq")), lit("json.isValid"), lw.value(args[0]),
                   lit("length == 1"), lit("-s"), lit("-e")])


@lowers("json.stringify")
def stringify(lw, args, call):
    value, pretty = args[0], args[1]
    text = lw.json.text_of(lw, value)
    if value.ty.runtime_kind == "scalar" or isinstance(pretty, ast.BoolLit) and not pretty.value:
        return text  # compact JSON is how values are held; a scalar has no layout
    if isinstance(pretty, ast.BoolLit):
        return lw.json.jq(lw, "json.stringify", text, ".", opts=("--indent", "2"))
    text = lw.stable(text, force=True)
    t = lw.temp()
    with lw.new_block as indented:
        lw.emit(ir.Assign(t, lw.json.jq(lw, "json.stringify", text, ".", opts=("--indent", "2"))))
    with lw.new_block as compact:
        lw.emit(ir.Assign(t, text))
    lw.emit(ir.If([(lw.cond_block(pretty), indented)], compact))
    return ir.var(t)


@lowers("json.get", "json.getString", "json.getNumber", "json.getBoolean", "json.getArray",
        "json.values")
def get(lw, args, call):
    ty = lw.json.READS.get(call.target.builtin.key) or call.ty
    return lw.json.read(lw, call, ty)


@lowers_condition("json.has")
def has(lw, args, call):
    source = lw.json.value_before(lw, args[0], args[1])
    out = lw.json.jq(lw, "json.has", source, "_has(@P)", lw.json.path_argument(lw, args[1]))
    return ir.Test("==", out, lit("true"))


@lowers("json.set")
def set_value(lw, args, call):
    source = lw.json.value_before(lw, args[0], args[1], args[2])
    path = lw.json.path_argument(lw, args[1])
    if lw.needs_work(args[2]):
        path.args = [lw.stable(w) for w in path.args]
    return lw.json.set_at(lw, "json.set", source, path, args[2])


@lowers("json.delete")
def delete(lw, args, call):
    source = lw.json.value_before(lw, args[0], args[1])
    return lw.json.jq(lw, "json.delete", source, "_del(@P)", lw.json.path_argument(lw, args[1]))


@lowers("json.keys")
def keys(lw, args, call):
    return lw.json.keys_array(lw, args[0])


@lowers("json.merge")
def merge(lw, args, call):
    source = lw.json.value_before(lw, args[0], args[1])
    return lw.json.jq(lw, "json.merge", source, "_merge($b)",
                      args=(lit("--argjson"), lit("b"), lw.json.text_of(lw, args[1])))

