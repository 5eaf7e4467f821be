"""Formats read through an optional program, as Tesseract is: Word 97–2003 (antiword, or catdoc),
DjVu's text layer (djvutxt), PostScript (Ghostscript's ps2ascii). A program that is not installed
is named in the record's warnings; the file is still catalogued with what its properties say (the
OLE summary stream of an Office 97–2003 file: title, author, subject, keywords, dates — read by
olefile, BSD). PowerPoint 97–2003 is read here, from its records ([MS-PPT]): catdoc's catppt
finds no text in the files LibreOffice writes."""

from __future__ import annotations

import re
import shutil
import struct
from datetime import datetime
from pathlib import Path

from ..programs import ProgramTimedOut, last_said, run_program
from .base import ExtractOptions, Extraction, split_list
from .dates import parse_loose_date
from .decode import code_page, decode_text

#: Text taken from an outside program's output.
MAX_OUTPUT_BYTES = 64 * 1024 * 1024
INSTALL = {"antiword": "antiword", "catdoc": "catdoc", "djvutxt": "djvulibre-bin", "ps2ascii": "ghostscript"}
#: [MS-PPT] record types: a slide, its notes, the master slide (its placeholder prompts are not the
#: file's words), and the two kinds of text atom (UTF-16; 8-bit, the low bytes of UTF-16).
_SLIDE, _NOTES, _MAIN_MASTER, _TEXT_CHARS, _TEXT_BYTES = 0x03EE, 0x03F0, 0x03F8, 0x0FA0, 0x0FA8


def extract_doc(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """The text antiword or catdoc reads, and the properties of the OLE summary stream."""
    result = Extraction()
    text = _run_first(
        result,
        "a Word 97–2003 file",
        [["antiword", "-m", "UTF-8.txt", str(path)], ["catdoc", "-d", "utf-8", "-w", str(path)]],
    )
    result.pages = [text] if text is not None else []
    read_ole_properties(path, result)
    result.add("type", "Text", "format")
    return result


def extract_ppt(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A page per slide, with its notes' text, and the properties of the OLE summary stream."""
    import olefile

    result = Extraction()
    with olefile.OleFileIO(str(path)) as ole:
        stream = ole.openstream("PowerPoint Document").read(MAX_OUTPUT_BYTES)
    slides: list[list[str]] = []
    notes: list[list[str]] = []
    _slide_texts(stream, 0, len(stream), None, slides, notes)
    for number, said in enumerate(notes[: len(slides)]):
        slides[number] += said
    result.pages = ["\n".join(texts) for texts in slides]
    read_ole_properties(path, result)
    result.add("type", "InteractiveResource", "format")
    return result


def _slide_texts(
    stream: bytes, start: int, end: int, inside: list[str] | None, slides: list[list[str]], notes: list[list[str]]
) -> None:
    """The text atoms of each slide and of each slide's notes, in the order of the file: records
    are walked as they nest (a container's version nibble is 0xF); the masters' left out (the
    notes master is the notes before the first slide)."""
    position = start
    while position + 8 <= end:
        version, kind, length = struct.unpack_from("<HHI", stream, position)
        body, position = position + 8, min(position + 8 + length, end)
        if version & 0xF == 0xF:
            into = inside
            if kind == _MAIN_MASTER or (kind == _NOTES and not slides):
                continue
            if kind in (_SLIDE, _NOTES):
                into = []
                (slides if kind == _SLIDE else notes).append(into)
            _slide_texts(stream, body, position, into, slides, notes)
        elif kind in (_TEXT_CHARS, _TEXT_BYTES) and inside is not None:
            text = stream[body:position].decode("utf-16-le" if kind == _TEXT_CHARS else "latin-1", "replace")
            text = text.replace("\r", "\n").replace("\x0b", "\n").strip()
            if text.strip("*"):  # '*' alone: a slide number's field
                inside.append(text)


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
    """The text Ghostscript's ps2ascii (optional) finds, and the document structuring comments
    at its head: %%Title, %%For (the person), %%Creator (the program), %%CreationDate."""
    result = Extraction()
    _read_structuring_comments(path, result)
    text = _run_first(result, "a PostScript file", [["ps2ascii", str(path)]])
    result.pages = [page.strip() for page in text.split("\f")] if text else []
    result.add("type", "Text", "format")
    return result


#: A DSC comment: '%%Title: (Harbour report)' or '%%Title: Harbour report'.
_DSC = re.compile(rb"^%%(Title|For|Creator|CreationDate):[ \t]*(.*?)[ \t]*$", re.MULTILINE)
#: The structuring comments are at the head of the file (its prologue).
DSC_HEAD_BYTES = 64 * 1024


def _read_structuring_comments(path: Path, result: Extraction) -> None:
    with path.open("rb") as handle:
        head = handle.read(DSC_HEAD_BYTES)
    found: dict[str, str] = {}
    for name, value in _DSC.findall(head):
        text = decode_text(value.strip().removeprefix(b"(").removesuffix(b")"))[0].strip()
        found.setdefault(name.decode("ascii"), text)
    result.add("title", found.get("Title") or None, "postscript")
    result.add_creators(found.get("For") or None, "postscript")
    result.add("creator_tool", found.get("Creator") or None, "postscript")
    created = parse_loose_date(found.get("CreationDate") or "")
    result.add("date", created, "postscript")


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
            run = run_program([program, *command[1:]])
        except ProgramTimedOut as error:
            failures.append(str(error))
            continue
        if run.returncode == 0:
            return run.stdout[:MAX_OUTPUT_BYTES].decode("utf-8", "replace").strip()
        failures.append(f"{command[0]}: " + (last_said(run) or "no message"))
    if failures:
        result.warn(f"the text of {what} could not be read ({'; '.join(failures)})")
        return None
    names = " or ".join(command[0] for command in commands)
    packages = " ".join(dict.fromkeys(INSTALL[command[0]] for command in commands))
    result.warn(
        f"the text of {what} is read by {names}, which is not installed (Debian/Ubuntu: apt-get install {packages})"
    )
    return None
