"""Formats read through an optional program, as Tesseract is: Word and PowerPoint 97–2003 (antiword,
or catdoc's catdoc and catppt), DjVu's text layer (djvutxt), PostScript (Ghostscript's ps2ascii).
A program that is not installed is named in the record's warnings; the file is still catalogued
with what its properties say (the OLE summary stream of an Office 97–2003 file: title, author,
subject, keywords, dates — read by olefile, BSD)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from .base import ExtractOptions, Extraction, split_list
from .decode import code_page

#: Seconds an outside program may take for one file (the worker's own limit still holds).
PROGRAM_SECONDS = 50
#: Text taken from an outside program's output.
MAX_OUTPUT_BYTES = 64 * 1024 * 1024
INSTALL = {"antiword": "antiword", "catdoc": "catdoc", "catppt": "catdoc", "djvutxt": "djvulibre-bin",
           "ps2ascii": "ghostscript"}


def extract_doc(path: Path, options: ExtractOptions | None = None) -> Extraction:
    return _office_97(path, "a Word 97–2003 file", "Text", [["antiword", "-m", "UTF-8.txt", str(path)],
                                                             ["catdoc", "-d", "utf-8", "-w", str(path)]])


def extract_ppt(path: Path, options: ExtractOptions | None = None) -> Extraction:
    return _office_97(path, "a PowerPoint 97–2003 file", "InteractiveResource", [["catppt", "-d", "utf-8", str(path)]])


def _office_97(path: Path, what: str, kind: str, commands: list[list[str]]) -> Extraction:
    """The text an outside program reads, and the properties of the OLE summary stream."""
    result = Extraction()
    text = _run_first(result, what, commands)
    result.pages = [text] if text is not None else []
    read_ole_properties(path, result)
    result.add("type", kind, "format")
    return result


def extract_djvu(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """The text layer, a page each (djvutxt separates pages with form feeds)."""
    result = Extraction()
    text = _run_first(result, "a DjVu file", [["djvutxt", str(path)]])
    if text is not None:
        result.pages = [page.strip() for page in text.split("\f")]
        if not any(result.pages):
            result.warn("this DjVu file has no text layer")
            result.pages = []
    result.add("type", "Text", "format")
    return result


def extract_postscript(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    text = _run_first(result, "a PostScript file", [["ps2ascii", str(path)]])
    result.pages = [page.strip() for page in text.split("\f")] if text else []
    result.add("type", "Text", "format")
    return result


def read_ole_properties(path: Path, result: Extraction) -> None:
    """Title, author, subject, keywords and dates from an OLE compound file's summary stream."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            meta = ole.get_metadata()
    except Exception:  # not a compound file, or a damaged one: olefile raises many kinds
        return

    encoding = code_page(meta.codepage)

    def text(value) -> str | None:
        if isinstance(value, bytes):
            value = value.decode(encoding, "replace")
        return value.strip() if isinstance(value, str) and value.strip() else None

    result.add("title", text(meta.title), "ole-summary")
    result.add_creators(text(meta.author), "ole-summary")
    result.add("description", text(meta.comments), "ole-summary")
    result.add("subjects", split_list(text(meta.subject)) + split_list(text(meta.keywords)), "ole-summary")
    if isinstance(meta.create_time, datetime) and meta.create_time.year > 1601:
        result.add("created", meta.create_time.isoformat(timespec="seconds"), "ole-summary")
        result.add("date", meta.create_time.date().isoformat(), "ole-summary")
    if isinstance(meta.last_saved_time, datetime) and meta.last_saved_time.year > 1601:
        result.add("content_modified", meta.last_saved_time.isoformat(timespec="seconds"), "ole-summary")
    result.add("creator_tool", text(meta.creating_application), "ole-summary")


def _run_first(result: Extraction, what: str, commands: list[list[str]]) -> str | None:
    """The output of the first of ``commands`` whose program is installed and reads the file
    (antiword refuses some small documents that catdoc reads); None, and a warning naming what
    went wrong or what to install, when none does."""
    failures = []
    for command in commands:
        program = shutil.which(command[0])
        if program is None:
            continue
        try:
            run = subprocess.run([program, *command[1:]], capture_output=True, timeout=PROGRAM_SECONDS)
        except subprocess.TimeoutExpired:
            failures.append(f"{command[0]} took longer than {PROGRAM_SECONDS} s")
            continue
        if run.returncode == 0:
            return run.stdout[:MAX_OUTPUT_BYTES].decode("utf-8", "replace").strip()
        failures.append(f"{command[0]}: " + (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1])
    if failures:
        result.warn(f"the text of {what} could not be read ({'; '.join(failures)})")
        return None
    names = " or ".join(command[0] for command in commands)
    packages = " ".join(dict.fromkeys(INSTALL[command[0]] for command in commands))
    result.warn(f"the text of {what} is read by {names}, which is not installed (Debian/Ubuntu: apt-get install {packages})")
    return None
