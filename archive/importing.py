"""Reading records back from a spreadsheet: the CSV that `archive export --format csv` writes,
after a person (or OpenRefine, or LibreOffice) has corrected it, or the .xlsx a spreadsheet saves.
The cells that differ from the records become edits, saved in one transaction.

Rows are found by `path`, or by `sha256` for a file moved since the export. An empty cell leaves
the field as it is; a cell holding exactly CLEAR empties it. Lists are split at ';', as exported.
Cells that cannot be taken (an invalid date, a column that is no field, a change to a fact read
from the file) are reported with their row and column, and the rest of the file is applied.

An import never undoes newer work unless asked: a cell whose value is one the field held before a
change in its history (a stale export read back after later edits) is a conflict, listed with its
row, field and both values, and not applied without ``overwrite_newer``. A file is read by what it
holds, whatever its name says: XML (Dublin Core), Archivematica's metadata.csv, a CSV or workbook.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator

from .errors import InvalidEdit, UsageError
from .export.tables import csv_cell, from_spreadsheet
from .extract.sheets import separator_of
from .model import EDITABLE_FIELDS, LIST_FIELDS, TECHNICAL_FIELDS, EditReport, normalise_field

#: The cell that empties a field (an empty cell leaves it as it is).
CLEAR = "(clear)"
#: The longest cell taken, in characters (a whole book's description fits); longer is refused by row.
MAX_CELL_CHARS = 10_000_000
#: What a workbook may inflate to, all its parts together (an export of 100,000 records is ~60 MB).
MAX_WORKBOOK_BYTES = 512 * 1024 * 1024
#: Suffixes read as workbooks (Excel, old Excel, OpenDocument); anything else as CSV.
WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
#: The first bytes of an OLE compound file (an .xls).
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Columns that name an item rather than describe it.
KEYS = ("path", "sha256")
#: Columns an export writes that are facts of the file or of the catalog, not descriptions.
READ_ONLY = frozenset(TECHNICAL_FIELDS) | {"overrides"}
#: The fields Dublin Core comes back to (see export.mapping.from_dublin_core).
FIELD_COLUMNS = (
    "title",
    "creators",
    "subjects",
    "description",
    "publisher",
    "date",
    "type",
    "format",
    "source",
    "language",
    "rights",
    "identifier",
)


@dataclass
class ImportReport:
    """What an import matched, changed and could not take."""

    rows: int = 0
    matched: int = 0
    unmatched: list[dict[str, Any]] = field(default_factory=list)  # {"row", "path", "sha256"}
    rejected: list[dict[str, Any]] = field(default_factory=list)  # {"row", "column", "value", "reason"}
    #: Cells that would undo a newer change: {"row", "path", "column", "value", "current"}.
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    edits: EditReport | None = None

    def to_dict(self) -> dict[str, Any]:
        edits = self.edits or EditReport(0, 0, [])
        return {
            "rows": self.rows,
            "matched": self.matched,
            "changed": edits.changed,
            "unchanged": edits.unchanged,
            "unmatched": self.unmatched,
            "rejected": self.rejected,
            "conflicts": self.conflicts,
            "dry_run": edits.dry_run,
            "items": edits.items,
        }


def read_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """(the header, the rows as (row number, column → cell text)) of a .csv or .xlsx, each cell as
    it was before an export made it safe to open (export.spreadsheet_safe); of Archivematica's
    metadata.csv and of the Dublin Core XML `archive export --format oai-dc` writes, the fields
    their Dublin Core comes back to."""
    if _is_xml(path):
        return _dublin_core_rows(path)
    header, rows = _workbook_rows(path) if _is_workbook(path) else _csv_rows(path)
    if "filename" in header and any(column.startswith("dc.") for column in header):
        return _archivematica_rows(header, rows)
    return header, (
        (number, {column: from_spreadsheet(text) for column, text in zip(header, cells)}) for number, cells in rows
    )


def _is_xml(path: Path) -> bool:
    """Whether the file holds XML (its first character, after a byte order mark and blanks, '<')."""
    with open(path, "rb") as file:
        return file.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<")


def _is_workbook(path: Path) -> bool:
    """A workbook by its suffix, or by its bytes: a zip (.xlsx, .ods) or an OLE file (.xls)."""
    if path.suffix.lower() in WORKBOOKS:
        return True
    with open(path, "rb") as file:
        return file.read(8) == OLE or zipfile.is_zipfile(path)


def _archivematica_rows(header: list[str], rows) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """metadata.csv's rows: `filename` objects/PATH, a `dc.` column repeated for each value."""
    from .export.mapping import from_dublin_core

    def fields() -> Iterator[tuple[int, dict[str, str]]]:
        for number, cells in rows:
            values: dict[str, list[str]] = {}
            filename = ""
            for column, text in zip(header, cells):
                if column.startswith("dc."):
                    values.setdefault(column[3:], []).append(from_spreadsheet(text))
                elif column == "filename":
                    filename = text
            yield number, from_dublin_core(filename.removeprefix("objects/"), values)

    return ["path", *FIELD_COLUMNS], fields()


def _dublin_core_rows(path: Path) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """The records of an OAI-PMH ListRecords response of oai_dc records; each item's path is its
    OAI identifier's last part ('oai:COLLECTION:PATH')."""
    from urllib.parse import unquote

    from defusedxml import ElementTree

    from .export.dublin_core import DC, OAI
    from .export.mapping import from_dublin_core

    try:
        document = ElementTree.parse(path)
    except Exception as error:  # not XML, or entities refused: many kinds
        raise UsageError(f"{path} cannot be read as Dublin Core XML ({_first_line(error)})") from None
    root = document.getroot()
    if root.find(f".//{{{OAI}}}record") is None:
        raise UsageError(
            f"{path} holds no Dublin Core records (its root is {root.tag.rpartition('}')[2]}): archive import reads "
            "the CSV, a workbook, metadata.csv or the Dublin Core that archive export writes"
        )
    records = root.iter(f"{{{OAI}}}record")

    def fields() -> Iterator[tuple[int, dict[str, str]]]:
        for number, record in enumerate(records, start=1):
            identifier = record.findtext(f"{{{OAI}}}header/{{{OAI}}}identifier") or ""
            values: dict[str, list[str]] = {}
            for element in record.iter():
                if element.tag.startswith(f"{{{DC}}}"):
                    values.setdefault(element.tag[len(DC) + 2 :], []).append(element.text or "")
            yield number, from_dublin_core(unquote(identifier.split(":", 2)[-1]), values)

    return ["path", *FIELD_COLUMNS], fields()


def _csv_rows(path: Path):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")  # LibreOffice and Excel write a BOM, or none
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise UsageError(
                f"{path} is not a text file a spreadsheet wrote (neither UTF-8 nor a known encoding)"
            ) from None
        text = str(best)
    separator = separator_of(text)
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=separator)

    def rows() -> Iterator[list[str]]:
        try:
            yield from reader
        except csv.Error as error:
            raise UsageError(
                f"{path}: line {reader.line_num} cannot be read ({error}; a cell may hold at most "
                f"{MAX_CELL_CHARS:,} characters)"
            ) from None

    lines = rows()
    header = [name.strip() for name in next(lines, [])]
    return header, ((number, cells) for number, cells in enumerate(lines, start=2) if any(cells))


def _workbook_rows(path: Path):
    """The first sheet's rows, read by the indexer's bounded reader (extract.sheets.workbook_rows):
    a cell far from the others no longer makes a reader fill in billions of empty ones."""
    from .extract.sheets import workbook_rows

    if zipfile.is_zipfile(path):
        _refuse_inflating(path)
    try:
        sheets = workbook_rows(path)
        rows = next(sheets, ("", iter(())))[1]
        header = [_cell_text(name).strip() for name in next(rows, ())]
    except Exception as error:  # a damaged or misnamed file, a sheet calamine refuses: many kinds
        raise UsageError(f"{path} cannot be read as a spreadsheet ({_first_line(error.__cause__ or error)})") from None

    def body():
        for number, cells in enumerate(rows, start=2):
            texts = [_cell_text(cell) for cell in cells]
            if any(len(text) > MAX_CELL_CHARS for text in texts):
                raise UsageError(f"{path}: row {number} has a cell of more than {MAX_CELL_CHARS:,} characters")
            if any(texts):
                yield number, texts
        sheets.close()

    return header, body()


def _refuse_inflating(path: Path) -> None:
    """Refuse a workbook whose parts would inflate past MAX_WORKBOOK_BYTES (a 974 KB file held one
    1 GB string) before any of it is parsed; zipfile never inflates a part past its stated size."""
    try:
        with zipfile.ZipFile(path) as book:
            inflated = sum(member.file_size for member in book.infolist())
            declares = [
                member.filename
                for member in book.infolist()
                if inflated <= MAX_WORKBOOK_BYTES
                and member.filename.endswith((".xml", ".rels"))
                and _declares_entities(book, member)
            ]
    except (OSError, zipfile.BadZipFile) as error:
        raise UsageError(f"{path} cannot be read as a spreadsheet ({_first_line(error)})") from None
    if declares:
        raise UsageError(
            f"{path} cannot be read as a spreadsheet: {declares[0]} declares a DTD or entities, which no "
            "spreadsheet writes (an entity bomb or an outside file, perhaps); it is not read"
        )
    if inflated > MAX_WORKBOOK_BYTES:
        raise UsageError(
            f"{path} would inflate to {inflated / 2**20:,.0f} MB, more than the {MAX_WORKBOOK_BYTES / 2**20:,.0f} MB "
            "a spreadsheet of records needs; it is not read"
        )


def _declares_entities(book, member) -> bool:
    """Whether an XML part opens with a DOCTYPE (where entities are declared: before the root
    element, so within its first bytes)."""
    with book.open(member) as part:
        opening = part.read(65536)
    return b"<!DOCTYPE" in opening or b"<!ENTITY" in opening


def _first_line(error: BaseException) -> str:
    return f"{type(error).__name__}: " + (str(error).strip().splitlines() or [""])[0]


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees: 1998, not 1998.0; a date as 2021-02-26."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def planned_edits(
    collection,
    header: list[str],
    rows,
    report: ImportReport,
    accept_mojibake: bool = False,
    overwrite_newer: bool = False,
) -> dict[str, dict[str, Any]]:
    """For each item a row names, the fields whose cells differ from its record (checked). A
    cell that reads as UTF-8 decoded as Latin-1 or cp1252 (a CSV opened in the wrong encoding
    and saved again) is refused unless ``accept_mojibake``; one that would undo a newer change is
    a conflict unless ``overwrite_newer``."""
    if not set(KEYS) & set(header):
        raise UsageError(
            "the file has neither a 'path' nor a 'sha256' column: export with `archive export --format csv` "
            "and keep its header row"
        )
    for column in header:
        if column and column not in EDITABLE_FIELDS and column not in READ_ONLY and column not in KEYS:
            report.rejected.append(
                {"row": 1, "column": column, "value": column, "reason": "not a field; the column is left out"}
            )
    by_sha = collection.catalog.paths_by_checksum()
    planned: dict[str, dict[str, Any]] = {}
    for number, cells in rows:
        report.rows += 1
        path = _matched(collection, cells, by_sha)
        if path is None:
            report.unmatched.append({"row": number, "path": cells.get("path", ""), "sha256": cells.get("sha256", "")})
            continue
        report.matched += 1
        record = collection.catalog.record(path)
        earlier: dict[str, set[Any]] | None = None  # its history, read when a cell first needs it
        values = planned.setdefault(path, {})
        for column, text in cells.items():
            text = (text or "").strip()
            if not text or column in KEYS or column not in EDITABLE_FIELDS and column not in READ_ONLY:
                continue
            if column in READ_ONLY:
                if _loose(text) != _loose(csv_cell(getattr(record, column, None))):
                    report.rejected.append(
                        {
                            "row": number,
                            "column": column,
                            "value": text,
                            "reason": "read from the file, not a description: it cannot be edited",
                        }
                    )
                continue
            mangled = None if accept_mojibake else _mojibake(text)
            if mangled is not None:
                report.rejected.append(
                    {
                        "row": number,
                        "column": column,
                        "value": text,
                        "reason": (
                            f"looks like UTF-8 text opened as Latin-1 or cp1252 ({mangled}); open the CSV as UTF-8 and "
                            "save it again, or import with --accept-mojibake if it is meant"
                        ),
                    }
                )
                continue
            empty = [] if column in LIST_FIELDS else ""
            try:
                value = empty if text.casefold() == CLEAR else normalise_field(column, text)
            except InvalidEdit as error:
                report.rejected.append({"row": number, "column": column, "value": text, "reason": str(error)})
                continue
            current = getattr(record, column) if getattr(record, column) is not None else empty
            if value == current:
                continue
            if not overwrite_newer:
                earlier = _earlier_values(collection, path) if earlier is None else earlier
                if _compared(value) in earlier.get(column, ()):
                    report.conflicts.append(
                        {"row": number, "path": path, "column": column, "value": value, "current": current}
                    )
                    continue
            values[column] = value
    return {path: values for path, values in planned.items() if values}


def _earlier_values(collection, path: str) -> dict[str, set[Any]]:
    """For each field of ``path``, the values it showed before each change to it (what a stale
    export of it holds)."""
    earlier: dict[str, set[Any]] = {}
    for change in collection.catalog.history(path):
        earlier.setdefault(change.field, set()).add(_compared(change.shown_old))
    return earlier


def _compared(value: Any) -> Any:
    """A field's value as it is compared: a list as a tuple, nothing as ''."""
    return tuple(value) if isinstance(value, list) else ("" if value is None else value)


def _matched(collection, cells: dict[str, str], by_sha: dict[str, list[str]]) -> str | None:
    """The item a row is about: by its path, else by its checksum when that names one file."""
    path = (cells.get("path") or "").strip()
    if path and path in collection.catalog:
        return path
    same = by_sha.get((cells.get("sha256") or "").strip().lower(), [])
    return same[0] if len(same) == 1 else None


def _mojibake(text: str) -> str | None:
    """What a wrong decoding did to ``text`` when ftfy sees one (its tell-tale pairs: Ð” for Д,
    Ã© for é), else None."""
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if text.isascii() or not is_bad(text):
        return None
    fixed = fix_encoding(text)
    return f"it was probably {fixed!r}" if fixed != text else "some of its letters are lost for good"


def _loose(text: str) -> str:
    """A fact as a spreadsheet may have rewritten it: 7413.0 for 7413, a timestamp with a space
    and without its zone, TRUE for True."""
    text = text.strip().casefold()
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    if len(text) >= 19 and text[4] == "-" and text[10] in "t ":
        text = text[:10] + " " + text[11:19]
    return text
