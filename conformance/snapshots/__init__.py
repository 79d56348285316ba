"""Golden snapshot tests: one module per target, named like its folder in golden/."""
