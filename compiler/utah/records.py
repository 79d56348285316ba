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

import os
import sys

from . import startcache

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
        # (written for speed: every record class of the compiler passes here at start-up)
        own = cls.__dict__
        specs: dict[str, _Spec] = {}
        for base in reversed(cls.__mro__[1:]):
            inherited = base.__dict__.get("_record_specs")
            if inherited:
                specs.update(inherited)
        for name, annotation in own.get("__annotations__", {}).items():
            value = own.get(name, _MISSING)
            if value.__class__ is _Spec:
                spec = value
                if spec.default is _MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, spec.default)
            else:
                spec = _Spec(value)
            spec.type = annotation
            specs[name] = spec
        compared, shown, positional = [], [], []
        for name, spec in specs.items():
            if spec.compare:
                compared.append(name)
            if spec.repr:
                shown.append(name)
            if not spec.kw_only:
                positional.append(name)
        cls._record_specs = specs
        cls._compared = tuple(compared)
        cls._shown = tuple(shown)
        cls.__match_args__ = tuple(positional)
        cls.__dataclass_fields__ = _DATACLASS_FIELDS
        cls.__init__ = _first_init
        if "__repr__" not in own:
            cls.__repr__ = _repr
        if eq and "__eq__" not in own:
            cls.__eq__ = _eq
        if eq and "__hash__" not in own:
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
    """Gives every record class made since the last call its compiled `__init__` (and
    `__eq__` and `__hash__` where the generic ones stand in)."""
    env: dict[str, object] = {"_FACTORY": _Factory()}  # the defaults the methods refer to
    classes = list(_PENDING)
    for i, cls in enumerate(classes):
        for name, spec in cls._record_specs.items():
            if spec.default is not _MISSING:
                env[f"_d{i}_{name}"] = spec.default
            elif spec.default_factory is not _MISSING:
                env[f"_f{i}_{name}"] = spec.default_factory
    namespace: dict[str, object] = {}
    exec(_methods_code(classes), env, namespace)  # noqa: S102 - code generated by _methods_source
    for i, cls in enumerate(classes):
        for method in ("init", "eq", "hash"):
            func = namespace.get(f"_{method}{i}")
            if func is not None:
                func.__name__ = f"__{method}__"
                func.__qualname__ = f"{cls.__qualname__}.__{method}__"
                setattr(cls, func.__name__, func)
    del _PENDING[:len(classes)]


def _methods_source(classes: list[type]) -> str:
    """The source of the methods of `classes`: `_init{i}`, `_eq{i}` and `_hash{i}` for the
    i-th; defaults are the names `_compile_pending` binds."""
    source: list[str] = []
    for i, cls in enumerate(classes):
        positional, keyword = [], []
        body = []
        for name, spec in cls._record_specs.items():
            param = name
            if spec.default is not _MISSING:
                param = f"{name}=_d{i}_{name}"
            elif spec.default_factory is not _MISSING:
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
    return "".join(source)


def _methods_code(classes: list[type]):
    """`compile(_methods_source(classes))`, from the start-up cache where it is up to date.

    The compiled methods of each batch of record classes are kept in startcache.py's file
    (compiling them took longer than starting Python), used only while the files the
    classes were defined in (and this one) are unchanged, checked by their modification
    time and size as Python checks a module's bytecode: a hit generates no source."""
    stamp = _stamp(classes)
    if stamp is None:  # a class made in a function, or in a module without a file
        return compile(_methods_source(classes), "<records>", "exec")
    key = ("records", stamp[0])
    cached = startcache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    code = compile(_methods_source(classes), "<records>", "exec")
    startcache.put(key, (stamp, code))
    return code


def _stamp(classes: list[type]) -> tuple | None:
    """What the methods of `classes` are made from: their names and the modification time
    and size of each file they or their record bases (whose fields they inherit) come
    from, and of this module; None where a class was not defined at the top of a module
    with a source file."""
    names = []
    files = {__file__: None}
    for cls in classes:
        names.append(f"{cls.__module__}.{cls.__qualname__}")
        for klass in cls.__mro__:
            if "_record_specs" in klass.__dict__:
                if "<" in klass.__qualname__:
                    return None
                files.setdefault(getattr(sys.modules.get(klass.__module__), "__file__", None))
    if None in files:
        return None
    try:
        stats = [os.stat(path) for path in files]
    except OSError:
        return None
    return (tuple(names), sys.version, tuple(files),
            tuple((st.st_mtime_ns, st.st_size) for st in stats))


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
