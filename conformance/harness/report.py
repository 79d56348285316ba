"""Write the case x shell matrix (Markdown, self-contained HTML, TSV) of one run."""
from __future__ import annotations

import html
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .judge import CELLS, FAILING

# How each cell is shown; the short forms keep the Markdown table narrow.
COLORS = {"pass": "#d4f4d4", "FAIL": "#f8c4c4", "TIME": "#f8d8a8", "xfail": "#e8e8f8",
          "XPASS": "#f4b4f4", "compile-error": "#f8c4c4", "skip": "#eeeeee"}


@dataclass
class Result:
    """One test item's outcome, as workers send it to the controller."""

    case: str            # area/name
    area: str
    shell: str
    target: str
    cell: str
    reason: str = ""
    detail: str = ""
    start: float = 0.0
    end: float = 0.0
    tags: tuple[str, ...] = ()
    executor: str = ""

    @property
    def seconds(self) -> float:
        return max(0.0, self.end - self.start)


@dataclass
class RunInfo:
    executor: str = ""                               # docker, host, or both
    shells: dict[str, str] = field(default_factory=dict)  # name -> how it ran
    started: float = field(default_factory=time.time)
    finished: float = 0.0
    command: str = ""
    workers: int = 1


def overlaps(results: list[Result], tag: str = "parallel") -> list[tuple[Result, Result, float]]:
    """Pairs of `tag` items of different cases whose run times overlapped, longest first."""
    tagged = sorted((r for r in results if tag in r.tags and r.end > r.start),
                    key=lambda r: r.start)
    pairs = []
    for i, a in enumerate(tagged):
        for b in tagged[i + 1:]:
            if b.start >= a.end:
                break
            if (a.case, a.shell) != (b.case, b.shell):
                pairs.append((a, b, min(a.end, b.end) - b.start))
    return sorted(pairs, key=lambda p: -p[2])


class Matrix:
    def __init__(self, results: list[Result], info: RunInfo):
        self.results = results
        self.info = info
        self.shells = list(dict.fromkeys(
            [s for s in info.shells if any(r.shell == s for r in results)]
            + sorted({r.shell for r in results} - set(info.shells))))
        self.cases = sorted({(r.area, r.case) for r in results})
        self.cell = {(r.case, r.shell): r for r in results}

    def totals(self, key) -> dict[str, Counter]:
        out: dict[str, Counter] = defaultdict(Counter)
        for r in self.results:
            out[key(r)][r.cell] += 1
        return out

    @property
    def failures(self) -> int:
        return sum(r.cell in FAILING for r in self.results)

    def summary(self) -> str:
        c = Counter(r.cell for r in self.results)
        return ", ".join(f"{c[k]} {k}" for k in CELLS if c[k])

    def header_lines(self) -> list[str]:
        i = self.info
        took = f"{i.finished - i.started:.1f}s" if i.finished else "?"
        return [f"Executor: {i.executor or 'none'}; {i.workers} worker(s); wall time {took}",
                f"Cases: {len(self.cases)}; shells: {len(self.shells)}; "
                f"items: {len(self.results)} ({self.summary()})",
                f"Run: {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(i.started))}"
                + (f" — `{i.command}`" if i.command else "")]

    @staticmethod
    def _label(r: Result | None) -> str:
        if r is None:
            return ""
        return r.cell

    # ---- Markdown ----
    def markdown(self) -> str:
        out = ["# Utah conformance matrix", ""]
        out += [f"* {line}" for line in self.header_lines()]
        out += ["", "## Shells", "", "| shell | target | how it ran | " + " | ".join(CELLS) + " |",
                "|---|---|---|" + "---|" * len(CELLS)]
        per_shell = self.totals(lambda r: r.shell)
        for s in self.shells:
            target = next((r.target for r in self.results if r.shell == s), "")
            out.append(f"| {s} | {target} | {self.info.shells.get(s, '')} | "
                       + " | ".join(str(per_shell[s][k] or "") for k in CELLS) + " |")
        out += ["", "## Areas", "", "| area | " + " | ".join(CELLS) + " |",
                "|---|" + "---|" * len(CELLS)]
        per_area = self.totals(lambda r: r.area)
        for a in sorted(per_area):
            out.append(f"| {a} | " + " | ".join(str(per_area[a][k] or "") for k in CELLS) + " |")
        out += ["", "## Matrix", "", "| case | " + " | ".join(self.shells) + " |",
                "|---|" + "---|" * len(self.shells)]
        for _, case in self.cases:
            out.append(f"| {case} | " + " | ".join(
                self._md_cell(self.cell.get((case, s))) for s in self.shells) + " |")
        out += self._notes_md()
        return "\n".join(out) + "\n"

    @staticmethod
    def _md_cell(r: Result | None) -> str:
        if r is None:
            return ""
        text = f"**{r.cell}**" if r.cell in FAILING else r.cell
        return text + ("\\*" if r.reason and r.cell != "skip" else "")

    def _notes(self) -> list[tuple[str, str, str]]:
        """(item, cell, reason or first line of detail) for everything not a plain pass;
        skips with one reason are grouped into a single line."""
        notes, skips = [], defaultdict(list)
        for r in sorted(self.results, key=lambda r: (r.case, r.shell)):
            if r.cell == "skip":
                skips[r.reason].append(r)
            elif r.reason or r.cell != "pass":
                text = r.reason or (r.detail.strip().splitlines() or [""])[0]
                notes.append((f"{r.case} [{r.shell}]", r.cell, text))
        for reason, rs in skips.items():
            item = f"{rs[0].case} [{rs[0].shell}]" if len(rs) == 1 else f"{len(rs)} items"
            notes.append((item, "skip", reason))
        return notes

    def _overlap_lines(self) -> list[str]:
        pairs = overlaps(self.results)
        if not pairs:
            n = sum("parallel" in r.tags for r in self.results)
            return [f"No two `parallel` items overlapped in time ({n} such items)."]
        return [f"{a.case} [{a.shell}] ∥ {b.case} [{b.shell}]: {secs:.2f}s"
                for a, b, secs in pairs[:50]] + (
            [f"… and {len(pairs) - 50} more pairs"] if len(pairs) > 50 else [])

    def _notes_md(self) -> list[str]:
        out = ["", "## Parallel cases that overlapped in time", ""]
        out += [f"* {line}" for line in self._overlap_lines()]
        notes = self._notes()
        if notes:
            out += ["", "## Notes (\\* and every cell that is not a plain pass)", ""]
            out += ["* %s: %s — %s" % (item, cell, text.replace("|", "\\|"))
                    for item, cell, text in notes]
        return out

    # ---- TSV ----
    def tsv(self) -> str:
        cols = ["case", "area", "shell", "target", "cell", "seconds", "start", "end",
                "executor", "tags", "reason"]
        rows = ["\t".join(cols)]
        for r in sorted(self.results, key=lambda r: (r.case, r.shell)):
            d = asdict(r)
            d.update(seconds=f"{r.seconds:.3f}", start=f"{r.start:.3f}", end=f"{r.end:.3f}",
                     tags=",".join(r.tags))
            rows.append("\t".join(str(d[c]).replace("\t", " ").replace("\n", " ")
                                  for c in cols))
        return "\n".join(rows) + "\n"

    # ---- HTML ----
    def html(self) -> str:
        e = html.escape
        css = ("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;"
               "margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:2px 6px;"
               "font-size:13px}th{background:#f0f0f0}td.c{text-align:center}"
               + "".join(f"td.{k.replace('-', '_')}{{background:{v}}}"
                         for k, v in COLORS.items()))
        out = [f"<!doctype html><html><head><meta charset='utf-8'><title>Utah conformance"
               f"</title><style>{css}</style></head><body><h1>Utah conformance matrix</h1><ul>"]
        out += [f"<li>{e(line)}</li>" for line in self.header_lines()]
        out.append("</ul><h2>Shells</h2><table><tr><th>shell</th><th>target</th>"
                   "<th>how it ran</th>" + "".join(f"<th>{k}</th>" for k in CELLS) + "</tr>")
        per_shell = self.totals(lambda r: r.shell)
        for s in self.shells:
            target = next((r.target for r in self.results if r.shell == s), "")
            out.append(f"<tr><td>{e(s)}</td><td>{target}</td><td>{e(self.info.shells.get(s, ''))}"
                       "</td>" + "".join(f"<td class=c>{per_shell[s][k] or ''}</td>"
                                         for k in CELLS) + "</tr>")
        out.append("</table><h2>Areas</h2><table><tr><th>area</th>"
                   + "".join(f"<th>{k}</th>" for k in CELLS) + "</tr>")
        per_area = self.totals(lambda r: r.area)
        for a in sorted(per_area):
            out.append(f"<tr><td>{e(a)}</td>" + "".join(
                f"<td class=c>{per_area[a][k] or ''}</td>" for k in CELLS) + "</tr>")
        out.append("</table><h2>Matrix</h2><table><tr><th>case</th>"
                   + "".join(f"<th>{e(s)}</th>" for s in self.shells) + "</tr>")
        for _, case in self.cases:
            out.append(f"<tr><td>{e(case)}</td>")
            for s in self.shells:
                r = self.cell.get((case, s))
                if r is None:
                    out.append("<td></td>")
                    continue
                tip = e(r.reason or r.detail[:1500], quote=True)
                out.append(f"<td class='c {r.cell.replace('-', '_')}' title=\"{tip}\">"
                           f"{e(r.cell)}{'*' if r.reason and r.cell != 'skip' else ''}</td>")
            out.append("</tr>")
        out.append("</table><h2>Parallel cases that overlapped in time</h2><ul>")
        out += [f"<li>{e(line)}</li>" for line in self._overlap_lines()]
        out.append("</ul>")
        notes = self._notes()
        if notes:
            out.append("<h2>Notes</h2><table><tr><th>item</th><th>cell</th><th>why</th></tr>")
            out += [f"<tr><td>{e(i)}</td><td class='{c.replace('-', '_')}'>{e(c)}</td>"
                    f"<td>{e(t)}</td></tr>" for i, c, t in notes]
            out.append("</table>")
        out.append("</body></html>")
        return "\n".join(out) + "\n"

    def write(self, directory: Path) -> dict[str, Path]:
        directory.mkdir(parents=True, exist_ok=True)
        paths = {"md": directory / "matrix.md", "html": directory / "matrix.html",
                 "tsv": directory / "matrix.tsv"}
        paths["md"].write_text(self.markdown(), encoding="utf-8")
        paths["html"].write_text(self.html(), encoding="utf-8")
        paths["tsv"].write_text(self.tsv(), encoding="utf-8")
        return paths


def write_reports(results: list[Result], info: RunInfo, reports_dir: Path) -> dict[str, Path]:
    """Write the matrix into reports/run-STAMP/ and point reports/latest at it."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(info.started))
    run_dir = reports_dir / f"run-{stamp}"
    n = 1
    while run_dir.exists():
        n += 1
        run_dir = reports_dir / f"run-{stamp}-{n}"
    paths = Matrix(results, info).write(run_dir)
    latest = reports_dir / "latest"
    try:
        if latest.is_symlink() or latest.exists():
            latest.unlink()
        latest.symlink_to(run_dir.name)
    except OSError:
        pass
    return paths
