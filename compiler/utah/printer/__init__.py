"""One printer per target dialect."""
from .bash import BashPrinter


def printer_for(target: str) -> BashPrinter:
    if target == "posix":
        from .posix import PosixPrinter
        return PosixPrinter()
    return BashPrinter()
