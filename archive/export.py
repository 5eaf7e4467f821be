"""Writing many records out: CSV, JSON Lines, CSL-JSON, BibTeX, RIS, and fixity manifests.

Everything streams: records arrive in chunks and are written as they come, so an export of
50,000 items never holds them all in memory (only their citation keys, to keep keys unique).
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable, Iterable, Iterator

from . import cite
from .errors import UsageError
from .model import DESCRIPTIVE_FIELDS, TECHNICAL_FIELDS, USER_FIELDS, Record

FORMATS = ("csv", "xlsx", "jsonl", "csl-json", "bibtex", "biblatex", "ris")
#: Formats written as bytes (to a file, never to a terminal).
BINARY_FORMATS = frozenset({"xlsx"})
#: One pandoc call per this many items when writing BibTeX.
CHUNK = 500
CSV_COLUMNS = ("path",) + DESCRIPTIVE_FIELDS + USER_FIELDS + tuple(f for f in TECHNICAL_FIELDS if f != "path") + ("overrides",)


def write_records(records: Iterable[Record], fmt: str, out: IO[str], archive_name: str,
                  history: Callable[[str], list[dict]] | None = None) -> int:
    """Write ``records`` to ``out`` in ``fmt``; returns how many were written. ``history``: each
    item's changes, written with its record (JSON Lines only)."""
    writer = _WRITERS.get(fmt)
    if writer is None:
        raise cite.CitationError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if history is not None:
        if fmt != "jsonl":
            raise UsageError("--history goes with --format jsonl (one record and its changes per line)")
        return _jsonl(records, out, archive_name, history)
    return writer(records, out, archive_name)


def _csv(records: Iterable[Record], out: IO[str], _archive: str) -> int:
    out.write("\ufeff")  # UTF-8 said so: Excel and LibreOffice then read Cyrillic right, not as Latin-1
    table = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    table.writeheader()
    count = 0
    for record in records:
        table.writerow({name: spreadsheet_safe(csv_cell(value)) for name, value in record.to_dict().items()})
        count += 1
    return count


def _xlsx(records: Iterable[Record], out: IO[bytes], _archive: str) -> int:
    """The CSV's columns as a workbook. Every cell is stored as text (never a formula, whatever
    it starts with: the type says so, so no ' is needed) in UTF-8, as XLSX always is."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Records")
    sheet.append(list(CSV_COLUMNS))
    count = 0
    for record in records:
        values = record.to_dict()
        row = []
        for name in CSV_COLUMNS:
            cell = WriteOnlyCell(sheet, value=csv_cell(values.get(name)))
            cell.data_type = "s"
            row.append(cell)
        sheet.append(row)
        count += 1
    book.save(out)
    return count


#: How a cell a spreadsheet would run as a formula starts (OWASP's list): such a cell is written
#: after a ' (which spreadsheets take as "text"), and archive import takes the ' off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escaped(text: str) -> bool:
    """A cell that must carry a leading ': a formula's start, or a ' before one (so that a value
    that itself starts with ' and a formula's start comes back as it was)."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def spreadsheet_safe(text: str) -> str:
    return "'" + text if _escaped(text) else text


def from_spreadsheet(text: str) -> str:
    """A cell as exported, back to the value (the inverse of :func:`spreadsheet_safe`)."""
    return text[1:] if text.startswith("'") and _escaped(text[1:]) else text


def csv_cell(value: Any) -> str:
    """A record's value as its CSV cell: lists as 'a; b', a mapping (EXIF) as JSON, nothing as ''."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False) if value else ""
    return str(value)


def _jsonl(records: Iterable[Record], out: IO[str], _archive: str, history: Callable[[str], list[dict]] | None = None) -> int:
    count = 0
    for record in records:
        line = record.to_dict()
        if history is not None:
            line["history"] = history(record.path)
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def csl_items(records: Iterable[Record], archive_name: str) -> Iterator[dict]:
    keys = cite.CitationKeys()
    for record in records:
        yield cite.to_csl(record, keys.key_for(record), archive_name)


def _csl_json(records: Iterable[Record], out: IO[str], archive_name: str) -> int:
    out.write("[")
    count = 0
    for item in csl_items(records, archive_name):
        out.write(("," if count else "") + "\n  " + json.dumps(item, ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count


def _chunked(render: Callable[[list[dict]], str]) -> Callable[[Iterable[Record], IO[str], str], int]:
    def write(records: Iterable[Record], out: IO[str], archive_name: str) -> int:
        count, chunk = 0, []
        for item in csl_items(records, archive_name):
            chunk.append(item)
            if len(chunk) == CHUNK:
                out.write(render(chunk))
                count, chunk = count + len(chunk), []
        if chunk:
            out.write(render(chunk))
            count += len(chunk)
        return count

    return write


_WRITERS = {
    "csv": _csv,
    "xlsx": _xlsx,
    "jsonl": _jsonl,
    "csl-json": _csl_json,
    "bibtex": _chunked(cite.to_bibtex),
    "biblatex": _chunked(lambda items: cite.to_bibtex(items, biblatex=True)),
    "ris": _chunked(cite.to_ris),
}


def write_manifest(entries: Iterable[tuple[str, str]], out: IO[str]) -> int:
    """A BagIt-style manifest-sha256.txt: '<sha256> <path>' per file, paths relative to the collection."""
    count = 0
    for path, sha256 in entries:
        # BagIt escapes only CR, LF and % in paths.
        escaped = path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")
        out.write(f"{sha256}  {escaped}\n")
        count += 1
    return count
