"""`@record`: what `@dataclass` gives the compiler's own classes, at a fraction of the
import time.

`@dataclass` compiles three or four functions per class while the module is imported,
which made the start of every `utah compile` slow. A `record` class gets the same
`__init__` (positional fields, defaults, `field(default_factory=…)`, keyword-only fields),
`__repr__`, `__eq__` and `__hash__` (unless the class defines its own), `frozen=True`
(hashed by value; unlike `@dataclass`, assignment is not trapped: a `__setattr__` that
raises would put every construction of a span or an IR word on a slow path),
`__match_args__` and `__dataclass_fields__` (so `dataclasses.fields()`, `replace()` and
`asdict()` work) — but the `__init__`s of all record classes are compiled together, in
one go, when the first record is made (with their `__eq__` and `__hash__`; generic ones
stand in until then).

`dataclasses` itself (with `inspect`, which it imports) costs more to import than the
whole compiler needs: it is imported only when `__dataclass_fields__` is first read. The
compiler uses `_record_specs` (field name → `field(...)` spec, in order) and `replace`.
"""
from __future__ import annotations

_MISSING = object()  # no default given


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a read-only object, such as a `Builtin` (as
    `dataclasses.FrozenInstanceError`)."""


class _Spec:
    """What `field(...)` says about one field."""

    __slots__ = ("default", "default_factory", "kw_only", "repr", "compare", "type")

    def __init__(self, default: object = _MISSING, default_factory: object = _MISSING,
                 kw_only: bool = False, repr: bool = True, compare: bool = True) -> None:
        self.default, self.default_factory = default, default_factory
        self.kw_only, self.repr, self.compare = kw_only, repr, compare
        self.type: object = None  # the annotation, as written


def field(*, default: object = _MISSING, default_factory: object = _MISSING, kw_only: bool = False,
          repr: bool = True, compare: bool = True) -> object:
    """As `dataclasses.field`, for the options records support."""
    return _Spec(default, default_factory, kw_only, repr, compare)


_PENDING: list[type] = []  # record classes whose `__init__` is not compiled yet


def record(cls: type | None = None, /, *, frozen: bool = False, eq: bool = True):
    """Class decorator standing in for `@dataclass(frozen=…, eq=…)`."""
    def wrap(cls: type) -> type:
        specs: dict[str, _Spec] = {}
        for base in reversed(cls.__mro__[1:]):
            specs.update(base.__dict__.get("_record_specs", {}))
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            value = cls.__dict__.get(name, _MISSING)
            spec = value if isinstance(value, _Spec) else _Spec(default=value)
            spec.type = annotation
            if spec is value:
                if spec.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, spec.default)
            specs[name] = spec
        cls._record_specs = specs
        cls._compared = tuple(n for n, s in specs.items() if s.compare)
        cls._shown = tuple(n for n, s in specs.items() if s.repr)
        cls.__match_args__ = tuple(n for n, s in specs.items() if not s.kw_only)
        cls.__dataclass_fields__ = _DATACLASS_FIELDS
        cls.__init__ = _first_init
        if "__repr__" not in cls.__dict__:
            cls.__repr__ = _repr
        if eq and "__eq__" not in cls.__dict__:
            cls.__eq__ = _eq
        if eq and "__hash__" not in cls.__dict__:
            cls.__hash__ = _hash if frozen else None
        _PENDING.append(cls)
        return cls
    return wrap if cls is None else wrap(cls)


class _DataclassFields:
    """`cls.__dataclass_fields__`: real `dataclasses.Field`s, made on first read."""

    def __get__(self, obj: object, cls: type) -> dict:
        made = cls.__dict__.get("_dataclass_fields")
        if made is None:
            import dataclasses
            made = {}
            for name, spec in cls._record_specs.items():
                default, factory = (dataclasses.MISSING if v is _MISSING else v
                                    for v in (spec.default, spec.default_factory))
                f = dataclasses.field(default=default, default_factory=factory,
                                      kw_only=spec.kw_only, repr=spec.repr, compare=spec.compare)
                f.name, f.type, f._field_type = name, spec.type, dataclasses._FIELD  # as @dataclass leaves them
                made[name] = f
            cls._dataclass_fields = made
        return made


_DATACLASS_FIELDS = _DataclassFields()


def replace(obj, **changes):
    """A copy of the record `obj` with some fields changed (as `dataclasses.replace`)."""
    values = {name: getattr(obj, name) for name in obj._record_specs}
    values.update(changes)
    return obj.__class__(**values)


def _first_init(self, *args, **kwargs) -> None:
    """Every record's `__init__` until the first record is made: compiles the real ones."""
    _compile_pending()
    init = type(self).__init__
    if init is _first_init:
        raise TypeError(f"{type(self).__qualname__} is not a record class")
    init(self, *args, **kwargs)


def _compile_pending() -> None:
    source: list[str] = []
    env: dict[str, object] = {"_FACTORY": _Factory()}
    classes = list(_PENDING)
    for i, cls in enumerate(classes):
        positional, keyword = [], []
        body = []
        for name, spec in cls._record_specs.items():
            param = name
            if spec.default is not _MISSING:
                env[f"_d{i}_{name}"] = spec.default
                param = f"{name}=_d{i}_{name}"
            elif spec.default_factory is not _MISSING:
                env[f"_f{i}_{name}"] = spec.default_factory
                param = f"{name}=_FACTORY"
            (keyword if spec.kw_only else positional).append(param)
            value = name if spec.default_factory is _MISSING else \
                f"_f{i}_{name}() if {name} is _FACTORY else {name}"
            body.append(f"self.{name} = {value}")
        params = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
        source.append(f"def _init{i}({params}):\n    " + ("\n    ".join(body) or "pass") + "\n")
        mine = "(" + "".join(f"self.{n}, " for n in cls._compared) + ")"
        theirs = mine.replace("self.", "other.")
        if cls.__dict__.get("__eq__") is _eq:
            source.append(f"def _eq{i}(self, other):\n    if other is self:\n        return True\n"
                          f"    if other.__class__ is self.__class__:\n"
                          f"        return {mine} == {theirs}\n    return NotImplemented\n")
        if cls.__dict__.get("__hash__") is _hash:
            source.append(f"def _hash{i}(self):\n    return hash({mine})\n")
    namespace: dict[str, object] = {}
    key = f"{classes[0].__module__}.{classes[0].__qualname__}.{len(classes)}"
    exec(_compiled("".join(source), key), env, namespace)  # noqa: S102 - code generated just above
    for i, cls in enumerate(classes):
        for method in ("init", "eq", "hash"):
            func = namespace.get(f"_{method}{i}")
            if func is not None:
                func.__name__ = f"__{method}__"
                func.__qualname__ = f"{cls.__qualname__}.__{method}__"
                setattr(cls, func.__name__, func)
    del _PENDING[:len(classes)]


def _compiled(source: str, key: str):
    """`compile(source)`, kept in `__pycache__` as Python keeps the bytecode of modules:
    compiling the methods of every record took longer than starting Python. The cache
    file holds the source it was made from and is used only for that very source."""
    import marshal
    import os
    import sys
    from importlib._bootstrap_external import MAGIC_NUMBER  # the bytecode version

    path = os.path.join(os.path.dirname(__file__), "__pycache__",
                        f"records.{key}.{sys.implementation.cache_tag}.bin")
    try:
        with open(path, "rb") as f:
            data = f.read()
        if data.startswith(MAGIC_NUMBER):
            cached_source, code = marshal.loads(data[len(MAGIC_NUMBER):])
            if cached_source == source:
                return code
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no cache, or an unreadable one: compile
    code = compile(source, "<records>", "exec")
    if not sys.dont_write_bytecode:
        temp = f"{path}.{os.getpid()}"
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(temp, "wb") as f:
                f.write(MAGIC_NUMBER + marshal.dumps((source, code)))
            os.replace(temp, path)
        except OSError:
            pass  # a read-only installation compiles every time
    return code


class _Factory:
    """The default of a field with a `default_factory`, in `__init__` signatures."""

    def __repr__(self) -> str:
        return "<factory>"


def _repr(self) -> str:
    shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._shown)
    return f"{type(self).__qualname__}({shown})"


def _values(self) -> tuple:
    return tuple(getattr(self, n) for n in self._compared)


def _eq(self, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self) -> int:
    return hash(_values(self))
