"""`record`: what `@dataclass` gives the compiler's own classes, at a fraction of the
import time.

`@dataclass` compiles three or four functions per class while the module is imported,
which made the start of every `utah compile` slow. A `record` class gets the same
`__init__` (positional fields, defaults, `field(default_factory=…)`, keyword-only fields),
`__repr__`, `__eq__` and `__hash__` (unless the class defines its own), `frozen=True`
(hashed by value; unlike `@dataclass`, assignment is not trapped: a `__setattr__` that
raises would put every construction of a span or an IR word on a slow path),
`__match_args__` and `__dataclass_fields__` (so `dataclasses.fields()`, `replace()` and
`asdict()` work) — without compiling anything at import: the compiled methods are kept
in the start-up cache (startcache.py), one entry per module, and a class gets them when
it is made (`record` is its metaclass); those not there yet (the first run after an
edit) are compiled together, in one go, when the first record is made (generic ones
stand in until then). Only a frozen record has an `__eq__` of its own: a mutable one (a
syntax node, an IR command) compares with the generic `_eq`.

`dataclasses` itself (with `inspect`, which it imports) costs more to import than the
whole compiler needs: it is imported only when `__dataclass_fields__` is first read. The
compiler uses `_record_specs` (field name → `field(...)` spec, in order) and `replace`.
"""
from __future__ import annotations

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


# Record classes whose `__init__` is not compiled yet, with the names of their fields given
# by `field(...)` and of the shared attributes they set (kept in the cache)
_PENDING: list[tuple[type, tuple, tuple]] = []


def record(name: str, bases: tuple, namespace: dict, /, *, frozen: bool = False, eq: bool = True) -> type:
    """The metaclass of a record class, `class P(Base, metaclass=record, frozen=True)`, as
    `@dataclass(frozen=…, eq=…)`: makes the class (a plain one: its type is `type`) with
    its attributes and `__init__` in its namespace, as its entry in the cache says (each
    attribute set on a class made re-runs the slot updates of `type`: ten of them cost as
    much as the class). The first run after an edit (or a class with more than one base)
    sets them on the class made (`_recorded`)."""
    module = namespace["__module__"]
    cached = _cached_class(module, namespace["__qualname__"])
    if cached is None or len(bases) > 1:
        return _recorded(type(name, bases, namespace), frozen, eq)
    methods, layout, _, specified, shared = cached
    for key in shared:
        namespace[key] = _SHARED[key]
    if specified:
        for key, value in _field_attributes(namespace, specified).items():
            if value is _MISSING:
                del namespace[key]
            else:
                namespace[key] = value
    namespace["_record_layout"], namespace["__match_args__"] = layout, layout[2]
    _functions(namespace, module, methods, layout[3], namespace, bases[0] if bases else object)
    return type(name, bases, namespace)


def _recorded(cls: type, frozen: bool, eq: bool) -> type:
    """`cls` made a record class (what `record` does with the cache's entry), by setting
    its attributes and methods on it: those not in the cache wait for `_compile_pending`."""
    own = cls.__dict__
    specified, shared = _specified_fields(own), _shared_attributes(own, cls, frozen, eq)
    attributes = {key: _SHARED[key] for key in shared}
    if specified:
        attributes.update(_field_attributes(own, specified))
    for name, value in attributes.items():
        if value is _MISSING:
            delattr(cls, name)
        else:
            setattr(cls, name, value)
    cached = _cached_class(cls.__module__, cls.__qualname__)
    if cached is None:
        _await_methods(cls, frozen, eq)
        _PENDING.append((cls, specified, shared))
        return cls
    cls._record_layout, cls.__match_args__ = cached[1], cached[1][2]
    _set_functions(cls, cached[0])
    return cls


def _specified_fields(own) -> tuple:
    """The names of the fields given by `field(...)` in the namespace `own` of a record class."""
    return tuple(name for name in own.get("__annotations__", ()) if own.get(name).__class__ is _Spec)


def _shared_attributes(own, inherited: type, frozen: bool, eq: bool) -> tuple:
    """The names of the attributes (of `_SHARED`) that a record class with the namespace
    `own` does not inherit (from `inherited`, the class itself or its only base) of what
    record classes share: `_record_specs`, `__dataclass_fields__`, `__repr__`, and a mutable
    record's `__eq__` and `__hash__ = None`."""
    shared: list[str] = []
    if getattr(inherited, "_record_layout", None) is None:  # no record base
        shared += ("_record_specs", "__dataclass_fields__")
    if "__repr__" not in own and inherited.__repr__ is not _repr:
        shared.append("__repr__")
    if eq and not frozen:  # (a mutable record compares with `_eq`, a frozen one with its own)
        if "__eq__" not in own and inherited.__eq__ is not _eq:
            shared.append("__eq__")
        if "__hash__" not in own and inherited.__hash__ is not None:
            shared.append("__hash__")
    return tuple(shared)


def _field_attributes(own, specified: tuple) -> dict:
    """What a record class with the namespace `own` sets for its fields given by
    `field(...)` (`specified`): `_own_specs`, and the default of each (`_MISSING`: none, the
    name is taken out). (With its methods in the cache, a class needs no spec of its other
    fields: see `_Specs`.)"""
    own_specs = {name: own[name] for name in specified}
    attributes: dict[str, object] = {name: spec.default for name, spec in own_specs.items()}
    attributes["_own_specs"] = own_specs
    return attributes


def _await_methods(cls: type, frozen: bool, eq: bool) -> None:
    """Gives `cls`, whose methods are not in the cache, generic ones until the first record
    is made (`_first_init`)."""
    own = cls.__dict__
    layout = _layout(cls)
    cls._record_layout, cls.__match_args__ = layout, layout[2]
    cls.__init__ = _first_init
    if eq and frozen and "__eq__" not in own:
        cls.__eq__ = _eq  # (until its own is compiled)
    if eq and frozen and "__hash__" not in own:
        cls.__hash__ = _hash


class _Specs:
    """`cls._record_specs`: field name → `_Spec`, inherited fields first, made on first
    read. Start-up needs only what the cache keeps of them (`_layout`); `replace`,
    `dataclasses.fields`, the syntax tree's walk and a class whose methods are compiled
    read them."""

    def __get__(self, obj: object, cls: type) -> dict:
        specs = cls.__dict__.get("_specs_made")
        if specs is None:
            specs = {}
            for base in reversed(cls.__mro__[1:]):
                if "_record_layout" in base.__dict__:  # a record class
                    specs.update(base._record_specs)
            own = cls.__dict__
            own_specs = own.get("_own_specs", {})
            for name, annotation in own.get("__annotations__", {}).items():
                spec = own_specs.get(name)
                if spec is None:
                    spec = _Spec(own.get(name, _MISSING))
                spec.type = annotation
                specs[name] = spec
            cls._specs_made = specs
        return specs


_SPECS = _Specs()


def _layout(cls: type) -> tuple:
    """What a class's methods and its start-up need of its fields' specs, kept in the cache
    with the methods: the names compared, shown and positional, and `(name, keyword-only,
    from a factory)` for each field with a default (the value is the class's attribute)."""
    compared, shown, positional, defaults = [], [], [], []
    for name, spec in cls._record_specs.items():
        if spec.compare:
            compared.append(name)
        if spec.repr:
            shown.append(name)
        if not spec.kw_only:
            positional.append(name)
        if spec.default is not _MISSING or spec.default_factory is not _MISSING:
            defaults.append((name, spec.kw_only, spec.default_factory is not _MISSING))
    return tuple(compared), tuple(shown), tuple(positional), tuple(defaults)


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
    """The `__init__` of a record class not found in the cache until the first record is
    made: compiles the methods of all such classes."""
    _compile_pending()
    init = type(self).__init__
    if init is _first_init:
        raise TypeError(f"{type(self).__qualname__} is not a record class")
    init(self, *args, **kwargs)


def _compile_pending() -> None:
    """Gives every record class made since the last call its compiled `__init__` (and
    `__eq__` and `__hash__` where the generic ones stand in), and stores the methods."""
    pending = list(_PENDING)
    made = compile(_methods_source([cls for cls, _, _ in pending]), "<records>", "exec")
    functions = {code.co_name: code for code in made.co_consts if code.__class__ is _Code}
    changed: dict[tuple[str, str], dict] = {}
    for i, (cls, specified, shared) in enumerate(pending):
        methods = tuple(None if code is None else  # named as `__init__`, `__eq__`, `__hash__` of `cls`
                        code.replace(co_name=name, co_qualname=f"{cls.__qualname__}.{name}")
                        for code, name in ((functions[f"_init{i}"], "__init__"),
                                           (functions.get(f"_eq{i}"), "__eq__"),
                                           (functions.get(f"_hash{i}"), "__hash__")))
        _set_functions(cls, methods)
        elsewhere = _bases_elsewhere(cls)
        if elsewhere is not None:
            _, stamp, entry = _module(cls.__module__)
            entry[cls.__qualname__] = (methods, cls._record_layout, elsewhere, specified, shared)
            changed[("records", cls.__module__)] = ((sys.version, _OWN_STAMP, stamp), entry)
    del _PENDING[:len(pending)]
    if changed:
        startcache.put({key: (stamp, _one_of_each(entry)) for key, (stamp, entry) in changed.items()})


def _one_of_each(entry: dict) -> dict:
    """The entry of a module's record classes in the cache with equal tuples of names (and
    flags) in it made one: marshal writes a tuple used twice once, and reads it once."""
    made: dict[tuple, tuple] = {}

    def one(names: tuple) -> tuple:
        names = tuple(one(item) if item.__class__ is tuple else item for item in names)
        return made.setdefault(names, names)
    return {qualname: (methods, *map(one, rest)) for qualname, (methods, *rest) in entry.items()}


def _methods_source(classes: list[type]) -> str:
    """The source of the methods of `classes`: `_init{i}`, `_eq{i}` and `_hash{i}` for the
    i-th. Only their code is used (`_functions` makes the functions, with the defaults), so
    a field's factory is the global `_f_<field>`, the same name in every class."""
    source: list[str] = []
    for i, cls in enumerate(classes):
        positional, keyword = [], []
        body = []
        for name, spec in cls._record_specs.items():
            has_default = spec.default is not _MISSING or spec.default_factory is not _MISSING
            (keyword if spec.kw_only else positional).append(f"{name}=_" if has_default else name)
            value = name if spec.default_factory is _MISSING else \
                f"_f_{name}() if {name} is _FACTORY else {name}"
            body.append(f"self.{name} = {value}")
        params = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
        source.append(f"def _init{i}({params}):\n    " + ("\n    ".join(body) or "pass") + "\n")
        mine = "(" + "".join(f"self.{n}, " for n in cls._record_layout[0]) + ")"
        theirs = mine.replace("self.", "other.")
        if cls.__dict__.get("__eq__") is _eq and cls.__dict__.get("__hash__") is _hash:  # frozen
            source.append(f"def _eq{i}(self, other):\n    if other is self:\n        return True\n"
                          f"    if other.__class__ is self.__class__:\n"
                          f"        return {mine} == {theirs}\n    return NotImplemented\n")
        if cls.__dict__.get("__hash__") is _hash:
            source.append(f"def _hash{i}(self):\n    return hash({mine})\n")
    return "".join(source)


_Code = type(_first_init.__code__)
_Function = type(_first_init)


def _set_functions(cls: type, methods: tuple) -> None:
    """Sets the methods of `cls` made from their code (see `_functions`)."""
    functions: dict[str, object] = {}
    _functions(functions, cls.__module__, methods, cls._record_layout[3], cls.__dict__, cls)
    for name, function in functions.items():
        setattr(cls, name, function)


def _functions(into: dict, module: str, methods: tuple, defaults: tuple, own, base: type) -> None:
    """Puts in `into` the methods of a record class of `module`, made from their code
    `(init, eq or None, hash or None)` with the `defaults` of `_layout`: the value of a
    default is in the class's namespace `own` or inherited from `base` (the class itself,
    or its base)."""
    init, eq, hash_ = methods
    env = {"__name__": module, "_FACTORY": _FACTORY}
    positional: list[object] = []
    keyword: dict[str, object] = {}
    for name, kw_only, from_factory in defaults:
        if from_factory:
            value = _FACTORY
            own_specs = own.get("_own_specs")
            spec = own_specs[name] if own_specs and name in own_specs else base._record_specs[name]
            env[f"_f_{name}"] = spec.default_factory
        else:
            value = own[name] if name in own else getattr(base, name)
        if kw_only:
            keyword[name] = value
        else:
            positional.append(value)
    into["__init__"] = made = _Function(init, env, None, tuple(positional) if positional else None)
    if keyword:
        made.__kwdefaults__ = keyword  # (names from the code)
    if eq is not None:
        into["__eq__"] = _Function(eq, env)
    if hash_ is not None:
        into["__hash__"] = _Function(hash_, env)


# The compiled methods are kept in the start-up cache as Python keeps the bytecode of
# modules: compiling them took longer than starting Python. Each module's record classes
# have one entry, `(stamp, {qualified name: (code of the methods, `_layout`, stamps of
# the other modules of its bases, the names of its fields given by `field(...)`, the
# names of the shared attributes it sets)})`: what a class needs besides the values of its
# namespace. The entry is used while the module's file (and this one, and the Python
# version: the stamp) is as it was, and a class's while the files of its bases are,
# checked by their modification time and size as Python checks bytecode (per module, not
# per class: most have no base elsewhere).
_MODULES: dict[str, tuple] = {}  # module name → what `_module` gives


def _cached_class(module: str, qualname: str) -> tuple | None:
    """The entry of the class `qualname` of `module` in the cache, if it is up to date."""
    known = _MODULES.get(module)
    if known is None or known[0] is not sys.modules.get(module):
        known = _module(module)
    cached = known[2].get(qualname)
    if cached is not None and cached[2]:  # bases elsewhere
        for module_name, stamp in cached[2]:
            if _module(module_name)[1] != stamp:
                return None
    return cached


def _module(name: str) -> tuple:
    """(the module, its file's stamp, the cache's entry of its record classes if it is up
    to date, else an empty one), as they were when the module was imported (worked out
    once per import: a module imported again is looked at again)."""
    module = sys.modules.get(name)
    known = _MODULES.get(name)
    if known is not None and known[0] is module:
        return known
    stamp = startcache.file_stamp(getattr(module, "__file__", None))
    stored = startcache.current(("records", name), (sys.version, _OWN_STAMP, stamp)
                                if stamp is not None else None)
    known = _MODULES[name] = (module, stamp, {} if stored is None else stored)
    return known


def _bases_elsewhere(cls: type) -> tuple | None:
    """`(module name, file stamp)` of each other module defining a base of `cls` (whose
    fields and methods it inherits; Python's own classes aside); None where the entry of
    `cls` cannot be cached: it or a base is not defined at the top of a module with a
    source file."""
    found: list[tuple] = []
    for klass in cls.__mro__:
        module_name = klass.__module__
        if module_name == "builtins":
            continue
        if "<" in klass.__qualname__:
            return None
        stamp = _module(module_name)[1]
        if stamp is None:
            return None
        if module_name != cls.__module__ and (module_name, stamp) not in found:
            found.append((module_name, stamp))
    return tuple(found)


class _Factory:
    """The default of a field with a `default_factory`, in `__init__` signatures."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()
_OWN_STAMP = startcache.file_stamp(__file__)


def _repr(self) -> str:
    shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._record_layout[1])
    return f"{type(self).__qualname__}({shown})"


def _values(self) -> tuple:
    return tuple(getattr(self, n) for n in self._record_layout[0])


def _eq(self, other: object) -> bool:
    """`==` of a mutable record (of a frozen one until its own is compiled: the same,
    faster, for the values compared everywhere): a record of the same class whose
    compared fields are equal. Syntax nodes and IR commands are seldom compared: a
    compiled `__eq__` for each of their classes cost more at start-up than it saves."""
    if other is self:
        return True
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self) -> int:
    return hash(_values(self))


# What record classes share (`_shared_attributes`), by name
_SHARED = {"_record_specs": _SPECS, "__dataclass_fields__": _DATACLASS_FIELDS, "__repr__": _repr,
           "__eq__": _eq, "__hash__": None}
