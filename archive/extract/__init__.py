"""One registry of extractors by file type. Extractor modules are imported only when needed, so
commands that never extract (search, show of an indexed file) never load PDFium or Pillow."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Callable

from ..formats import FORMAT_NAMES, NOT_READ, READERS, guess_format
from ..identify import identify
from ..language import detect_language, long_enough_to_tell
from ..legacy_names import decoded
from .base import Extraction, ExtractionError, ExtractOptions, error_summary
from .pronom import identify_pronom

__all__ = [
    "ExtractOptions",
    "Extraction",
    "ExtractionError",
    "describe_by_name",
    "extract",
    "extractor_version",
    "extractor_versions",
    "is_current",
]

#: What each extractor module's reading gives, by version: raise a module's number when a change
#: to it changes what it finds, and SHARED_VERSION when base, names, junk, titles, dates or
#: language detection change. The next index run reads again every file read by an older one.
EXTRACTOR_VERSIONS = {
    "pdf": 2,
    "text": 3,
    "html": 2,
    "office": 3,
    "epub": 2,
    "image": 5,
    "name": 2,
    "sheets": 2,
    "rtf": 1,
    "legacy": 2,
    "media": 2,
    "xml": 1,
    "text_like": 1,
    "mail": 6,
    "outlook": 1,
    "containers": 3,
}
SHARED_VERSION = 3


def extractor_versions() -> dict[str, int]:
    """Every extractor's version and the shared one: what an index run expects, given to its
    workers so that both sides judge an earlier reading by the same table."""
    return {**EXTRACTOR_VERSIONS, "shared": SHARED_VERSION}


def extractor_version(path: Path, versions: dict[str, int] | None = None) -> str:
    """Which reading the file at ``path`` gets, by what it is: 'text 2.2' (the module's version,
    the shared one)."""
    return _version(READERS.get(identify(path)[0]), versions)


def _version(target: str | None, versions: dict[str, int] | None) -> str:
    versions = versions or extractor_versions()
    module = target.split(":")[0] if target else "name"
    return f"{module} {versions[module]}.{versions['shared']}"


def is_current(reading: str | None, versions: dict[str, int] | None = None) -> bool:
    """Whether a file read as ``reading`` ('text 2.2') was read by the extractor of today."""
    versions = versions or extractor_versions()
    module, _, numbers = (reading or "").partition(" ")
    return module in versions and numbers == f"{versions[module]}.{versions['shared']}"


def _extractor(target: str) -> Callable[[Path, ExtractOptions], Extraction]:
    module_name, function_name = target.split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, function_name)


def extract(path: Path, options: ExtractOptions = ExtractOptions()) -> Extraction:
    """Text and metadata of one file, read by what its content says it is (identify.py). Raises
    ExtractionError (one line) for an unreadable file.

    A file of a type no extractor reads is catalogued by name and identified type, with no text.
    """
    mime, disagreement = identify(path)
    target = READERS.get(mime)
    if target is None:
        result = Extraction()
        if mime in FORMAT_NAMES:
            why = NOT_READ.get(mime, "only identified")
            result.warn(f"a {FORMAT_NAMES[mime]} file, whose content is not read: {why}")
        return _described(path, result, mime, disagreement)
    try:
        result = _extractor(target)(path, options)
    except ExtractionError:
        raise
    except MemoryError as error:
        raise ExtractionError("ran out of memory reading this file") from error
    except RecursionError as error:
        raise ExtractionError("structure nested too deeply to read") from error
    except Exception as error:
        # A parser's surprise on a hostile file is this file's failure, not the run's.
        raise ExtractionError(f"unreadable ({error_summary(error)})") from error
    if result.pages:
        text = result.text  # the pages joined once: a 60 MB log's text is not joined three times
        _language_of_the_words(result, text)
        _look_for_sensitive(result, text, options)
    return _described(path, result, mime, disagreement)


def _look_for_sensitive(result: Extraction, text: str, options: ExtractOptions | None) -> None:
    from ..sensitive import find_sensitive

    result.add("sensitive", find_sensitive(text, options.lexicon if options else ()) or None, "scan")


def _language_of_the_words(result: Extraction, text: str) -> None:
    """The language the text is written in, detected; over what the file declares when the two
    differ on a text long enough to tell (a Russian workbook made from an English template says
    'en'), the declared one kept in the warnings."""
    detected = detect_language(text)
    declared = result.fields.get("language")
    if declared and detected and detected != declared and detected != "zxx" and long_enough_to_tell(text):
        result.warn(f"its words are in {detected}, though it declares {declared}")
        result.fields["language"], result.sources["language"] = detected, "detected"
    result.add("language", detected, "detected")


def _described(path: Path, result: Extraction, mime: str, disagreement: str | None) -> Extraction:
    if disagreement:
        result.warn(disagreement)
    result.add("format", mime, "content" if mime != guess_format(path) else "filename")
    _add_pronom(path, result)
    return describe_by_name(path, result)


def _add_pronom(path: Path, result: Extraction) -> None:
    """The PRONOM format (puid, name, version); why Siegfried says so, and what it doubts, where
    the fields came from."""
    identified = identify_pronom(path)
    if identified is None:
        return
    basis = "; ".join(filter(None, [identified.basis, identified.warning]))
    for name, value in (
        ("puid", identified.puid),
        ("format_name", identified.name),
        ("format_version", identified.version),
    ):
        result.add(name, value or None, f"siegfried ({basis})" if basis else "siegfried")


def describe_by_name(path: Path, result: Extraction) -> Extraction:
    """What the file's name says: its type (unless its content said), and a title when the file
    gave none."""
    result.add("format", guess_format(path), "filename")
    if "title" not in result.fields:  # the last resort: taken whatever the name looks like
        result.fields["title"], result.sources["title"] = title_from_filename(path), "filename"
    return result


def title_from_filename(path: Path) -> str:
    """'IMG_2034_harbour-at-dawn.jpg' → 'IMG 2034 harbour at dawn' (a name that is not UTF-8
    decoded by the best guess)."""
    stem, name = decoded(path.stem)[0], decoded(path.name)[0]
    return re.sub(r"[_\s]+|(?<=\w)-(?=\w)", " ", stem).strip() or name
