"""`console.*` prompts, dialogs and terminal queries (runtime/console.py); log, error
and warn live in core.py. A prompt without an answer (end of input, no default) is an
error the program can catch."""
from __future__ import annotations

from ... import ast, ir
from ...ir import Word, lit, var
from ...types import ArrayType
from . import lowers, lowers_condition, to_ere


def _result(lw, helper: str, words: list[Word], may_fail: bool = True) -> Word:
    """`helper WORDS…` (error-checked) and its `__r`, copied to a temporary."""
    lw.emit_checked(ir.Cmd([lit(lw.use(helper)), *words]), may_fail=may_fail)
    t = lw.temp()
    lw.emit(ir.Assign(t, var("__r")))
    return var(t)


def _optional(lw, args, i: int) -> list[Word]:
    """A flag word ("1" when argument i is given) and the argument's value (or "")."""
    if len(args) > i:
        return [lit("1"), lw.value(args[i])]
    return [lit(""), lit("")]


def _pattern(lw, e: ast.Expr) -> Word:
    return lit(to_ere(lw, e)) if isinstance(e, ast.RegexLit) else lw.value(e)


def _stable_all(lw, words: list[Word]) -> list[Word]:
    return [lw.stable(w) for w in words[:-1]] + words[-1:]


@lowers("console.prompt", "console.promptText", "console.promptPassword")
def prompt_text(lw, args, call):
    name = call.callee.property
    words = [lw.value(args[0])]
    words += _optional(lw, args, 1) if name == "promptText" else [lit(""), lit("")]
    words.append(_pattern(lw, args[2]) if name == "promptText" and len(args) > 2 else lit(""))
    if name == "promptPassword":
        words.append(lit("secret"))
    return _result(lw, "__utah_prompt_text", _stable_all(lw, words))


@lowers("console.promptNumber")
def prompt_number(lw, args, call):
    words = [lw.value(a) for a in args] + [lit("")] * (4 - len(args))
    return _result(lw, "__utah_prompt_number", _stable_all(lw, words))


@lowers("console.promptYesNo")
def prompt_yes_no(lw, args, call):
    return _result(lw, "__utah_ask_yes_no", [lw.value(args[0])])


@lowers("console.promptFile", "console.promptDirectory")
def prompt_path(lw, args, call):
    kind = "file" if call.callee.property == "promptFile" else "dir"
    return _result(lw, "__utah_prompt_path", [lit(kind), *lw.argument_values(args)])


@lowers("console.showMessage", "console.showInfo", "console.showWarning", "console.showError",
        "console.showSuccess")
def show_message(lw, args, call):
    kind = call.callee.property[4:].lower()
    lw.emit(ir.Cmd([lit(lw.use("__utah_show_message")), lit(kind), *lw.argument_values(args)]))
    return None


@lowers("console.showProgress")
def show_progress(lw, args, call):
    lw.emit(ir.Cmd([lit(lw.use("__utah_show_progress")), *lw.argument_values(args)]))
    return None


@lowers("console.showConfirm")
def show_confirm(lw, args, call):
    return _result(lw, "__utah_confirm", lw.argument_values(args))


def _choice_words(lw, args) -> list[Word]:
    """TITLE MESSAGE DEFAULT csv|list OPTION…"""
    title, message = lw.argument_values(args[:2])
    words = [lw.stable(title), lw.stable(message)]
    extra = args[3] if len(args) > 3 else None
    if extra is not None and isinstance(extra.ty, ArrayType):
        words.append(lw.stable(lw.string_of_array(lw.array(extra))))
    else:
        words.append(lw.stable(lw.value(extra)) if extra is not None else lit(""))
    options = args[2]
    if isinstance(options.ty, ArrayType):
        return words + [lit("list"), Word((ir.Elements(lw.array(options)),))]
    return words + [lit("csv"), lw.value(options)]


@lowers("console.showChoice")
def show_choice(lw, args, call):
    return _result(lw, "__utah_show_choice", _choice_words(lw, args))


@lowers("console.showMultiChoice")
def show_multi_choice(lw, args, call):
    lw.emit_checked(ir.Cmd([lit(lw.use("__utah_show_multi_choice")), *_choice_words(lw, args)]))
    return "__ra"


@lowers("console.clear")
def clear(lw, args, call):
    lw.emit(ir.Cmd([lit(lw.use("__utah_clear"))]))
    return None


@lowers("console.getShell")
def get_shell(lw, args, call):
    return _result(lw, "__utah_get_shell", [], may_fail=False)


@lowers_condition("console.isSudo")
def is_sudo(lw, args, call):
    if lw.target == "posix":  # POSIX sh has no EUID: one `id -u`
        return ir.ArithTest("$(id -u) == 0")
    return ir.ArithTest("EUID == 0")


@lowers_condition("console.isInteractive")
def is_interactive(lw, args, call):
    return ir.Test("-t", lit("0"))
