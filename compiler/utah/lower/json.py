"""JSON values (`object`, `any`, interfaces): literals built in the shell, the rest by jq.

Object and array literals are assembled as text with `__utah_json_quote` for strings,
so building one spawns no process. Reading and updating JSON (`obj.a.b`, `json.*`)
uses one `jq` per operation.
"""
from __future__ import annotations

from .. import ast
from ..ir import Word, lit
from ..types import BOOLEAN, NUMBER, STRING, ArrayType, runtime_kind


class JsonLowering:
    """Mixed into `Lowerer`."""

    def json_of_object_literal(self, e: ast.ObjectLit) -> Word:
        word = lit("{")
        for i, prop in enumerate(e.properties):
            key = self.json_quote(lit(prop.key))
            word = word + (lit(",") if i else Word(())) + key + lit(":") + self.json_text(prop.value)
        return self.stable(word + lit("}"), force=True) if e.properties else lit("{}")

    def json_text(self, e: ast.Expr) -> Word:
        """The JSON text of any value (strings quoted, arrays as JSON arrays)."""
        ty = e.ty
        if isinstance(e, ast.ObjectLit):
            return self.json_of_object_literal(e)
        if isinstance(ty, ArrayType):
            return self.json_of_array(self.array(e), ty.element)
        w = self.value(e)
        if ty == STRING:
            return self.json_quote(w)
        if ty == NUMBER:
            return self.helper_call("__utah_json_number", [w])
        if ty == BOOLEAN:
            return w
        if runtime_kind(ty) == "json":
            return w
        return self.json_quote(w)

    def json_quote(self, w: Word) -> Word:
        literal = w.literal
        if literal is not None:
            import json
            return lit(json.dumps(literal, ensure_ascii=False))
        return self.helper_call("__utah_json_quote", [w])

    def json_of_array(self, name: str, element) -> Word:
        kind = "string" if element == STRING else "number" if element == NUMBER else \
            "boolean" if element == BOOLEAN else "json"
        return self.helper_call("__utah_json_array", [lit(kind), lit(name)])

    # The rest of the JSON surface is the json built-ins' issue (LANGUAGE.md §9).

    def json_member(self, e: ast.Expr) -> Word:
        self.unsupported(e, "reading a property of an object")
        return lit("")

    def json_assign(self, target: ast.Expr, value: ast.Expr) -> None:
        self.unsupported(target, "assigning to a property of an object")

    def json_to_array(self, w: Word, ty) -> str:
        self.unsupported_at_current("converting JSON to an array")
        return "__ra"

    def json_to_scalar(self, w: Word, ty) -> Word:
        return w

    def json_keys_array(self, e: ast.Expr) -> str:
        self.unsupported(e, "iterating over the keys of an object")
        return "__ra"

    def unsupported_at_current(self, what: str) -> None:
        self.diags.error(self.checked.program.span, f"{what} is not supported by the {self.target} target yet")

