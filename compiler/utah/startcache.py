"""One file of `__pycache__` for what the compiler would otherwise work out again at every
start, as Python keeps the bytecode of modules there: the compiled methods of the record
classes (records.py) and the compiled regular expressions (patterns.py).

Each user keeps its entries under its own key and says itself when one is out of date
(records by the modification time and size of source files, patterns by the Python
version). An entry is kept marshalled in the file's dict, so that reading the file costs
little more than the entries a process uses. A file that cannot be read or written
(read-only installation, `PYTHONDONTWRITEBYTECODE`) only means the work is done each time.
"""
from __future__ import annotations

import marshal
import os
import sys

PATH = os.path.join(os.path.dirname(__file__), "__pycache__",
                    f"startcache.{sys.implementation.cache_tag}.bin")
_entries: dict | None = None  # key → marshalled value, read from PATH on first need


def get(key: object) -> object:
    """The value stored under `key`, or None."""
    global _entries
    if _entries is None:
        _entries = _read()
    data = _entries.get(key)
    if data is None:
        return None
    try:
        return marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return None


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
    global _entries
    if _entries is None:
        _entries = _read()
    for key, value in entries.items():
        _entries[key] = marshal.dumps(value)
    if sys.dont_write_bytecode:
        return
    temp = f"{PATH}.{os.getpid()}"
    try:
        os.makedirs(os.path.dirname(PATH), exist_ok=True)
        with open(temp, "wb") as f:
            f.write(marshal.dumps(_entries))
        os.replace(temp, PATH)  # a process reading it sees the old file or the new one
    except OSError:
        pass  # a read-only installation works it out every time


def _read() -> dict:
    try:
        with open(PATH, "rb") as f:
            entries = marshal.loads(f.read())
        if isinstance(entries, dict):
            return entries
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no file yet, or an unreadable one
    return {}
