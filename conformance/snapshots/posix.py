"""Golden posix output: one test per case, its snapshot is golden/posix/<area>__<case>.sh."""
from conformance.harness.golden import golden_tests

globals().update(golden_tests("posix"))
