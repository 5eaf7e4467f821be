"""A collection's settings, kept in its index folder (never in the collection): whether and in
which languages OCR reads, the lexicon of words looked for as sensitive, the collection's own
description (collection_record.py); and what reading its files takes from them
(extract.base.ExtractOptions)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .collection_record import CollectionRecord
from .errors import ArchiveError

if TYPE_CHECKING:
    from .catalog import Catalog
    from .extract.base import ExtractOptions

#: The file that marks a folder as a collection's index folder and holds its settings.
MARKER = "collection.json"
#: Tesseract's languages unless a person chooses: each page read in its own script (extract.ocr).
DEFAULT_OCR_LANGUAGES = "auto"
LEXICON = "lexicon.txt"


def indexed_roots(base: Path) -> Iterator[tuple[Path, Path]]:
    """(the collection's folder, its index folder) of every collection indexed under ``base``."""
    for marker in sorted(base.glob(f"*/{MARKER}")) if base.is_dir() else []:
        try:
            yield Path(json.loads(marker.read_text(encoding="utf-8"))["root"]), marker.parent
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not an index folder of ours


class CollectionSettings:
    def __init__(self, index_dir: Path, root: Path, catalog: Catalog) -> None:
        self.index_dir, self.root, self.catalog = index_dir, root, catalog

    def _saved(self) -> dict[str, Any]:
        try:
            return json.loads((self.index_dir / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"root": str(self.root)}

    def _save(self, settings: dict[str, Any]) -> None:
        from .outputs import replacing

        with replacing(self.index_dir / MARKER) as out:  # whole or not at all: the marker is the index's
            out.write(json.dumps(settings, ensure_ascii=False))

    def set_ocr(self, enabled: bool | None = None, languages: str | None = None) -> None:
        if enabled is None and not languages:
            return
        settings = self._saved()
        if enabled is not None:
            settings["ocr"] = enabled
        if languages:
            settings["ocr_languages"] = languages
        self._save(settings)

    def collection_record(self) -> CollectionRecord:
        """The collection's own description as a person set it (see collection_record.py)."""
        return CollectionRecord.from_saved(self.root.name, self._saved().get("record", {}))

    def set_collection_record(self, changes: dict[str, str]) -> CollectionRecord:
        """Set fields of the collection's description (field → text; '' unsets one)."""
        return self._save_record(self.collection_record().with_changes(changes))

    def set_authorities(self, authorities: dict[str, str]) -> CollectionRecord:
        """Keep the authority URIs of the collection's names (name → URI)."""
        record = self.collection_record()
        record.authorities = dict(authorities)
        return self._save_record(record)

    def _save_record(self, record: CollectionRecord) -> CollectionRecord:
        settings = self._saved()
        settings["record"] = record.to_saved()
        self._save(settings)
        return record

    def ocr(self) -> tuple[bool, str]:
        """(OCR wanted, its languages); OCR is on unless turned off, each page in its script unless chosen."""
        settings = self._saved()
        return bool(settings.get("ocr", True)), str(settings.get("ocr_languages", DEFAULT_OCR_LANGUAGES))

    def extract_options(self) -> ExtractOptions:
        from .extract.base import ExtractOptions  # the extractors stay out of a search's start-up

        wanted, languages = self.ocr()
        return ExtractOptions(
            ocr_languages=languages if wanted else None, languages=self.main_languages(), lexicon=self.lexicon()
        )

    def lexicon(self) -> tuple[str, ...]:
        """The collection's own words looked for as sensitive (a name, 'confidential', 'диагноз'…)."""
        try:
            lines = (self.index_dir / LEXICON).read_text(encoding="utf-8").splitlines()
        except OSError:
            return ()
        return tuple(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))

    def set_lexicon(self, source: Path) -> tuple[str, ...]:
        """Keep the words of ``source`` (one a line; '#' begins a comment) as the lexicon."""
        from .extract.decode import decode_text

        try:
            text = decode_text(source.read_bytes())[0]
        except OSError as error:
            raise ArchiveError(f"cannot read the lexicon {source}: {error.strerror or error}") from None
        (self.index_dir / LEXICON).write_text(text, encoding="utf-8")
        return self.lexicon()

    def main_languages(self) -> tuple[str, ...]:
        """The collection's languages (ISO 639-1), those of most items first, then the desktop's."""
        from .language import desktop_language, main_languages

        counts = self.catalog.language_counts()
        main = sorted(main_languages(counts), key=lambda code: -counts[code])
        return tuple(dict.fromkeys([*main, *filter(None, [desktop_language()])]))
