"""Utah conformance corpus and harness."""
