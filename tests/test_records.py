"""`record` (compiler/utah/records.py): what `@dataclass` gives, and the cache of the
compiled methods, which must never serve the methods of a class as it was before an edit."""
from __future__ import annotations

import dataclasses
import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "compiler"))

from utah import records, startcache  # noqa: E402

MODULE = '''
from utah.records import field, record


class Point(metaclass=record, frozen=True):
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)
    label: str = field(default="p", kw_only=True)


class Point3(Point, metaclass=record, frozen=True):
    z: int = 0


class Box(metaclass=record):
    items: list = field(default_factory=list)
    note: str = field(default="", compare=False)
'''


def _import_fresh(tmp_path: Path, name: str, text: str):
    path = tmp_path / f"{name}.py"
    if not path.exists() or path.read_text() != text:  # an unchanged file keeps its stamp
        path.write_text(text)
    sys.modules.pop(name, None)
    importlib.invalidate_caches()
    return importlib.import_module(name)


def _isolated_cache(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "cache" / "startcache.bin"
    monkeypatch.setattr(startcache, "PATH", str(path))
    _as_new_process(monkeypatch)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.syspath_prepend(str(tmp_path))
    return path


def _as_new_process(monkeypatch) -> None:
    """Forget what was read from the cache: the next class reads the file."""
    monkeypatch.setattr(startcache, "_entries", None)
    monkeypatch.setattr(records, "_MODULES", {})


def test_a_record_has_the_methods_of_a_dataclass(tmp_path, monkeypatch):
    _isolated_cache(tmp_path, monkeypatch)
    _check_points(_import_fresh(tmp_path, "rec_point", MODULE))  # methods compiled
    _as_new_process(monkeypatch)
    _check_points(_import_fresh(tmp_path, "rec_point", MODULE))  # from the cache


def _check_points(module) -> None:
    _check_point(module.Point)
    Point3 = module.Point3
    p = Point3(1, z=3)  # inherited defaults: a value, a factory, a keyword-only value
    assert (p.x, p.y, p.tags, p.label, p.z) == (1, 0, [], "p", 3)
    assert repr(p) == "Point3(x=1, y=0, tags=[], label='p', z=3)"
    assert p == Point3(1, 0, ["t"], 3) and hash(p) == hash(Point3(1, 0, [], 3)) and p != Point3(1)
    assert type(Point3) is type and isinstance(p, module.Point)
    assert Point3.__init__.__qualname__ == "Point3.__init__"
    Box = module.Box  # mutable: compared by value, not hashable
    assert Box([1]) == Box([1], "n") and Box([1]) != Box([2]) and Box() != Point3(1)
    with pytest.raises(TypeError):
        hash(Box())


def _check_point(Point: type) -> None:
    p = Point(1)
    assert (p.x, p.y, p.tags, p.label) == (1, 0, [], "p")
    assert Point(1, 0, ["a"]) == p and hash(Point(1, 0, ["a"])) == hash(p)  # tags: compare=False
    assert Point(1, 2) != p and Point(1, label="q") != p
    assert Point(1).tags is not p.tags  # a fresh list from the factory each time
    assert repr(p) == "Point(x=1, y=0, tags=[], label='p')"
    assert Point.__match_args__ == ("x", "y", "tags")
    assert [f.name for f in dataclasses.fields(p)] == ["x", "y", "tags", "label"]
    assert records.replace(p, y=5) == Point(1, 5)


def test_the_cache_serves_a_class_only_as_it_was_compiled(tmp_path, monkeypatch):
    cache = _isolated_cache(tmp_path, monkeypatch)
    assert _import_fresh(tmp_path, "rec_cached", MODULE).Point(3).y == 0
    assert cache.exists()
    _as_new_process(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(records, "_methods_source", None)  # a hit makes no source
        assert _import_fresh(tmp_path, "rec_cached", MODULE).Point(3, 4).y == 4
    edited = MODULE.replace("    x: int\n", "    x: int\n    w: str\n")
    point = _import_fresh(tmp_path, "rec_cached", edited).Point(3, "w")
    assert (point.x, point.w, point.y) == (3, "w", 0)


def test_the_cache_knows_the_fields_a_class_inherits_from_another_file(tmp_path, monkeypatch):
    _isolated_cache(tmp_path, monkeypatch)
    sub = "from rec_base import Base\nfrom utah.records import record\n\n\nclass Sub(Base, metaclass=record):\n    b: int\n"
    base = "from utah.records import record\n\n\nclass Base(metaclass=record):\n    a: int\n"
    _import_fresh(tmp_path, "rec_base", base).Base(0)  # compiled before Sub is defined
    assert _import_fresh(tmp_path, "rec_sub", sub).Sub(1, 2).b == 2
    _as_new_process(monkeypatch)
    _import_fresh(tmp_path, "rec_base", base.replace("    a: int\n", "    a: int\n    a2: int\n")).Base(0, 0)
    made = _import_fresh(tmp_path, "rec_sub", sub).Sub(1, 2, 3)
    assert (made.a, made.a2, made.b) == (1, 2, 3)


def test_the_cache_knows_a_plain_base_from_another_file(tmp_path, monkeypatch):
    """A class's entry keeps the stamps of the files of all its bases: what it sets (its
    `__hash__`, its shared attributes) and its fields depend on them."""
    _isolated_cache(tmp_path, monkeypatch)
    sub = "from rec_plain import Base\nfrom utah.records import record\n\n\nclass Sub(Base, metaclass=record):\n    b: int\n"
    plain = "class Base:\n    pass\n"
    _import_fresh(tmp_path, "rec_plain", plain)
    assert _import_fresh(tmp_path, "rec_plain_sub", sub).Sub(2).b == 2
    _as_new_process(monkeypatch)
    as_record = "from utah.records import record\n\n\nclass Base(metaclass=record, frozen=True):\n    a: int\n"
    _import_fresh(tmp_path, "rec_plain", as_record)
    Sub = _import_fresh(tmp_path, "rec_plain_sub", sub).Sub
    made = Sub(1, 2)  # the field it now inherits
    assert (made.a, made.b) == (1, 2) and repr(made) == "Sub(a=1, b=2)" and made == Sub(1, 2)
    with pytest.raises(TypeError):
        hash(made)  # a mutable record below a frozen one


def _box_is_frozen(module) -> None:
    assert hash(module.Box((1,))) == hash(module.Box((1,), "n")) and module.Box((1,)) == module.Box((1,))


def _y_is_not_compared(module) -> None:
    assert module.Point(1, 2) == module.Point(1, 3) and module.Point.y == 0


def _note_is_compared(module) -> None:
    assert module.Box([1], "a") != module.Box([1], "b") and module.Box.note == ""


@pytest.mark.parametrize("edit, check", [
    (("class Box(metaclass=record):", "class Box(metaclass=record, frozen=True):"), _box_is_frozen),
    (("    y: int = 0\n", "    y: int = field(default=0, compare=False)\n"), _y_is_not_compared),
    (('    note: str = field(default="", compare=False)\n', '    note: str = ""\n'), _note_is_compared),
], ids=["shares-other-methods", "gets-a-spec", "loses-a-spec"])
def test_an_edited_class_is_made_as_it_now_says(tmp_path, monkeypatch, edit, check):
    """What a class sets besides its methods (its shared attributes, the defaults and
    specs of its `field(...)`s) is kept in its cache entry, which an edit makes stale."""
    _isolated_cache(tmp_path, monkeypatch)
    assert _import_fresh(tmp_path, "rec_edited", MODULE).Box().items == []
    _as_new_process(monkeypatch)
    edited = MODULE.replace(*edit)
    assert edited != MODULE
    check(_import_fresh(tmp_path, "rec_edited", edited))  # compiled again
    _as_new_process(monkeypatch)
    check(_import_fresh(tmp_path, "rec_edited", edited))  # from the cache


def test_equal_tuples_of_a_cache_entry_are_stored_once(tmp_path, monkeypatch):
    _isolated_cache(tmp_path, monkeypatch)
    _import_fresh(tmp_path, "rec_shared", MODULE).Box()
    _as_new_process(monkeypatch)
    entry = startcache.get(("records", "rec_shared"))[1]
    layouts = [entry[name][1] for name in ("Point", "Point3")]
    assert layouts[0][3][0] == ("y", False, False) and layouts[1][3][0] is layouts[0][3][0]


KINDS = '''
from utah.records import record


class Mutable(metaclass=record):
    a: int


class FrozenBelow(Mutable, metaclass=record, frozen=True):
    b: int = 0


class MutableBelow(FrozenBelow, metaclass=record):
    c: int = 0


class Plain(metaclass=record, frozen=True, eq=False):
    a: int


class Tagged:
    def tag(self) -> str:
        return "t"


class TwoBases(Tagged, Mutable, metaclass=record):  # (made as on a first run, every time)
    d: int = 0
'''


def test_each_class_compares_and_hashes_as_its_own_flags_say(tmp_path, monkeypatch):
    _isolated_cache(tmp_path, monkeypatch)
    for _ in "compiled", "cached":
        module = _import_fresh(tmp_path, "rec_kinds", KINDS)
        assert module.FrozenBelow(1) == module.FrozenBelow(1) != module.FrozenBelow(1, 2)
        assert hash(module.FrozenBelow(1)) == hash(module.FrozenBelow(1)) != hash(module.FrozenBelow(2))
        assert module.MutableBelow(1) == module.MutableBelow(1) and module.Mutable(1) != module.FrozenBelow(1)
        for unhashable in module.Mutable(1), module.MutableBelow(1):
            with pytest.raises(TypeError):
                hash(unhashable)
        plain = module.Plain(1)
        assert plain != module.Plain(1) and plain == plain and hash(plain) == object.__hash__(plain)
        both = module.TwoBases(1, 2)
        assert (both.a, both.d, both.tag()) == (1, 2, "t") and both == module.TwoBases(1, 2) != module.TwoBases(1)
        _as_new_process(monkeypatch)
