"""Spreadsheets: Excel (.xlsx, and 97–2003 .xls), OpenDocument (.ods), CSV and TSV. Every sheet's
cell text — shared and inline strings, formulas' last computed values — one page per sheet,
headed by its name; the workbook's title, creator and dates from its properties. Workbooks are
read by calamine (Rust, MIT): 10–50× openpyxl's speed, xls and ods included. Reading stops at
MAX_CELLS cells; the record's warnings say so."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Iterable

from .base import ExtractOptions, Extraction, ExtractionError, one_line, read_capped
from .decode import decode_text

#: Cells read from one file, all sheets together (a 50 MB workbook holds some 5 million).
MAX_CELLS = 2_000_000
MAX_DELIMITED_BYTES = 64 * 1024 * 1024


def extract_workbook(path: Path, options: ExtractOptions | None = None) -> Extraction:
    from python_calamine import CalamineWorkbook

    result = Extraction()
    try:
        book = CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine's errors (a password, a damaged file) are its own kinds
        raise ExtractionError(f"cannot be read as a workbook: {one_line(error)}") from error
    budget = MAX_CELLS
    try:
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).iter_rows()
            text, budget = _sheet_text(name, rows, budget)
            result.pages.append(text)
            if budget <= 0:
                result.warn(f"only the first {MAX_CELLS:,} cells were read")
                break
    finally:
        book.close()
    _properties(path, result)
    result.add("type", "Dataset", "format")
    return result


def extract_delimited(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """CSV and TSV in any encoding and with the separator the file uses (',', ';', tab)."""
    result = Extraction()
    text, _ = decode_text(read_capped(path, MAX_DELIMITED_BYTES, result))
    first_line = text.split("\n", 1)[0]
    separator = "\t" if path.suffix.lower() in (".tsv", ".tab") else max(",;\t|", key=first_line.count)
    csv.field_size_limit(MAX_DELIMITED_BYTES)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as error:
        raise ExtractionError(f"cannot be read as {'TSV' if separator == chr(9) else 'CSV'}: {one_line(error)}") from error
    page, _ = _sheet_text(None, rows, MAX_CELLS)
    result.pages = [page]
    result.add("type", "Dataset", "format")
    return result


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
    else:
        read_ole_properties(path, result)
