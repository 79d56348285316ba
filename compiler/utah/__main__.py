"""`python -m utah`: the same as the `utah` command."""
from .cli import entry

entry()
