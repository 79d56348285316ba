"""Utah: a compiler from `.shx` (TypeScript-shaped shell scripts) to bash and POSIX sh."""

__version__ = "0.1.0"

from .api import CompileResult, compile_file, compile_source  # noqa: E402

__all__ = ["CompileResult", "compile_file", "compile_source", "__version__"]
