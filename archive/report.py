"""An accession report, in the manner of Brunnhilde: what a drive holds before it is described —
its formats by PRONOM identifier with counts and sizes, its dates by year, what no format
identified, its duplicates, its sensitive data (masked), its tree — as one self-contained HTML
page (no script, no font, no picture fetched: the charts are inline SVG) and a CSV of each table,
written into a new folder outside the collection. Every count is the catalog's."""

from __future__ import annotations

import csv
import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .model import Record, readable_size

if TYPE_CHECKING:
    from .collection import Collection

#: Rows a table of the page shows at the most (its CSV holds them all).
SHOWN_ROWS = 1000
#: The files a report folder holds.
FILES = ("report.html", "formats.csv", "years.csv", "unidentified.csv", "duplicates.csv", "sensitive.csv", "tree.txt")


@dataclass
class AccessionReport:
    collection: str
    items: int = 0
    files: int = 0
    bytes: int = 0
    #: (puid, format name, version, MIME type) → [count, bytes].
    formats: dict[tuple[str, str, str, str], list[int]] = field(default_factory=dict)
    years: Counter = field(default_factory=Counter)
    undated: int = 0
    unidentified: list[tuple[str, str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, list[str]]] = field(default_factory=list)
    sensitive: list[tuple[str, str, int, str]] = field(default_factory=list)
    folders: Counter = field(default_factory=Counter)


def accession_report(collection: Collection) -> AccessionReport:
    """What the collection's catalog holds, counted."""
    report = AccessionReport(str(collection.root))
    paths = list(collection.catalog.paths())
    for record in collection.records(paths):
        _count(report, record, collection.is_member(record.path))
    report.duplicates = [
        (sha256, group) for sha256, group in sorted(collection.catalog.paths_by_checksum().items()) if len(group) > 1
    ]
    return report


def _count(report: AccessionReport, record: Record, inside: bool) -> None:
    size = record.size or 0
    report.items += 1
    if not inside:
        report.files += 1
        report.bytes += size
        report.folders[str(Path(record.path).parent)] += 1
    key = (record.puid or "", record.format_name or "", record.format_version or "", record.format or "")
    counted = report.formats.setdefault(key, [0, 0])
    counted[0] += 1
    counted[1] += size
    year = (record.date or "")[:4]
    if year.isdigit():
        report.years[year] += 1
    else:
        report.undated += 1
    if not record.puid:
        report.unidentified.append((record.path, record.format or "", size))
    for kind, found in record.sensitive.items():
        report.sensitive.append((record.path, kind, found["count"], "; ".join(found["samples"])))


def write_report(report: AccessionReport, folder: Path) -> None:
    """The report's files in ``folder`` (made; it must be new or empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    formats = sorted(report.formats.items(), key=lambda item: (-item[1][0], item[0]))
    _csv(
        folder / "formats.csv",
        ("puid", "format", "version", "mime", "count", "bytes"),
        ([*key, count, size] for key, (count, size) in formats),
    )
    _csv(
        folder / "years.csv",
        ("year", "count"),
        [*sorted(report.years.items()), *([("undated", report.undated)] if report.undated else [])],
    )
    _csv(folder / "unidentified.csv", ("path", "mime", "bytes"), report.unidentified)
    _csv(
        folder / "duplicates.csv",
        ("sha256", "count", "paths"),
        ((sha256, len(paths), "; ".join(paths)) for sha256, paths in report.duplicates),
    )
    _csv(folder / "sensitive.csv", ("path", "kind", "count", "samples (masked)"), report.sensitive)
    (folder / "tree.txt").write_text(_tree(report), encoding="utf-8")
    (folder / "report.html").write_text(_page(report, formats), encoding="utf-8")


def _csv(path: Path, header: tuple[str, ...], rows: Iterable) -> None:
    from .export.tables import csv_cell

    with path.open("w", encoding="utf-8", newline="") as out:
        table = csv.writer(out)
        table.writerow(header)
        table.writerows([csv_cell(cell) if isinstance(cell, str) else cell for cell in row] for row in rows)


def _tree(report: AccessionReport) -> str:
    """Each folder, indented by depth, with the files directly in it."""
    lines = []
    for folder in sorted(report.folders):
        depth = 0 if folder == "." else folder.count("/") + 1
        lines.append(f"{'  ' * depth}{Path(folder).name if folder != '.' else '.'}/  {report.folders[folder]}")
    return "\n".join(lines) + "\n"


def _bars(rows: list[tuple[str, int]]) -> str:
    """A horizontal bar chart as inline SVG (nothing fetched)."""
    if not rows:
        return ""
    most = max(count for _, count in rows) or 1
    height = 22 * len(rows)
    bars = "".join(
        f'<text x="0" y="{22 * n + 15}">{html.escape(label[:48])}</text>'
        f'<rect x="330" y="{22 * n + 4}" width="{max(1, round(300 * count / most))}" height="14" fill="#4a78a8"/>'
        f'<text x="{336 + round(300 * count / most)}" y="{22 * n + 15}">{count:,}</text>'
        for n, (label, count) in enumerate(rows)
    )
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="720" height="{height}" font-size="12">{bars}</svg>'


def _page(report: AccessionReport, formats: list) -> str:
    def table(header: tuple[str, ...], rows: Iterable) -> str:
        head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows)
        return f"<table><tr>{head}</tr>{body}</table>"

    named = [(f"{puid or '—'} {name or mime}".strip(), count) for (puid, name, _, mime), (count, _) in formats]
    years = sorted(report.years.items())
    format_rows = ([*key, f"{count:,}", readable_size(size)] for key, (count, size) in formats)
    formats_table = table(("PUID", "format", "version", "MIME type", "items", "bytes"), format_rows)
    unidentified = table(("path", "MIME type", "bytes"), report.unidentified[:SHOWN_ROWS])
    copies = ((sha[:16] + "…", len(paths), "; ".join(paths)) for sha, paths in report.duplicates[:SHOWN_ROWS])
    duplicates = table(("SHA-256", "copies", "paths"), copies)
    sensitive = table(("path", "kind", "found", "samples"), report.sensitive[:SHOWN_ROWS])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Accession report: {html.escape(report.collection)}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:60em}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #bbb;padding:2px 8px;text-align:left}}th{{background:#eee}}</style></head><body>
<h1>Accession report</h1>
<p>{html.escape(report.collection)}: {report.files:,} files ({readable_size(report.bytes)}), {report.items:,} items
with the items inside files; {len(report.formats):,} formats; {len(report.unidentified):,} items no PRONOM format
identified; {sum(len(paths) - 1 for _, paths in report.duplicates):,} duplicate copies;
{len({path for path, *_ in report.sensitive}):,} items holding sensitive data.</p>
<h2>Formats</h2>{_bars(named[:20])}
{formats_table}
<h2>Dates by year</h2>{_bars(years)}<p>{report.undated:,} items without a date.</p>
<h2>Not identified</h2>{unidentified}
<h2>Duplicates</h2>{duplicates}
<h2>Sensitive data (masked)</h2>{sensitive}
<h2>Tree</h2><pre>{html.escape(_tree(report))}</pre>
</body></html>
"""
