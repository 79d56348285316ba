"""State the lowering keeps while it walks one program: where commands go, the frames
between a statement and its enclosing loop/try, temporaries, used helpers."""
from __future__ import annotations

from .. import ir
from ..records import field, record

TYPE_CHECKING = False  # `typing` is not imported at run time (start-up cost)
if TYPE_CHECKING:
    from typing import Callable


class LoopFrame(metaclass=record):
    """A Utah loop (or switch, for `break`). `on_continue` emits a classic `for` step."""
    is_switch: bool = False
    on_continue: Callable[[], None] | None = None


class TryFrame(metaclass=record):
    """A `try` lowered as a one-pass `while :; do … break; done` shell loop.

    `region` is "body" or "catch"; `state` is the shell variable that tells the code after
    the loop how control left it: 0 normally, 1 error, 2 return, 3 break, 4 continue.
    """
    state: str
    has_catch: bool
    has_finally: bool
    region: str = "body"
    pending: set = field(default_factory=set)  # which of return/break/continue were routed


class ArrowFrame(metaclass=record):
    """A block-bodied arrow inlined in an array method: a shell loop that its `return`
    leaves with `jump` after storing the callback's result in `result` — `break` out of
    the one-pass loop of a callback whose value is used, `continue` to forEach's next
    element (whose unused result gets a temporary when a `return` has a value)."""
    result: str | None
    jump: str = "break"


Frame = LoopFrame | TryFrame | ArrowFrame


class FunctionState(metaclass=record):
    name: str | None  # None at top level
    has_defers: bool = False
    locals: list[str] = field(default_factory=list)
    local_arrays: list[str] = field(default_factory=list)
    returns_array: bool = False
    frames: list[Frame] = field(default_factory=list)
    defer_count: int = 0


# Helpers whose results depend on counting characters (not bytes) or on character classes
CHARACTER_HELPERS = frozenset({
    "__utah_str_index_of", "__utah_str_last_index_of", "__utah_substring", "__utah_str_slice",
    "__utah_char_at", "__utah_pad", "__utah_split", "__utah_split_re", "__utah_upper",
    "__utah_lower", "__utah_str_includes", "__utah_str_starts_with", "__utah_str_ends_with",
    "__utah_replace_re", "__utah_replace", "__utah_replace_all",
})


class NewBlock:
    """`with ctx.new_block as b:` — commands emitted inside the `with` go to a new block
    `b`, pushed when the `with` is entered and popped at its end. One per context, not
    one per block, and entered without a call to make it: every `if`, loop and branch
    opens a block (contextlib's generators would cost more still)."""
    __slots__ = ("blocks",)

    def __init__(self, blocks: list[ir.Block]):
        self.blocks = blocks

    def __enter__(self) -> ir.Block:
        block = ir.Block([])
        self.blocks.append(block)
        return block

    def __exit__(self, *exc) -> None:
        self.blocks.pop()


class _InFrame:
    """What `Context.frame` returns (`contextlib.contextmanager` cost an import)."""
    __slots__ = ("frames", "frame")

    def __init__(self, frames: list, frame: Frame):
        self.frames = frames
        self.frame = frame

    def __enter__(self) -> Frame:
        self.frames.append(self.frame)
        return self.frame

    def __exit__(self, *exc) -> None:
        self.frames.pop()


class Context:
    """Where commands are emitted and which helpers and temporaries are in use."""

    def __init__(self) -> None:
        self.blocks: list[ir.Block] = [ir.Block()]
        self.new_block = NewBlock(self.blocks)
        self.helpers: set[str] = set()
        self.extra_functions: list[ir.Function] = []
        self.fn = FunctionState(None)
        self.temp_counter = 0
        self.needs_capture_file = False
        self.reads_err = False
        self.counts_characters = False  # string lengths/positions: needs a UTF-8 locale  # catch/finally read `__err`, which may have no writer in sight

    # -------------------------------------------------------------- emission

    def emit(self, cmd: ir.Command) -> None:
        self.blocks[-1].add(cmd)

    def use(self, helper: str) -> str:
        self.helpers.add(helper)
        if helper in CHARACTER_HELPERS:
            self.counts_characters = True
        return helper

    # ------------------------------------------------------------ temporaries

    def temp(self, array: bool = False) -> str:
        """A fresh temporary; inside a function it is declared local (recursion-safe)."""
        self.temp_counter += 1
        name = f"__t{self.temp_counter}"
        self.declare_local(name, array)
        return name

    def declare_local(self, name: str, array: bool = False) -> None:
        if self.fn.name is None:
            return
        target = self.fn.local_arrays if array else self.fn.locals
        if name not in target:
            target.append(name)

    # ------------------------------------------------------------------ frames

    def frame(self, frame: Frame) -> "_InFrame":
        """`with ctx.frame(f):` — `f` is the innermost frame inside the `with`."""
        return _InFrame(self.fn.frames, frame)

    @property
    def in_function(self) -> bool:
        return self.fn.name is not None
