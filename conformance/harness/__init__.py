"""Conformance harness: case files, executors, reports."""
