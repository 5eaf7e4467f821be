"""Spreadsheets: Excel (.xlsx, and 97–2003 .xls), OpenDocument (.ods), CSV and TSV. Every sheet's
cell text — shared and inline strings, formulas' last computed values — one page per sheet,
headed by its name; the workbook's title, creator and dates from its properties. Workbooks are
read by calamine (Rust, MIT): 10–50× openpyxl's speed, xls and ods included. Reading stops at
MAX_CELLS cells; the record's warnings say so. Calamine lays a sheet out whole, every cell between
the first and the last: one cell at XFD1048576 asks for 512 GB and aborts the process, so an xlsx
sheet whose cells span more than MAX_SHEET_SPAN is read a row at a time by openpyxl instead
(workbook_rows, which `archive import` reads workbooks with too)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Iterable, Iterator

from .base import ExtractOptions, Extraction, ExtractionError, one_line, read_capped
from .decode import decode_text

#: Cells read from one file, all sheets together (a 50 MB workbook holds some 5 million).
MAX_CELLS = 2_000_000
#: A sheet whose cells span more rows × columns than this is read a row at a time.
MAX_SHEET_SPAN = 20_000_000
#: A cell reference in a sheet's XML: <c r="XFD1048576" …>.
_CELL_REFERENCE = re.compile(rb"<(?:\w+:)?c\b[^>]*?\sr=\"([A-Z]{1,3})([0-9]{1,7})\"")
MAX_DELIMITED_BYTES = 64 * 1024 * 1024
#: The separators a CSV may use, and how much of it is read to tell which.
SEPARATORS, SNIFF_CHARS = ",;\t|", 64 * 1024


def extract_workbook(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    budget = MAX_CELLS
    for name, rows in workbook_rows(path):
        text, budget = _sheet_text(name, rows, budget)
        result.pages.append(text)
        if budget <= 0:
            result.leave_out(f"only the first {MAX_CELLS:,} cells were read")
            break
    _properties(path, result)
    result.add("type", "Dataset", "format")
    return result


def workbook_rows(path: Path) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """(name, rows) of each sheet of a workbook, in order; a sheet's rows are read as they are
    wanted. Raises ExtractionError for a file that is not a workbook it can read."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine's errors (a password, a damaged file) are its own kinds
        raise ExtractionError(f"cannot be read as a workbook: {one_line(error)}") from error
    try:
        wide = _wide_sheets(path) if zipfile.is_zipfile(path) else set()
        for name in book.sheet_names:
            yield name, (_rows_one_by_one(path, name) if name in wide else book.get_sheet_by_name(name).iter_rows())
    finally:
        book.close()


def _wide_sheets(path: Path) -> set[str]:
    """The sheets of an xlsx whose cells span more than MAX_SHEET_SPAN cells, found by the cell
    references in their XML (read in pieces, never whole)."""
    from defusedxml import ElementTree

    from .ziputil import open_zip

    relationships = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    wide: set[str] = set()
    with open_zip(path) as archive:
        try:
            sheets = ElementTree.fromstring(archive.read("xl/workbook.xml")).iter(f"{{{_SHEET_MAIN}}}sheet")
            targets = {
                link.get("Id"): link.get("Target", "")
                for link in ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
            }
        except (KeyError, ElementTree.ParseError):  # not laid out as Excel lays it: calamine says what it makes of it
            return wide
        for sheet in sheets:
            target = targets.get(sheet.get(relationships), "")
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if part in archive.namelist() and _span(archive, part) > MAX_SHEET_SPAN:
                wide.add(sheet.get("name"))
    return wide


_SHEET_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _span(archive: zipfile.ZipFile, part: str) -> int:
    """How many cells lie between a sheet's first and last cells, empty ones included."""
    rows, columns, tail = [], [], b""
    with archive.open(part) as sheet:
        while piece := sheet.read(1024 * 1024):
            for column, row in _CELL_REFERENCE.findall(tail + piece):
                columns.append(_column_number(column))
                rows.append(int(row))
            if len(rows) > 1:  # only the extremes matter
                rows, columns = [min(rows), max(rows)], [min(columns), max(columns)]
            tail = piece[-256:]
    return (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1) if rows else 0


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _rows_one_by_one(path: Path, name: str) -> Iterator[list[Any]]:
    """A sheet's rows as openpyxl streams them, each only as long as its own cells."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book[name]
        sheet.reset_dimensions()  # the rows as they are, not padded to the sheet's stated width
        yield from (list(row) for row in sheet.iter_rows(values_only=True))
    finally:
        book.close()


def extract_delimited(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """CSV and TSV in any encoding and with the separator the file uses (',', ';', tab)."""
    result = Extraction()
    text, _ = decode_text(read_capped(path, MAX_DELIMITED_BYTES, result))
    separator = "\t" if path.suffix.lower() in (".tsv", ".tab") else separator_of(text)
    csv.field_size_limit(MAX_DELIMITED_BYTES)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as error:
        raise ExtractionError(
            f"cannot be read as {'TSV' if separator == chr(9) else 'CSV'}: {one_line(error)}"
        ) from error
    page, _ = _sheet_text(None, rows, MAX_CELLS)
    result.pages = [page]
    result.add("type", "Dataset", "format")
    return result


def separator_of(text: str) -> str:
    """The separator of a CSV's cells — ',' ';' (a German or French locale's), tab (a paste) or
    '|' — as csv.Sniffer reads its first lines (a quoted header holding commas does not fool it);
    where it cannot tell (one column), the one the first line holds most of."""
    try:
        return csv.Sniffer().sniff(text[:SNIFF_CHARS], delimiters=SEPARATORS).delimiter
    except csv.Error:
        return max(SEPARATORS, key=text.split("\n", 1)[0].count)


def _sheet_text(name: str | None, rows: Iterable[list[Any]], budget: int) -> tuple[str, int]:
    """A sheet as text: its name, then a line per row, cells apart by tabs (so a phrase stays
    within its cell); and the cells left to read."""
    lines = [name] if name else []
    for row in rows:
        cells = [_cell(value) for value in row]
        budget -= len(cells)
        if any(cells):
            lines.append("\t".join(cells).rstrip("\t"))
        if budget <= 0:
            break
    return "\n".join(lines), budget


def _cell(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time() else value.date().isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).replace("\t", " ").replace("\n", " ")


def _properties(path: Path, result: Extraction) -> None:
    """Title, creator and dates: from docProps/core.xml (xlsx), meta.xml (ods), or the OLE
    summary stream (xls)."""
    from .legacy import read_ole_properties
    from .office import read_package_properties
    from .ziputil import open_zip

    if zipfile.is_zipfile(path):
        with open_zip(path) as archive:
            read_package_properties(archive, result)
            comments = _cell_comments(archive)
        if comments and result.pages:  # after the first sheet's cells: the words people wrote beside them
            result.pages[0] = "\n".join([result.pages[0], *comments])
    else:
        read_ole_properties(path, result)


#: An OpenDocument cell's comment, and the paragraphs it is written in.
ODF_ANNOTATION = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"
ODF_P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"


def _cell_comments(archive: zipfile.ZipFile) -> list[str]:
    """The comments (notes) on cells: an xlsx's xl/comments*.xml, an ods's office:annotation
    (its content parsed again only when it holds one)."""
    from .office import parse_xml
    from .ziputil import read_member

    texts = []
    for name in sorted(archive.namelist()):
        if re.fullmatch(r"xl/comments(?:\d+|/comment\d+)\.xml", name):  # Excel's, and openpyxl's
            root = parse_xml(read_member(archive, name), name)
            texts += ["".join(node.itertext()) for node in root.iter() if node.tag.endswith("}comment")]
        elif name == "content.xml" and b"office:annotation" in (data := read_member(archive, name)):
            notes = parse_xml(data, name).iter(ODF_ANNOTATION)
            texts += ["\n".join("".join(p.itertext()) for p in note.iter(ODF_P)) for note in notes]
    return [text.strip() for text in texts if text.strip()]
