"""Golden bash output: one test per case, its snapshot is golden/bash/<area>__<case>.sh."""
from conformance.harness.golden import golden_tests

globals().update(golden_tests("bash"))
