"""Records as tables and lines: CSV and XLSX for spreadsheets (safe from formula injection), JSON
Lines for programs."""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable, Iterable

from ..collection_record import CollectionRecord
from ..model import ACCESS_FIELDS, ARCHIVAL_FIELDS, DESCRIPTIVE_FIELDS, TECHNICAL_FIELDS, USER_FIELDS, Record

CSV_COLUMNS = (
    ("path",)
    + DESCRIPTIVE_FIELDS
    + USER_FIELDS
    + ACCESS_FIELDS
    + ARCHIVAL_FIELDS
    + tuple(f for f in TECHNICAL_FIELDS if f != "path")
    + ("overrides",)
)


def write_csv(records: Iterable[Record], out: IO[str], _about: CollectionRecord) -> int:
    out.write("\ufeff")  # UTF-8 said so: Excel and LibreOffice then read Cyrillic right, not as Latin-1
    table = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    table.writeheader()
    count = 0
    for record in records:
        table.writerow({name: spreadsheet_safe(csv_cell(value)) for name, value in record.to_dict().items()})
        count += 1
    return count


def write_xlsx(records: Iterable[Record], out: IO[bytes], _about: CollectionRecord) -> int:
    """The CSV's columns as a workbook. Every cell is stored as text (never a formula, whatever
    it starts with: the type says so, so no ' is needed) in UTF-8, as XLSX always is; control
    characters, which XML cannot hold, are replaced (U+FFFD) as in every XML the program writes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from .xml_records import xml_text

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Records")
    sheet.append(list(CSV_COLUMNS))
    count = 0
    for record in records:
        values = record.to_dict()
        row = []
        for name in CSV_COLUMNS:
            cell = WriteOnlyCell(sheet, value=xml_text(csv_cell(values.get(name))))
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


def write_jsonl(
    records: Iterable[Record],
    out: IO[str],
    _about: CollectionRecord,
    history: Callable[[str], list[dict]] | None = None,
) -> int:
    count = 0
    for record in records:
        line = record.to_dict()
        if history is not None:
            line["history"] = history(record.path)
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count
