"""Lowering: the checked syntax tree → the shell IR (`ir.py`).

`Lowerer` is assembled from one mixin per concern (statements, expressions, calls and
shell code); JSON values are lowered by the functions of `lower/json.py` (`lw.json`,
loaded on first need), the built-ins by those they register in `lower/builtins/`.
"""
from __future__ import annotations

from .. import ast, ir, modules
from ..ir import lit
from ..source import Diagnostics
from ..types import ArrayType, runtime_kind
from . import builtins as _builtins  # noqa: F401  (registers the built-in lowerings)
from .calls import CallLowering, defaults_in_callee
from .context import Context, FunctionState
from .expr import ExpressionLowering
from .ints import integer_facts, storing_nodes
from .nullish import (UNDEFINED_TEXT, arrays_holding_nullish, holds_nullish, may_be_nullish,
                      nullish_symbols)
from .stmt import StatementLowering
from .throws import functions_that_may_throw


# String lengths and positions count characters, as JavaScript does: bash needs a UTF-8
# character type for that (an unset locale counts bytes). Only LC_CTYPE changes.
UTF8_LOCALE = """case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) if [[ -n ${LC_ALL:-} ]]; then LC_ALL=C.UTF-8; else LC_CTYPE=C.UTF-8; fi ;;
esac"""


class Lowerer(StatementLowering, ExpressionLowering, CallLowering):
    def __init__(self, checked, target: str, debug: bool, diags: Diagnostics):
        self.checked = checked
        self.target = target
        self.debug = debug
        self.diags = diags
        self.ctx = Context()
        self._blocks = self.ctx.blocks  # (the same list throughout: read per emitted command)
        self.new_block = self.ctx.new_block  # `with self.new_block as b:` (context.py)
        self.current_return_type = None
        # node class → bound `stmt_*` / `value_*` method (a name built and looked up per node
        # would cost more than the dispatch itself)
        self._stmt_methods: dict[type, object] = {}
        self._value_methods: dict[type, object] = {}
        stores = storing_nodes([checked.program])
        self.ints, self.bounds, self.counters = integer_facts(stores)
        self.nullish = nullish_symbols(stores, checked.flows)
        self.nullish_arrays = arrays_holding_nullish(stores, checked.flows, self.nullish)
        self.may_throw = functions_that_may_throw(checked, self.nullish)

    # context shortcuts used by every mixin (written out: the hottest calls of lowering)
    def emit(self, cmd: ir.Command) -> None:
        self._blocks[-1].cmds.append(cmd)

    def temp(self, array: bool = False) -> str:
        return self.ctx.temp(array)

    def use(self, helper: str) -> str:
        return self.ctx.use(helper)

    def holds_nullish(self, e: ast.Expr) -> bool:
        """Whether an element of the array `e` may be null or undefined (lower/nullish.py)."""
        return holds_nullish(e, self.nullish_arrays, self.nullish)

    @property
    def json(self):
        """lower/json.py, the lowering of JSON values (functions of the lowerer), loaded
        the first time a program needs it: most programs have none."""
        return modules.module(f"{__name__}.json")

    def unsupported(self, node: ast.Node, what: str) -> None:
        self.diags.error(node.span, f"{what} is not supported by the {self.target} target yet")

    # ----------------------------------------------------------------- program

    def lower(self) -> ir.Module:
        functions = [self.function(fn) for fn in self.checked.functions]
        self.ctx.fn = FunctionState(None)
        self.statements(self.checked.program.body)
        prologue: list[ir.Command] = [ir.Comment(
            "shellcheck disable=SC2034  # arrays reach run-time helpers by name")]
        if self.ctx.counts_characters and self.target == "bash":
            prologue.append(ir.RawCmd(ir.Word((ir.Raw(UTF8_LOCALE),))))
        if self.ctx.reads_err:
            prologue.append(ir.Assign("__err", ir.lit("")))
        if self.ctx.needs_capture_file:
            prologue.append(ir.Assign("__capture_file",
                                      ir.Word((ir.Raw('"${TMPDIR:-/tmp}/utah-capture.$$"'),))))
        return ir.Module(helpers=[], functions=functions + self.ctx.extra_functions,
                         body=self.ctx.blocks[0], prologue=prologue)

    def function(self, decl: ast.FunctionDecl) -> ir.Function:
        sym = decl.symbol
        self.ctx.fn = FunctionState(sym.shell_name)
        self.current_return_type = sym.type
        with self.new_block as body:
            self.statements(decl.body.body)
            if self.ctx.fn.has_defers and not _ends_with_return(body):
                for cmd in self.defer_calls():
                    self.emit(cmd)
        if sym in self.may_throw and not _ends_with_return(body):
            body.add(ir.Control("return", lit("0")))
        head = ir.Block(self.parameter_bindings(sym))
        if defaults_in_callee(sym):
            head.cmds.extend(self.callee_defaults(sym))
        fn = self.ctx.fn
        declared = {name for c in head.cmds if isinstance(c, ir.BindParams) for name, _ in c.params}
        scalars = [n for n in fn.locals if n not in declared]
        arrays = [n for n in fn.local_arrays if n not in declared]
        if scalars:
            head.add(ir.Local(scalars))
        if arrays:
            head.add(ir.Local(arrays, arrays=True))
        if fn.has_defers:
            head.add(ir.ArrayAssign("__defers", [], local=True))
        return ir.Function(sym.shell_name, ir.Block(head.cmds + body.cmds))

    def callee_defaults(self, fn) -> list[ir.Command]:
        """`if (($# < k)); then p=DEFAULT; fi` for each parameter with a default (an
        optional scalar parameter without one: undefined)."""
        cmds: list[ir.Command] = []
        for k, p in enumerate(fn.params, start=1):
            if p.decl is None:
                continue
            with self.new_block as fill:
                if p.decl.default is not None:
                    self.store(p.shell_name, p.type, p.decl.default)
                elif getattr(p.decl, "optional", False) and p.type.runtime_kind == "scalar":
                    self.emit(ir.Assign(p.shell_name, lit(UNDEFINED_TEXT)))
                else:
                    continue
            cmds.append(ir.If([(ir.Block([ir.ArithTest(f"$# < {k}")]), fill)]))
        return cmds

    @staticmethod
    def parameter_bindings(fn) -> list[ir.Command]:
        params = fn.params or []
        if not params:
            return []
        return [ir.BindParams([(p.shell_name, isinstance(p.type, ArrayType)) for p in params])]


def _ends_with_return(block: ir.Block) -> bool:
    return bool(block.cmds) and isinstance(block.cmds[-1], ir.Control) \
        and block.cmds[-1].keyword in ("return", "exit")


def lower_program(checked, target: str = "bash", debug: bool = False,
                  diags: Diagnostics | None = None) -> ir.Module:
    from ..runtime import closure
    diags = diags if diags is not None else Diagnostics()
    lowerer = Lowerer(checked, target, debug, diags)
    module = lowerer.lower()
    helpers = closure(sorted(lowerer.ctx.helpers), target)
    if target == "posix":
        for h in helpers:
            if h.posix is None:
                diags.error(checked.program.span,
                            f"run-time helper {h.name} has no POSIX sh version yet")
    module.helpers = [h.bash if target == "bash" else (h.posix or "") for h in helpers]
    return module


__all__ = ["lower_program", "Lowerer", "runtime_kind"]
