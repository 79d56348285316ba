"""The compiler's own modules, loaded without the machinery of `import`.

For each module it loads, Python's import system runs a few hundred lines of Python
(`importlib._bootstrap`: a lock, the search of the package's directory, a spec, the
module's attributes, the validation of the cached bytecode): together more time, for the
forty modules of a compilation, than the modules take to run. `load` makes each module
as the import system would — the module object with the same attributes (`__spec__`,
`__loader__`, `__file__`, `__cached__`, `__path__`, `__package__`), its code the bytecode
in `__pycache__` when it is up to date for the source (read in five system calls where
the loader's `get_code` makes eleven; any other case, such as a stale or hash-based file,
is left to `get_code`, which compiles the source and caches it), in `sys.modules` and as
an attribute of its package — and runs it. Where this package is not loaded from source files (a zip, a frozen
application), `load` imports the usual way.

`load` takes modules in the order in which `import` finishes them: a module after those
its body imports, a package after the modules its `__init__` imports (the package is
already in `sys.modules`, empty, while they run, as it is partly run during an `import`).
A module whose body needs a name its package defines must come after the package; one
it imports that is not loaded yet is imported the usual way.
"""
from __future__ import annotations

import marshal
import os
import sys

import _frozen_importlib_external
import _imp

# The classes of this module's own spec and loader: the modules are made as it was.
_Spec, _SourceLoader, _Module = type(__spec__), type(__spec__.loader), type(sys)
# The tag of cached bytecode's file names, where their path is the plain one (no
# `sys.pycache_prefix`, no optimization level): else `spec.cached` works it out.
_CACHE_TAG = (sys.implementation.cache_tag
              if sys.pycache_prefix is None and not sys.flags.optimize else None)
_LOADS_SOURCE = (__spec__.has_location and __spec__.origin.endswith(".py")
                 and hasattr(__spec__.loader, "get_code"))


def load(names: tuple[str, ...]) -> None:
    """Loads the modules `names` (of this package) not loaded yet, in this order."""
    if not _LOADS_SOURCE:
        for name in names:
            __import__(name)
        return
    made: list[str] = []  # in sys.modules and not run yet: taken out if loading fails
    _imp.acquire_lock()  # (another thread importing one of them waits until it has run)
    try:
        for name in names:
            module = sys.modules.get(name)
            if module is None:
                module = _make(name, made)
            elif name not in made:
                continue
            exec(_code(module), module.__dict__)  # noqa: S102 - our own module
            made.remove(name)
    finally:
        for name in made:
            del sys.modules[name]
        _imp.release_lock()


def module(name: str):
    """The module `name` of this package, loaded if need be."""
    found = sys.modules.get(name)
    if found is None:
        load((name,))
        found = sys.modules[name]
    return found


def _make(name: str, made: list[str]):
    """The module object `name`, empty, in `sys.modules` (its package too, if need be)."""
    parent_name, _, child = name.rpartition(".")
    parent = sys.modules.get(parent_name) or _make(parent_name, made)
    directory = parent.__path__[0]
    package_path = f"{directory}/{child}"
    is_package = _is_package(package_path)
    path = f"{package_path}/__init__.py" if is_package else f"{package_path}.py"
    loader = _SourceLoader(name, path)
    spec = _Spec(name, loader, origin=path, is_package=is_package)
    spec.has_location = True
    # As `import` leaves it after running a module (True while it runs, where the global
    # lock held here stands in): each `import` of the module reads it, and its absence
    # costs a raised and cleared AttributeError each time (a third of the statement).
    spec._initializing = False
    if _CACHE_TAG is not None:  # (what `spec.cached` works out, without its path functions)
        spec.cached = (f"{package_path}/__pycache__/__init__.{_CACHE_TAG}.pyc" if is_package
                       else f"{directory}/__pycache__/{child}.{_CACHE_TAG}.pyc")
    module = _Module(name)
    module.__spec__, module.__loader__, module.__file__ = spec, loader, path
    module.__cached__ = spec.cached
    module.__package__ = name if is_package else parent_name
    if is_package:
        module.__path__ = spec.submodule_search_locations = [package_path]
    sys.modules[name] = module
    made.append(name)
    setattr(parent, child, module)
    return module


# A cached bytecode file starts with the magic number of this Python, flags (0: stamped
# with its source's modification time and size, each modulo 2**32) and the stamp.
_TIMESTAMPED = _frozen_importlib_external.MAGIC_NUMBER + bytes(4)
_BINARY_READ = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)


def _code(module):
    """The code of `module`, from its cached bytecode if that is up to date (as the
    loader's `get_code` checks it), else from `get_code`."""
    spec = module.__spec__
    try:
        source = os.stat(spec.origin)
        fd = os.open(spec.cached, _BINARY_READ)
        try:
            data = os.read(fd, os.fstat(fd).st_size)
        finally:
            os.close(fd)
    except (OSError, TypeError):  # (TypeError: no cached path)
        data = b""
    if (data[:8] == _TIMESTAMPED and len(data) > 16
            and int.from_bytes(data[8:12], "little") == int(source.st_mtime) & 0xFFFFFFFF
            and int.from_bytes(data[12:16], "little") == source.st_size & 0xFFFFFFFF):
        return marshal.loads(memoryview(data)[16:])
    return module.__loader__.get_code(module.__name__)


def _is_package(path: str) -> bool:
    """Is there `path/__init__.py`? (`access` answers no without the exception `stat`
    raises for each plain module.)"""
    return os.access(f"{path}/__init__.py", os.F_OK)
