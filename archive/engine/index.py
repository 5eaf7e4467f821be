"""The Whoosh index: its schema, and how an effective record and its text become one document.

The index holds only what search needs; records and text are read back from the catalog.
One process writes at a time (Whoosh's own lock); readers never wait for the writer.
"""

from __future__ import annotations

import operator
import pickle
import re
import struct
import traceback
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any, Generator, Sequence, cast

from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.formats import Positions
from whoosh.system import pack_uint
from whoosh.reading import CorruptIndexError
from whoosh.writing import IndexWriter

from . import whoosh_internals
from ..analysis import FoldingTokenizer, fold, mark_language, name_analyzer, text_analyzer, value_analyzer
from ..model import DESCRIPTIONS, Record
from ..periods import period
from ..sensitive import ANY, kinds_of

whoosh_internals.install()

#: Facets offered with every search: the name shown to people → the index field holding the values.
FACET_FIELDS = {
    "type": "f_type",
    "year": "f_year",
    "publisher": "f_publisher",
    "creator": "f_creator",
    "recipient": "f_recipient",
    "language": "f_language",
    "tag": "f_tag",
    "format": "f_format",
    "puid": "f_puid",
    "sensitive": "f_sensitive",
    "access": "f_access",
    "series": "f_series",
}
#: Raise when the schema or the analysis changes: older indexes are then rebuilt from the catalog.
SCHEMA_VERSION = 15
WRITER_WAIT_SECONDS = 60.0
#: Sort key for items without a date or title: after every real value.
MISSING_LAST = "\uffff"


class FoldedText(TEXT):
    """A TEXT field indexed in one pass by ``FoldingTokenizer.term_positions``.

    Whoosh's own path makes a Token object for every word and every stem and then counts them;
    this gives the same terms, positions and weights (the index is the same) in about half the
    time.
    """

    analyzer: FoldingTokenizer  # type: ignore[assignment]  # Whoosh calls it like an analyzer

    def __init__(self, analyzer: FoldingTokenizer, **options: Any) -> None:
        super().__init__(analyzer=analyzer, **options)  # type: ignore[arg-type]  # a tokenizer is an analyzer to Whoosh

    def index(self, value: str, **kwargs) -> Generator[tuple[bytes, int, float | int, bytes], Any, None]:
        assert self.format is not None  # a TEXT field always has one
        boost = self.format.field_boost
        positional = isinstance(self.format, Positions)
        for term, positions in self.analyzer.term_positions(value).items():
            count = len(positions)
            encoded = encode_positions(positions) if positional else pack_uint(count)
            yield term.encode("utf-8"), count, count * boost, encoded


def encode_positions(positions: Sequence[int]) -> bytes:
    """Whoosh's ``Positions.encode``, without its loop: the count, then the pickled gaps."""
    gaps = list(map(operator.sub, positions, [0, *positions]))
    return pack_uint(len(gaps)) + pickle.dumps(gaps, 2)


def build_schema() -> Schema:
    prose, names, values = text_analyzer(), name_analyzer(), value_analyzer()
    fields = dict(
        key=ID(stored=True, unique=True),
        content=FoldedText(analyzer=prose),
        title=FoldedText(analyzer=prose, field_boost=3.0),
        creator=FoldedText(analyzer=names, field_boost=2.0),
        recipient=FoldedText(analyzer=names),
        subject=FoldedText(analyzer=prose, field_boost=2.0),
        description=FoldedText(analyzer=prose),
        publisher=FoldedText(analyzer=names),
        source=FoldedText(analyzer=names),
        type=FoldedText(analyzer=names, phrase=False),
        format=FoldedText(analyzer=names, phrase=False),
        language=FoldedText(analyzer=names, phrase=False),
        path=FoldedText(analyzer=names),
        tag=FoldedText(analyzer=names),
        notes=FoldedText(analyzer=prose),
        transcription=FoldedText(analyzer=prose),  # as a person read the item: searched like its text
        series=FoldedText(analyzer=names),  # its place in the arrangement, every level's words
        location=FoldedText(analyzer=names),  # its place in the repository: box, folder; fonds, file
        meta=FoldedText(analyzer=prose),
        # The first and the last day of the item's date ('2021' → 1 January, 31 December), as day
        # numbers (date.toordinal): queries compare dates as periods (see periods.py). Days, not
        # Whoosh's DATETIME microseconds: a range then spans a few dozen trie terms, not hundreds.
        date=NUMERIC(int, bits=32),
        date_end=NUMERIC(int, bits=32),
        date_sort=ID(sortable=True),
        title_sort=ID(sortable=True),
        creator_sort=ID(sortable=True),
        type_sort=ID(sortable=True),
        source_sort=ID(sortable=True),
        pages_sort=ID(sortable=True),
        thread=ID(analyzer=values),  # Message-IDs, exact (lower case)
        puid=ID(analyzer=values),  # PRONOM identifiers, exact: fmt/276
        sensitive=ID(analyzer=values),  # the kinds of sensitive data found, and 'any'
        access=ID(analyzer=values),  # open, restricted or closed, as a person set it
    )
    fields.update({field: ID(analyzer=values) for field in FACET_FIELDS.values()})
    return Schema(**fields)


#: What reading a damaged index raises (random bytes in a segment, a missing or cut file).
DAMAGE = (
    CorruptIndexError,
    whoosh_index.IndexError,
    struct.error,
    zlib.error,
    EOFError,
    pickle.UnpicklingError,
    UnicodeDecodeError,
    FileNotFoundError,
)
#: Where Whoosh reads its files: garbage read back as data fails there in many ways (KeyError,
#: ValueError, TypeError…), all of them damage.
_INDEX_READERS = re.compile(r"whoosh[/\\](codec|filedb|reading|columns|system|util)|archive[/\\]whoosh_internals")
#: Left in the index folder by a reader that found it damaged: the next index run rebuilds it.
DAMAGED_MARK = "DAMAGED"


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` comes from reading a damaged index: one of Whoosh's signs of it, or any
    error raised where Whoosh reads its files."""
    if isinstance(error, DAMAGE):
        return True
    frames = traceback.extract_tb(error.__traceback__) if isinstance(error, Exception) else []
    return bool(frames) and _INDEX_READERS.search(frames[-1].filename) is not None


def open_index(directory: Path, fresh: bool = False) -> whoosh_index.FileIndex:
    """Open the index, or create it (``fresh``: anew). An index made by an older schema is dropped:
    it is derived state, and the next index run rebuilds it from the catalog (edits included)."""
    directory.mkdir(parents=True, exist_ok=True)
    version_file = directory / "SCHEMA_VERSION"
    current = version_file.read_text().strip() if version_file.exists() else None
    if not fresh and whoosh_index.exists_in(str(directory)) and current == str(SCHEMA_VERSION):
        return cast(whoosh_index.FileIndex, whoosh_index.open_dir(str(directory)))
    if fresh:  # a damaged index's files go (the caller holds the collection's indexer lock)
        for leftover in directory.iterdir():
            if leftover.is_file():
                leftover.unlink()
    ix = cast(whoosh_index.FileIndex, whoosh_index.create_in(str(directory), build_schema()))
    version_file.write_text(str(SCHEMA_VERSION))
    return ix


def mark_damaged(directory: Path, error: BaseException) -> None:
    """Note that the index was found damaged, so that the next index run rebuilds it."""
    try:
        (directory / DAMAGED_MARK).write_text(f"{type(error).__name__}: {error}", encoding="utf-8")
    except OSError:  # a read-only index folder: the message still says what to do
        pass


def is_marked_damaged(directory: Path) -> bool:
    return (directory / DAMAGED_MARK).exists()


def document(record: Record, pages: list[str], parts: Sequence[Record] = ()) -> dict:
    """The index document of one item: its effective metadata and its text. ``parts``: the other
    parts of the item of several files that ``record`` leads (groups.py), whose names and
    transcriptions are the item's too; its pages are then a page a part."""
    if parts:
        transcriptions = [record.transcription, *(part.transcription for part in parts)]
        record = replace(record, transcription="\n\n".join(filter(None, transcriptions)) or None, pages=len(pages))
    dated = period(record.date)
    year = record.date[:4] if record.date and record.date[:4].isdigit() else None
    language = record.language
    sensitive = kinds_of(record.sensitive)
    doc: dict[str, Any] = dict(
        key=record.path,
        content=mark_language("\n".join(pages), language),
        title=mark_language(record.title, language) if record.title else "",
        creator="\n".join(record.creators),
        recipient="\n".join(record.recipients),
        subject=mark_language("\n".join(record.subjects), language) if record.subjects else "",
        description=mark_language(record.description, language) if record.description else "",
        publisher=record.publisher or "",
        source=record.source or "",
        type=record.type or "",
        format=record.format or "",
        language=record.language or "",
        path="\n".join([record.path, *(part.path for part in parts)]),
        tag="\n".join(record.tags),
        notes=mark_language(record.notes, language) if record.notes else "",
        transcription=mark_language(record.transcription, language) if record.transcription else "",
        series=(record.series or "").replace("/", "\n"),
        location=record.location or "",
        # What a word with no field is matched against besides text, title, creators and subjects:
        # one field instead of six keeps a query to a few posting lists per word.
        meta=mark_language(_other_words(record, parts), language),
        date_sort=record.date or MISSING_LAST,
        title_sort=fold(record.title or "") or MISSING_LAST,
        creator_sort=fold("; ".join(record.creators)) or MISSING_LAST,
        type_sort=fold(record.type or "") or MISSING_LAST,
        source_sort=fold(record.publisher or record.source or "") or MISSING_LAST,
        pages_sort=f"{record.pages:09d}" if record.pages else MISSING_LAST,
        f_type=record.type or "",
        f_year=year or "",
        f_publisher=record.publisher or "",
        f_creator="\n".join(record.creators),
        f_recipient="\n".join(record.recipients),
        f_language=record.language or "",
        f_tag="\n".join(record.tags),
        f_format=record.format or "",
        puid=record.puid or "",
        sensitive="\n".join(sensitive),
        access=record.access or "open",
        f_access=record.access or "open",
        f_series="\n".join(_levels(record.series)),
        f_sensitive="\n".join(kind for kind in sensitive if kind != ANY),
        f_puid=" ".join(filter(None, [record.puid, record.format_name])),
        thread="\n".join(message_id.lower() for message_id in record.thread),
    )
    if dated is not None:
        doc["date"], doc["date_end"] = (moment.toordinal() for moment in dated)
    return {name: value for name, value in doc.items() if value != ""}


def _levels(series: str | None) -> list[str]:
    """A series and each series above it ('A/B/C' → 'A', 'A/B', 'A/B/C'): choosing one finds its
    sub-series' items too."""
    parts = (series or "").split("/") if series else []
    return ["/".join(parts[: depth + 1]) for depth in range(len(parts))]


def _other_words(record: Record, parts: Sequence[Record]) -> str:
    """The record's words outside its text, title, creators and subjects, in one text."""
    photograph = record.exif or {}
    return "\n".join(
        filter(
            None,
            (
                record.description,
                record.publisher,
                record.source,
                record.notes,
                record.transcription,  # a word with no field finds it here: no sixth field for every query
                " ".join(record.tags),
                *record.recipients,
                *(
                    path.replace("/", " ").replace("_", " ").replace("-", " ")
                    for path in [record.path, *(part.path for part in parts)]
                ),
                # Every description a photograph carries (EXIF, Windows' XP tags, IPTC, XMP), not only the first.
                *(str(photograph[name]) for name in DESCRIPTIONS if name in photograph),
            ),
        )
    )


def commit(writer: IndexWriter) -> None:
    """Commit a writer without merging segments: merges run in a process of their own, after
    the run or the edit (merging.py), never inside it."""
    writer.commit(merge=False)


def writer(ix: whoosh_index.Index, processes: int = 1) -> IndexWriter:
    """A writer that waits for another writer to finish its batch rather than fail (an edit may
    arrive while an index run commits).

    With several processes, documents are analysed in that many sub-processes, each writing a
    segment of its own (Whoosh's multiprocessing writer, without the merge at commit): analysis
    is most of an index run's work, and this spreads it over every core.
    """
    if processes > 1:
        # Writer processes start from the fork server, like the extraction workers: forked from
        # the indexer they would carry its memory (and any lock another thread held) with them.
        from ..workers import process_context  # not at the top: searching needs none of it

        process_context()
        # The indexing process's own pool only holds the postings of segments being merged: kept
        # small, so that a merge of large segments spills to disk rather than fill its memory.
        # Each writer process's pool is most of its memory: 192 MB is the balance the 10,000-document
        # benchmark found between the peak memory of all processes and the index's time.
        return ix.writer(
            procs=processes,
            batchsize=20,
            multisegment=True,
            limitmb=64,
            subargs=dict(limitmb=192),
            start_method="forkserver",
            timeout=WRITER_WAIT_SECONDS,
            delay=0.05,
        )
    return ix.writer(limitmb=256, timeout=WRITER_WAIT_SECONDS, delay=0.05)
