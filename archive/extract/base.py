"""What every extractor returns, and the error it raises for a file it cannot read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from .junk import PLACEHOLDERS, describe_rejected, junk_reason, without_leading_lengths
from .names import clean_names, split_names

#: Fields whose values must read as a catalogue's: junk is kept as a warning instead.
CATALOGUE_FIELDS = frozenset({"title", "creators", "publisher"})

if TYPE_CHECKING:
    from .ocr import Reading


class ExtractionError(Exception):
    """A file could not be read; the message is one line, fit to show to a person."""


@dataclass(frozen=True)
class ExtractOptions:
    """How a collection wants its files read. ``ocr_languages`` is Tesseract's, e.g.
    'eng+rus+aze', or 'auto' (each page in its own script); None turns OCR off. ``languages``:
    the collection's main languages (ISO 639-1), the likeliest first: what OCR reads a script in
    first, and what a short text's language is chosen among."""

    ocr_languages: str | None = None
    languages: tuple[str, ...] = ()
    #: The collection's own words to look for as sensitive (its lexicon; see sensitive.py).
    lexicon: tuple[str, ...] = ()


@dataclass
class Extraction:
    """Text and metadata found in one file.

    ``fields`` uses the record's field names. ``add`` keeps the first value offered for a field,
    so an extractor offers its sources in order of trust (XMP before the PDF Info dictionary…).
    """

    fields: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: The items inside the file — a mailbox's messages, a message's attachments, a zip's files —
    #: as (name, bytes, a suffix to read them by when the name has none); read by archive.members.
    members: Iterable[tuple[str, bytes, str]] = ()
    #: What of the file was not read although the rest was (each also a warning).
    left_out: list[str] = field(default_factory=list)
    #: What would read it better if installed (a package name → why), said once by an index run.
    needs: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, value: Any, source: str) -> None:
        if name in self.fields:
            return
        if isinstance(value, str):
            value = clean_text(value)
        elif isinstance(value, list):
            value = _unique_nonempty(value)
        if value in (None, "", [], {}):
            return
        if isinstance(value, str) and value.lower() in PLACEHOLDERS:
            return
        if name == "title" and isinstance(value, str):
            value = without_leading_lengths(value)
        if name in CATALOGUE_FIELDS and isinstance(value, str):
            reason = junk_reason(value)
            if reason:
                self.warn(describe_rejected(name.rstrip("s"), value, reason))
                return
        self.fields[name] = value
        self.sources[name] = source

    def add_creators(self, value: str | list[str] | None, source: str) -> None:
        """Creators from one author field: one string is split into names, several are taken as
        given one by one; what it says besides names becomes a note, what is junk a warning."""
        if "creators" in self.fields or not value:
            return
        values = [value] if isinstance(value, str) else value
        found = (
            split_names(clean_text(values[0]))
            if len(values) == 1
            else clean_names([clean_text(item) for item in values])
        )
        for part, reason in found.junk:
            self.warn(describe_rejected("creator", part, reason))
        self.add("creators", found.names, source)
        if found.notes:
            self.add("notes", "From the author field: " + "; ".join(found.notes), source)

    def warn(self, warning: str) -> None:
        if warning not in self.warnings:  # XMP and the Info dictionary often hold the same value
            self.warnings.append(warning)

    def leave_out(self, reason: str) -> None:
        """Say that part of the file (an item inside it, say) was not read, and why: a warning
        that also counts the file as partly read in the run's summary."""
        self.warn(reason)
        self.left_out.append(reason)

    @property
    def text(self) -> str:
        return "\f".join(self.pages)

    def add_ocr(self, readings: list[Reading]) -> None:
        """Say that (some of) the text was recognised by OCR, how sure Tesseract was, and which
        model to install for pages in a script none of the installed ones reads."""
        if readings:
            self.fields["ocr"] = True
            self.fields["ocr_confidence"] = round(sum(reading.confidence for reading in readings) / len(readings), 1)
            self.sources["ocr"] = self.sources["ocr_confidence"] = "tesseract"
        for package in dict.fromkeys(reading.missing_model for reading in readings if reading.missing_model):
            why = f"text in a script no installed Tesseract model reads was read poorly: install {package}"
            self.warn(why)
            self.needs[package] = why


def _unique_nonempty(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for value in values:
        value = clean_text(value) if isinstance(value, str) else value
        if value and value not in seen and not (isinstance(value, str) and value.lower() in PLACEHOLDERS):
            seen.append(value)
    return seen


def clean_text(value: str) -> str:
    """Repair metadata strings that tools wrote as UTF-16 but readers decoded byte by byte
    ('þÿ\x00T\x00i…') or as UTF-8 read as Latin-1 ('PÃ©gouriÃ©', by ftfy), and drop control
    characters."""
    if value.startswith(("\u00fe\u00ff", "\u00ff\u00fe")) or value.startswith("\x00"):
        try:
            raw = value.encode("latin-1")
            value = raw.decode("utf-16" if raw[:2] in (b"\xfe\xff", b"\xff\xfe") else "utf-16-be")
        except UnicodeError:
            pass
    if "\x00" in value:
        value = value.replace("\x00", "")
    if not value.isascii():
        from ftfy import fix_encoding  # 20 ms to load: not on a search's path (the workers preload it)

        value = fix_encoding(value)
    if not value.isprintable():
        value = "".join(ch for ch in value if ch.isprintable() or ch in "\n\t")
    return value.strip()


def read_capped(path, limit: int, result: Extraction) -> bytes:
    """The first ``limit`` bytes of a file; the record's warnings say when there was more."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        result.warn(f"only the first {limit // 2**20} MB were read")
    return data[:limit]


def split_list(value: str | None) -> list[str]:
    """Split a keywords/authors string on semicolons, or on commas when there is no semicolon."""
    if not value:
        return []
    separator = ";" if ";" in value else ","
    return _unique_nonempty(value.split(separator))


def one_line(error: BaseException) -> str:
    """The first line of an exception's message, or its type name when it has none."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def error_summary(error: BaseException) -> str:
    """An unexpected error in one line that says what it was: 'OSError: File name too long'."""
    return f"{type(error).__name__}: {one_line(error)}"


def language_code(value: str | None) -> str | None:
    """'en-GB' → 'en'; the record keeps ISO 639-1 codes."""
    if not value or not value.strip():
        return None
    return value.strip().replace("_", "-").split("-")[0].lower() or None
