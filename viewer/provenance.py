"""Where a value came from, and who changed it, in the viewer's language: the readers' source codes
('pdf-info', 'detected') as words beside a field, the history's sources ('viewer', 'import
rec.csv', 'undo #3') and field names, and the technical facts a reader adds under a name of its
own ('duration_seconds'). The codes themselves stay in tooltips and exports: they are what a
specialist looks up."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from archive.model import UPRIGHT_TURNS

from .i18n import translate

#: Readers that take a value from the description a file carries about itself (any other reader
#: not named below reads the file too).
EMBEDDED = frozenset(
    "pdf-info xmp exif iptc image html-meta epub-opf ole-summary office-core rtf-info fb2 tei ead marc "
    "bibtex front-matter email message postscript svg vcard tags ffprobe id3 yaml rst tex".split()
)
#: Each kind of source, in words.
SOURCE_WORDS = {
    "embedded": QT_TRANSLATE_NOOP("Provenance", "from the file"),
    "format": QT_TRANSLATE_NOOP("Provenance", "by its format"),
    "filename": QT_TRANSLATE_NOOP("Provenance", "from its name"),
    "text": QT_TRANSLATE_NOOP("Provenance", "from its text"),
    "detected": QT_TRANSLATE_NOOP("Provenance", "recognised"),
    "tesseract": QT_TRANSLATE_NOOP("Provenance", "by OCR"),
    "filesystem": QT_TRANSLATE_NOOP("Provenance", "from the file system"),
}
_KIND = {
    "format": "format",
    "content": "format",
    "siegfried": "format",
    "bytes": "format",
    "filename": "filename",
    "first-line": "text",
    "clipping-header": "text",
    "detected": "detected",
    "tesseract": "tesseract",
    "filesystem": "filesystem",
}
#: Fields the history names that the form does not show.
FIELD_WORDS = {
    "part_of": QT_TRANSLATE_NOOP("Provenance", "part of"),
    "part": QT_TRANSLATE_NOOP("Provenance", "part"),
    "sensitive_dismissed": QT_TRANSLATE_NOOP("Provenance", "findings dismissed"),
    "format": QT_TRANSLATE_NOOP("Provenance", "format"),
}
#: Facts readers add under names of their own.
FACT_WORDS = {
    UPRIGHT_TURNS: QT_TRANSLATE_NOOP("Provenance", "Turned upright for OCR (degrees)"),
    "duration_seconds": QT_TRANSLATE_NOOP("Provenance", "Duration (seconds)"),
    "bitrate_kbps": QT_TRANSLATE_NOOP("Provenance", "Bit rate (kbit/s)"),
    "samplerate": QT_TRANSLATE_NOOP("Provenance", "Sample rate (Hz)"),
    "channels": QT_TRANSLATE_NOOP("Provenance", "Channels"),
}


def source_words(code: str) -> str:
    """A reader's source code ('pdf-info', 'siegfried (byte match…)') as words."""
    name = code.split(" (", 1)[0]
    kind = "embedded" if name in EMBEDDED else _KIND.get(name, "embedded")
    return translate("Provenance", SOURCE_WORDS[kind])


def change_source(source: str) -> str:
    """Where a change in the history was made, in words: 'viewer' → 'in the window'."""
    if source == "viewer":
        return translate("Provenance", "in the window")
    if source == "cli":
        return translate("Provenance", "on the command line")
    if source == "revert":
        return translate("Provenance", "reverted")
    if source == "names":
        return translate("Provenance", "names merged")
    if imported := re.fullmatch(r"import (.+)", source):
        return translate("Provenance", "imported from {file}").format(file=imported[1])
    if undone := re.fullmatch(r"undo #(\d+)", source):
        return translate("Provenance", "undo of save {batch}").format(batch=undone[1])
    return source


def fact_name(key: str) -> str:
    """A technical fact's name: in words when a reader of ours named it, else as the file has it."""
    return translate("Provenance", FACT_WORDS[key]) if key in FACT_WORDS else key
