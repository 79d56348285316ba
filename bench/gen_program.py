"""Generates large, realistic Utah programs for the benchmarks."""
from __future__ import annotations

BLOCK = '''
function task{n}(name: string, count: number): string {{
  let total: number = 0;
  for (let i = 0; i < count; i++) {{
    total += i * {n};
  }}
  let label: string = `task-${{name}}-{n}`;
  if (total > 100 && label.startsWith("task")) {{
    console.log(`big ${{label}}: ${{total}}`);
  }} else {{
    console.log("small " + label);
  }}
  let parts: string[] = label.split("-");
  return parts.join("_") + total;
}}
let r{n}: string = task{n}("job{n}", {n} % 7 + 3);
try {{
  console.log(r{n}.toUpperCase());
}} catch (e) {{
  console.error("failed: " + e);
}}
'''


def utah_program(lines: int) -> str:
    """A Utah program of at least `lines` lines."""
    out: list[str] = []
    n = 0
    while sum(chunk.count("\n") for chunk in out) < lines:
        out.append(BLOCK.format(n=n))
        n += 1
    return "".join(out)


PY_BLOCK = '''
def task{n}(name: str, count: int) -> str:
    total = 0
    for i in range(count):
        total += i * {n}
    label = f"task-{{name}}-{n}"
    if total > 100 and label.startswith("task"):
        print(f"big {{label}}: {{total}}")
    else:
        print("small " + label)
    parts = label.split("-")
    return "_".join(parts) + str(total)


r{n} = task{n}("job{n}", {n} % 7 + 3)
try:
    print(r{n}.upper())
except Exception as e:
    print("failed: " + str(e))
'''


def python_program(lines: int) -> str:
    out: list[str] = []
    n = 0
    while sum(chunk.count("\n") for chunk in out) < lines:
        out.append(PY_BLOCK.format(n=n))
        n += 1
    return "".join(out)
