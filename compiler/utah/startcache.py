"""One file of `__pycache__` for what the compiler would otherwise work out again at every
start, as Python keeps the bytecode of modules there: the compiled methods of the record
classes (records.py), the compiled regular expressions (patterns.py), the built-ins'
parsed signatures (builtins/__init__.py) and the run-time helpers' texts
(runtime/__init__.py).

Each user keeps its entries under its own key. Records, built-ins and helpers store each
with the stamp of the source files it was made from (modification time and size) and use
it while the stamp holds (`kept`, `current`); the patterns' key holds the Python version.
A file that cannot be read or written (read-only installation, `PYTHONDONTWRITEBYTECODE`)
only means the work is done each time.

The file is an index (key → where its marshalled value lies) followed by the values, and
a process reads only the index and the values it asks for: most of the file is the
run-time helpers of every namespace, of which a compilation needs a few. Reading it all
cost more in fresh memory pages (over a microsecond each) than in reading.
"""
from __future__ import annotations

import marshal
import os
import sys

PATH = os.path.join(os.path.dirname(__file__), "__pycache__",
                    f"startcache.{sys.implementation.cache_tag}.bin")
_MAGIC = b"UTC1"  # the file's format; followed by the index's size (4 bytes, little-endian)
_HEADER = len(_MAGIC) + 4

# key → where its value is in the file: (offset after the index, size), or its marshalled
# value when this process stored it. None until the file's index is read (on first need).
_entries: dict | None = None
# The file the offsets are in, kept open (a newer file replacing it is not seen by this
# process; the one it opened stays readable), and where its values begin.
_fd: int | None = None
_data_start = 0


def get(key: object) -> object:
    """The value stored under `key`, or None."""
    if _entries is None:
        _open()
    where = _entries.get(key)
    if where is None:
        return None
    try:
        return marshal.loads(_value(where))
    except (OSError, ValueError, EOFError, TypeError):
        return None  # an unreadable one


def current(key: object, stamp: object) -> object:
    """The value stored under `key` with `stamp` (what it was made from: files' stamps, a
    version), or None: nothing stored, a value made from something else, or no `stamp`
    (a value not made from files is worked out every time)."""
    if stamp is None:
        return None
    entry = get(key)
    if entry.__class__ is tuple and len(entry) == 2 and entry[0] == stamp:
        return entry[1]
    return None


def kept(key: object, stamp: object, make) -> object:
    """`current(key, stamp)`, else what `make()` makes (values `marshal` takes), then
    stored under `key` with `stamp` unless that is None."""
    value = current(key, stamp)
    if value is None:
        value = make()
        if stamp is not None:
            put({key: (stamp, value)})
    return value


def file_stamp(path: str) -> tuple | None:
    """(path, modification time, size) of a file an entry is made from, as Python checks
    the source of cached bytecode; None when it cannot be read (an entry is then not
    kept: its user works it out every time)."""
    try:
        st = os.stat(path)
    except (OSError, TypeError):
        return None
    return path, st.st_mtime_ns, st.st_size


def put(entries: dict) -> None:
    """Stores each value (of types `marshal` takes) under its key and writes the file."""
    if _entries is None:
        _open()
    for key, value in entries.items():
        _entries[key] = marshal.dumps(value)
    if sys.dont_write_bytecode:
        return
    values = {}
    for key, where in _entries.items():
        try:
            values[key] = _value(where)
        except (OSError, ValueError):
            pass  # an entry of an unreadable file: dropped
    index, offset = {}, 0
    for key, data in values.items():
        index[key] = (offset, len(data))
        offset += len(data)
    head = marshal.dumps(index)
    temp = f"{PATH}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(PATH), exist_ok=True)
        with open(temp, "wb") as f:
            f.write(b"".join((_MAGIC, len(head).to_bytes(4, "little"), head, *values.values())))
        os.replace(temp, PATH)  # a process reading it sees the old file or the new one
    except OSError:
        pass  # a read-only installation works it out every time


def _value(where: object) -> bytes:
    """The marshalled value at `where` (an entry of `_entries`)."""
    if where.__class__ is not tuple:
        return where
    offset, size = where
    data = os.pread(_fd, size, _data_start + offset)
    if len(data) != size:
        raise ValueError("the start-up cache is shorter than its index says")
    return data


def _open() -> None:
    """Reads the index of the file (an empty one when there is no readable file)."""
    global _entries, _fd, _data_start
    _entries = {}
    try:
        fd = os.open(PATH, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return  # no file yet
    try:
        header = os.pread(fd, _HEADER, 0)
        size = int.from_bytes(header[len(_MAGIC):], "little")
        index = marshal.loads(os.pread(fd, size, _HEADER)) if header[:len(_MAGIC)] == _MAGIC else None
    except (OSError, ValueError, EOFError, TypeError):
        index = None
    if not isinstance(index, dict):
        os.close(fd)
        return  # an unreadable file, or one of another format: rewritten by the next `put`
    if _fd is not None:
        os.close(_fd)
    _entries, _fd, _data_start = index, fd, _HEADER + size
