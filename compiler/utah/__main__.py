"""`python -m utah`: the same as the `utah` command."""
import sys

from .cli import main

sys.exit(main())
