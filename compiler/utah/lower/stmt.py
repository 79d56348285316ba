"""Statements → shell commands: declarations, control flow, try/catch/finally, defer."""
from __future__ import annotations

from .. import ast, ir
from ..ir import Word, lit, var
from ..types import ANY, BOOLEAN, NUMBER, STRING, ArrayType
from .context import ArrowFrame, LoopFrame, TryFrame
from .expr import Lowered
from .nullish import UNDEFINED_TEXT

# Try states after its loop: how control left the try (see TryFrame)
ERROR, RETURN, BREAK, CONTINUE = "1", "2", "3", "4"


def with_final_break(body: ir.Block) -> ir.Block:
    """A one-pass loop body: ends with `break` unless control already leaves there."""
    if body.cmds and body.cmds[-1].__class__ is ir.Control \
            and body.cmds[-1].keyword in ("break", "continue", "return", "exit"):
        return body
    return ir.Block(body.cmds + [ir.Control("break")])


class StatementLowering:
    """Mixed into `Lowerer`."""

    def statements(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            self.statement(s)

    def statement(self, s: ast.Stmt) -> None:
        if self.debug and not isinstance(s, (ast.Block, ast.FunctionDecl, ast.InterfaceDecl, ast.Empty)):
            line = s.span.line
            text = s.span.source.line_text(line).strip()
            self.emit(ir.Comment(f"[shx:{line}] {text}"))
        try:  # (as `value` finds its methods)
            method = self._stmt_methods[s.__class__]
        except KeyError:
            method = self._stmt_methods[s.__class__] = getattr(self, "stmt_" + type(s).__name__)
        method(s)

    def body_block(self, s: ast.Stmt) -> ir.Block:
        with self.new_block as b:
            if s.__class__ is ast.Block:  # (the commonest body: its statements, without dispatch)
                self.statements(s.body)
            else:
                self.statement(s)
        return b

    # ------------------------------------------------------------ simple ones

    def stmt_Empty(self, s: ast.Empty) -> None:
        pass

    def stmt_FunctionDecl(self, s: ast.FunctionDecl) -> None:
        pass  # hoisted: every function is lowered once, before the main body

    def stmt_InterfaceDecl(self, s: ast.InterfaceDecl) -> None:
        pass

    def stmt_Block(self, s: ast.Block) -> None:
        self.statements(s.body)

    def stmt_Import(self, s: ast.Import) -> None:
        imported = getattr(s, "imported", None)
        if imported is not None:
            self.statements(imported.body)

    def stmt_VarDecl(self, s: ast.VarDecl) -> None:
        sym = s.symbol
        is_array = sym.type.runtime_kind == "array"
        self.ctx.declare_local(sym.shell_name, array=is_array)
        if s.init is None:
            empty = lit(UNDEFINED_TEXT if sym.type.runtime_kind == "scalar" else "")  # JS: undefined
            self.emit(ir.ArrayAssign(sym.shell_name, []) if is_array else ir.Assign(sym.shell_name, empty))
            return
        self.store(sym.shell_name, sym.type, s.init)

    def store(self, name: str, ty, e: ast.Expr) -> None:
        """`name = e` for a whole variable, converting JSON to the declared type."""
        if ty.runtime_kind == "array":
            if e.__class__ is ast.ArrayLit:
                self.emit(ir.ArrayAssign(name, self.array_elements(e)))
                return
            src = self.json_array(e, ty)  # json.get(…) / obj.a converted to this array type
            if src is None:
                src = self.call(e) if e.__class__ is ast.Call else self.array(e)
            if isinstance(src, Word):
                src = self.json.to_array(self, src, ty)
            elif not isinstance(src, str):
                src = self.array(e)
            if src != name:
                self.emit(ir.ArrayAssign(name, [Word((ir.Elements(src),))]))
            return
        if e.__class__ is ast.Call and e.target is not None and hasattr(e.target, "function") \
                and e.ty.runtime_kind != "array":
            result = self.call_user(e, e.target.function, direct=True)
            if result is None:
                result = lit("")
            elif ty.runtime_kind == "json":  # (as `value_as` converts: only to a JSON type)
                result = self.json.word_as(self, result, e.ty, ty)
            self.emit(ir.Assign(name, result))
            return
        self.assign(name, self.value_as(e, ty))

    def stmt_ExprStmt(self, s: ast.ExprStmt) -> None:
        e = s.expr
        if e.__class__ is ast.Assign:
            self.assignment(e)
        elif e.__class__ is ast.Update:
            self.update(e)
        elif e.__class__ is ast.Call:
            if e.target is not None and hasattr(e.target, "function"):
                self.call_user(e, e.target.function, direct=True)
            else:
                self.call(e)
        elif e.__class__ is ast.CommandSubst:
            self.command_statement(e.code, discard_output=True)
        elif e.__class__ is ast.ParallelExpr:
            self.start_parallel(e.call)
        else:
            self.value(e)

    def stmt_RawCommand(self, s: ast.RawCommand) -> None:
        self.command_statement(s.code)

    def stmt_Parallel(self, s: ast.Parallel) -> None:
        self.start_parallel(s.call)

    # ------------------------------------------------------------ assignment

    def assignment(self, e: ast.Assign) -> None:
        target = e.target
        if e.op in ("||=", "&&=", "??="):
            value = ast.Binary(e.loc, e.op[:-1], target, e.value, ty=target.ty)
            return self.assignment(ast.Assign(e.loc, "=", target, value, ty=e.ty))
        if e.op != "=":
            if e.op == "+=" and target.ty == STRING and target.__class__ is ast.Name:
                self.emit(ir.Assign(target.symbol.shell_name, self.value(e.value), append=True))
                return
            value = ast.Binary(e.loc, e.op[:-1], target, e.value, ty=target.ty)
            return self.assignment(ast.Assign(e.loc, "=", target, value, ty=e.ty))
        if target.__class__ is ast.Name:
            self.store(target.symbol.shell_name, target.symbol.type, e.value)
        elif target.__class__ is ast.Index and target.object.ty.__class__ is ArrayType \
                and target.object.__class__ is ast.Name:
            name = target.object.symbol.shell_name
            index = self.index_text(target.index)
            value = self.value(e.value)
            length = f"${{#{name}[@]}}"
            if self.target == "bash" and index not in ("0", length):
                # JS `a[i] = v` past the end makes the array i + 1 long with undefined in
                # the gap; a bash array would only become sparse, so the gap is filled
                # first. (POSIX arrays: __utah_aset fills.)
                self.emit(ir.While(ir.Block([ir.ArithTest(f"{length} < {index}")]),
                                   ir.Block([ir.ArrayAssign(name, [lit(UNDEFINED_TEXT)], append=True)])))
            self.emit(ir.Assign(name, value, index=ir.Arith(index)))
        else:
            self.json.assign(self, target, e.value)

    def update(self, e: ast.Update) -> None:
        """`x++` and friends as a statement."""
        delta = "+" if e.op == "++" else "-"
        target = e.target
        if target.__class__ is ast.Name and target.symbol in self.bounds:
            name = target.symbol.shell_name
            self.emit(ir.Assign(name, Word((ir.Arith(f"{name} {delta} 1"),))))
            return
        one = ast.NumberLit(e.loc, 1, "1", ty=NUMBER)
        self.assignment(ast.Assign(e.loc, delta + "=", target, one, ty=NUMBER))

    # ------------------------------------------------------------ control flow

    def stmt_If(self, s: ast.If) -> None:
        arms: list[tuple[ir.Block, ir.Block]] = []
        otherwise: ir.Block | None = None
        node: ast.Stmt | None = s
        while node.__class__ is ast.If:
            cond = self.cond_block(node.test)
            if arms and len(cond.cmds) > 1:  # the test needs work: it goes in the else branch
                otherwise = self.body_block(node)
                node = None
                break
            arms.append((cond, self.body_block(node.then)))
            node = node.otherwise
        if node is not None:
            otherwise = self.body_block(node)
        first_cond = arms[0][0]
        if len(first_cond.cmds) > 1:  # hoist the work of the first test before the `if`
            for cmd in first_cond.cmds[:-1]:
                self.emit(cmd)
            arms[0] = (ir.Block(first_cond.cmds[-1:]), arms[0][1])
        self.emit(ir.If(arms, otherwise))

    def loop_test(self, test: ast.Expr | None) -> tuple[ir.Block, ir.Block | None]:
        """The shell `while` condition, or (`:`, a `test || break` for the body's top) when
        the test needs work that must not run in a condition."""
        if test is None:
            return ir.Block([ir.Cmd([lit(":")])]), None
        cond = self.cond_block(test)
        if len(cond.cmds) == 1:
            return cond, None
        guard = ir.Block(cond.cmds[:-1] + [ir.AndOr([cond.cmds[-1], ir.Control("break")], ["||"])])
        return ir.Block([ir.Cmd([lit(":")])]), guard

    def stmt_While(self, s: ast.While) -> None:
        with self.ctx.frame(LoopFrame()):  # (an error in the test leaves the loop too)
            cond, guard = self.loop_test(s.test)
            body = self.body_block(s.body)
        if guard:
            body.cmds[:0] = guard.cmds
        self.emit(ir.While(cond, body))

    def stmt_DoWhile(self, s: ast.DoWhile) -> None:
        def check() -> None:
            done = self.cond(ast.Unary(s.test.loc, "!", s.test, ty=BOOLEAN))
            self.emit(ir.If([(ir.Block([done]), ir.Block([self.loop_control("break", self.levels_to_loop())]))]))
        with self.ctx.frame(LoopFrame(on_continue=check)):
            body = self.body_block(s.body)
            with self.new_block as tail:
                check()
        body.cmds.extend(tail.cmds)
        self.emit(ir.While(ir.Block([ir.Cmd([lit(":")])]), body))

    def stmt_For(self, s: ast.For) -> None:
        arith = self.arith_for(s)
        init = self.arith_init(s.init) if arith is not None else None
        if init is None and s.init is not None:
            self.statement(s.init)
        if arith is not None:
            arith = (init or "") + arith
            with self.ctx.frame(LoopFrame()):
                body = self.body_block(s.body)
            self.emit(ir.ArithFor(arith, body))
            return
        def step() -> None:
            if s.update is not None:
                self.stmt_ExprStmt(ast.ExprStmt(s.update.loc, s.update))
        with self.ctx.frame(LoopFrame(on_continue=step)):  # (an error in the test leaves the loop too)
            cond, guard = self.loop_test(s.test)
            body = self.body_block(s.body)
            with self.new_block as tail:
                step()
        if guard:
            body.cmds[:0] = guard.cmds
        body.cmds.extend(tail.cmds)
        self.emit(ir.While(cond, body))

    def arith_init(self, init: ast.Stmt | None) -> str | None:
        """`let i = 0` as the `i = 0` of a `for ((…))` header, when it is integral."""
        if init.__class__ is ast.VarDecl and init.init is not None and init.symbol in self.bounds:
            value = self.arith(init.init)
            if value is not None:
                self.ctx.declare_local(init.symbol.shell_name)
                return f"{init.symbol.shell_name} = {value}"
        return None

    def arith_for(self, s: ast.For) -> str | None:
        """`; i < n; i++` as `for ((; i < n; i++))` when test and step are integer arithmetic."""
        if s.test is None or s.update is None:
            return None
        test = s.test
        if not (test.__class__ is ast.Binary and test.op in ("<", "<=", ">", ">=", "==", "!=", "===", "!==")):
            return None
        with self.new_block as prelude:
            left, right = self.arith(test.left), self.arith(test.right)
        if left is None or right is None or prelude.cmds:
            return None  # (work the test needs, such as a check of `s.length`, runs per test)
        upd = s.update
        if upd.__class__ is ast.Update and upd.target.__class__ is ast.Name and upd.target.symbol in self.bounds:
            step = f"{upd.target.symbol.shell_name}{upd.op}"
        elif upd.__class__ is ast.Assign and upd.op in ("+=", "-=") and upd.target.__class__ is ast.Name \
                and upd.target.symbol in self.bounds and self.is_arith(upd.value):
            step = f"{upd.target.symbol.shell_name} {upd.op} {self.arith(upd.value)}"
        else:
            return None
        op = {"===": "==", "!==": "!="}.get(test.op, test.op)
        return f"; {left} {op} {right}; {step}"


    def stmt_ForEach(self, s: ast.ForEach) -> None:
        sym = s.symbol
        self.ctx.declare_local(sym.shell_name)
        if s.iterable.ty.__class__ is ArrayType:
            words = self.array_words(s.iterable)
        else:
            keys = self.json.keys_array(self, s.iterable, s.keyword == "of", sym.type)
            words = [Word((ir.Elements(keys),))]
        with self.ctx.frame(LoopFrame()):
            body = self.body_block(s.body)
        self.emit(ir.ForIn(sym.shell_name, words, body))

    def levels_to_loop(self, switch_ok: bool = False) -> int:
        levels = 0
        for frame in reversed(self.ctx.fn.frames):
            levels += 1
            if isinstance(frame, LoopFrame) and (switch_ok or not frame.is_switch):
                return levels
        return levels

    def stmt_Break(self, s: ast.Break) -> None:
        self.jump("break", s)

    def stmt_Continue(self, s: ast.Continue) -> None:
        self.jump("continue", s)

    def jump(self, kind: str, s: ast.Stmt) -> None:
        """`break`/`continue`, routed through any `finally` on the way to the loop."""
        levels = 0
        for frame in reversed(self.ctx.fn.frames):
            levels += 1
            if isinstance(frame, TryFrame) and frame.has_finally:
                frame.pending.add(kind)
                self.emit(ir.Assign(frame.state, lit(BREAK if kind == "break" else CONTINUE)))
                self.emit(self.loop_control("break", levels))
                return
            if isinstance(frame, LoopFrame) and (kind == "break" or not frame.is_switch):
                if kind == "continue" and frame.on_continue is not None:
                    frame.on_continue()
                self.emit(self.loop_control(kind, levels))
                return

    def stmt_Return(self, s: ast.Return) -> None:
        if s.value is not None:
            arrow = next((f for f in reversed(self.ctx.fn.frames) if isinstance(f, ArrowFrame)), None)
            if arrow is not None:  # `return` of an inlined callback
                if arrow.result is None:
                    arrow.result = self.ctx.temp()
                self.store(arrow.result, s.value.ty, s.value)
            elif self.current_return_type.runtime_kind == "array":
                self.store("__ra", self.current_return_type, s.value)
            else:
                self.store("__r", self.current_return_type or s.value.ty, s.value)
        self.return_jump()

    def return_jump(self) -> None:
        """Leave the function or inlined callback, through any `finally` on the way."""
        levels = 0
        for frame in reversed(self.ctx.fn.frames):
            levels += 1
            if isinstance(frame, TryFrame) and frame.has_finally:
                frame.pending.add("return")
                self.emit(ir.Assign(frame.state, lit(RETURN)))
                self.emit(self.loop_control("break", levels))
                return
            if isinstance(frame, ArrowFrame):
                self.emit(self.loop_control(frame.jump, levels))
                return
        for cmd in self.defer_calls():
            self.emit(cmd)
        self.emit(ir.Control("return", lit("0")))

    def stmt_Throw(self, s: ast.Throw) -> None:
        self.raise_error(self.value(s.value))

    def stmt_Exit(self, s: ast.Exit) -> None:
        if any(isinstance(f, TryFrame) for f in self.ctx.fn.frames):
            status = self.value(s.value) if s.value is not None else lit("0")
            self.raise_error(Word((ir.Lit("exit "),)) + status)
            return
        status = self.exit_status(s.value)
        for cmd in self.defer_calls():
            self.emit(cmd)
        self.emit(ir.Control("exit", status))

    def exit_status(self, e: ast.Expr | None) -> Word:
        """The status word of `exit`: `n & 255`, as bash's `exit` wraps it (`exit(-1)` is
        255), because dash, ash, posh and yash reject a status outside 0..255."""
        if e is None:
            return lit("0")
        if e.__class__ is ast.NumberLit and e.value.__class__ is int and 0 <= e.value <= 255:
            return lit(str(e.value))
        number = self.index_text(e)
        return Word((ir.Arith(f"{number if number.isidentifier() else f'({number})'} & 255"),))

    def stmt_Defer(self, s: ast.Defer) -> None:
        self.ctx.fn.defer_count += 1
        name = f"__defer_{self.ctx.fn.name}_{self.ctx.fn.defer_count}"
        saved = self.ctx.fn.frames
        self.ctx.fn.frames = []
        body = self.body_block(s.body)
        self.ctx.fn.frames = saved
        self.ctx.extra_functions.append(ir.Function(name, body))
        self.ctx.fn.has_defers = True
        self.emit(ir.ArrayAssign("__defers", [lit(name)], append=True))

    # ------------------------------------------------------------------ switch

    def stmt_Switch(self, s: ast.Switch) -> None:
        """JavaScript switch: strict equality, fall-through, `default` anywhere. The index
        of the first matching case (or default) is found first; then each case body runs
        when its index is at or after it, inside a one-pass loop that `break` leaves."""
        start = self.ctx.temp()
        default_index = next((i for i, c in enumerate(s.cases) if c.test is None), len(s.cases))
        default = ir.Block([ir.Assign(start, lit(str(default_index)))])
        literal_cases = all(isinstance(c.test, (ast.StringLit, ast.NumberLit)) or c.test is None
                            for c in s.cases)
        if literal_cases and isinstance(s.discriminant, (ast.StringLit, ast.NumberLit)):
            chosen = next((i for i, c in enumerate(s.cases) if c.test is not None
                           and type(c.test) is type(s.discriminant)
                           and c.test.value == s.discriminant.value), default_index)
            self.emit(ir.Assign(start, lit(str(chosen))))  # the subject is known now
        elif literal_cases and s.discriminant.ty in (STRING, NUMBER):
            subject = self.value(s.discriminant)
            first_case: dict[object, int] = {}  # label → its first case (a later one never matches)
            for i, c in enumerate(s.cases):
                if c.test is not None and (s.discriminant.ty == NUMBER) == (c.test.__class__ is ast.NumberLit):
                    first_case.setdefault(c.test.value, i)
            arms = [([self.value(s.cases[i].test)], ir.Block([ir.Assign(start, lit(str(i)))]))
                    for i in first_case.values()]
            self.emit(ir.Case(subject, arms + [([Word((ir.Raw("*"),))], default)]))
        else:
            subject = self.stable(self.value(s.discriminant), force=True)
            tests = []
            for i, case in enumerate(s.cases):
                if case.test is not None:
                    probe = ast.Binary(case.loc, "===", Lowered(subject, s.discriminant), case.test)
                    tests.append((self.cond_block(probe), ir.Block([ir.Assign(start, lit(str(i)))])))
            self.emit(ir.If(tests, default) if tests else default.cmds[0])
        body = ir.Block()
        with self.ctx.frame(LoopFrame(is_switch=True)):
            for i, case in enumerate(s.cases):
                with self.new_block as case_body:
                    self.statements(case.body)
                if case_body.cmds:
                    body.add(ir.If([(ir.Block([ir.ArithTest(f"{start} <= {i}")]), case_body)]))
        self.emit(ir.While(ir.Block([ir.Cmd([lit(":")])]), with_final_break(body)))

    # --------------------------------------------------------------------- try

    def stmt_Try(self, s: ast.Try) -> None:
        """A try is a one-pass `while :; do … break; done`: an error, a `return`, or a
        `break`/`continue` leaving it sets the state variable and breaks out, so that the
        catch and finally blocks run in the current shell (variables survive)."""
        state = self.ctx.temp()
        frame = TryFrame(state, s.handler is not None, s.finalizer is not None)
        self.emit(ir.Assign(state, lit("0")))
        with self.ctx.frame(frame):
            body = with_final_break(self.body_block(s.block))
        self.emit(ir.While(ir.Block([ir.Cmd([lit(":")])]), body))
        if s.handler is not None:
            with self.new_block as handler:
                self.emit(ir.Assign(state, lit("0")))
                if s.symbol is not None:
                    self.ctx.declare_local(s.symbol.shell_name)
                    self.emit(ir.Assign(s.symbol.shell_name, var("__err")))
                    self.ctx.reads_err = True
                if frame.has_finally:
                    frame.region = "catch"
                    with self.ctx.frame(frame):
                        inner = self.body_block(s.handler)
                    self.emit(ir.While(ir.Block([ir.Cmd([lit(":")])]), with_final_break(inner)))
                else:
                    self.statement(s.handler)
            self.emit(ir.If([(ir.Block([ir.ArithTest(f"{state} == {ERROR}")]), handler)]))
        if s.finalizer is not None:
            self.ctx.reads_err = True
            saved_r, saved_err = self.ctx.temp(), self.ctx.temp()
            self.emit(ir.Assign(saved_r, var("__r")))
            self.emit(ir.Assign(saved_err, var("__err")))
            self.statement(s.finalizer)
            self.emit(ir.Assign("__r", var(saved_r)))
            self.emit(ir.Assign("__err", var(saved_err)))
        self.after_try(frame, s)

    def after_try(self, frame: TryFrame, s: ast.Try) -> None:
        """Continue what left the try: a pending error, return, break or continue."""
        arms: list[tuple[ir.Block, ir.Block]] = []
        kinds = []
        if s.handler is None or frame.has_finally:
            kinds.append((ERROR, lambda: [self.emit(c) for c in self.error_jump()]))
        if "return" in frame.pending:
            kinds.append((RETURN, self.return_jump))
        if "break" in frame.pending:
            kinds.append((BREAK, lambda: self.jump("break", s)))
        if "continue" in frame.pending:
            kinds.append((CONTINUE, lambda: self.jump("continue", s)))
        for code, action in kinds:
            with self.new_block as b:
                action()
            arms.append((ir.Block([ir.ArithTest(f"{frame.state} == {code}")]), b))
        if arms:
            self.emit(ir.If(arms))
