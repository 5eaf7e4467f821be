"""Faster paths that must give exactly what the plain ones give: the index's one-pass analysis
(what Whoosh's token-by-token path gives), its segment writing and merging (Whoosh's bytes),
segment files read from the memory map or with a read-ahead of their own (what a copy gives), a
compound segment's file lengths (what Whoosh counts) and lazily read pages (what the catalog
stores)."""

from __future__ import annotations

import io
import pickle
import random
import zlib

import pytest
from whoosh.codec import base, whoosh3
from whoosh.fields import TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader

from archive import analysis
from archive.engine import whoosh_internals
from archive.analysis import mark_language, name_analyzer, text_analyzer
from archive.catalog import LAZY_CHUNK, Catalog, CatalogEntry
from archive.engine.index import FoldedText, document, open_index
from archive.model import Record
from archive.engine.whoosh_internals import CountingSubStream, MappedBufferFile, ReadAheadSubFile, add_segment

TEXTS = [
    ("en", "Indexing the indexes: an index, indexed. Résumé, RESUME and résumés — naïve café."),
    ("ru", "Документы и документов: ДОКУМЕНТ, документа; ёлка Ёлка"),
    ("de", "Die Straße, die Strassen und STRASSE; Häuser, Haus, Hauses"),
    ("tr", "İstanbul ISTANBUL ıstanbul; soyqırım SOYQIRIM"),
    ("xx", "a language with no stemmer: words words words_and-more, 3.14 42"),
    ("fr", "l'été, les étés; Œuvre et œuvres"),
    ("en", ""),
]


@pytest.mark.parametrize("language, text", TEXTS)
@pytest.mark.parametrize(
    "analyzer, phrase", [(text_analyzer(), True), (name_analyzer(), True), (name_analyzer(), False)]
)
def test_one_pass_analysis_matches_the_token_path(language, text, analyzer, phrase):
    value = mark_language(text, language)
    whoosh_way = sorted(TEXT(analyzer=analyzer, phrase=phrase).index(value))
    assert sorted(FoldedText(analyzer=analyzer, phrase=phrase).index(value)) == whoosh_way


def test_stems_sit_at_their_words_positions():
    terms = text_analyzer().term_positions(mark_language("indexes of the index indexed", "en"))
    assert list(terms["index"]) == [0, 3, 4]
    assert list(terms["indexes"]) == [0] and list(terms["indexed"]) == [4]


@pytest.mark.parametrize("chunk_chars", [1, 7, 64])
def test_a_text_read_in_chunks_has_the_positions_of_a_text_read_whole(monkeypatch, chunk_chars):
    text = mark_language(" ".join(text for _, text in TEXTS) * 5 + " Strasse\n\nStraße\tend", "de")
    whole = {term: list(where) for term, where in text_analyzer().term_positions(text).items()}
    monkeypatch.setattr(analysis, "CHUNK_CHARS", chunk_chars)
    assert {term: list(where) for term, where in text_analyzer().term_positions(text).items()} == whole


def _segment_bytes(directory) -> dict[str, bytes]:
    """The files of the index's one segment, by kind (segment names are random)."""
    return {path.name.split(".", 1)[1]: path.read_bytes() for path in directory.glob("MAIN_*.*")}


def _documents() -> list[dict]:
    """300 index documents: common words in most (several posting blocks; "block" fills exactly
    one), rare ones, several languages, and fields only some documents have."""
    chance = random.Random(7)
    common = ["archive", "letter", "Straße", "документ", "index"]
    rare = [f"word{number}" for number in range(2000)]
    return [
        document(
            Record(
                path=f"box/{number}.txt",
                title=f"Letter {number}" if number % 3 else None,
                creators=["Ada Lovelace"] if number % 2 else [],
                language=chance.choice(["en", "de", "ru"]),
                date=f"19{number % 100:02d}" if number % 5 else None,
                tags=["kept"] if number % 7 == 0 else [],
            ),
            [
                " ".join(
                    common[: number % 6] + ["block"] * (number < 128) + chance.choices(rare, k=chance.randrange(0, 400))
                )
            ],
        )
        for number in range(300)
    ]


def test_segments_written_term_by_term_are_whooshs_bytes(tmp_path, monkeypatch):
    documents = _documents()

    def write(directory, add_postings) -> dict[str, bytes]:
        monkeypatch.setattr(whoosh3.W3FieldWriter, "add_postings", add_postings)
        writer = open_index(directory).writer(compound=False)
        for fields in documents:
            writer.add_document(**fields)
        writer.commit(merge=False)
        return _segment_bytes(directory)

    ours = write(tmp_path / "ours", whoosh3.W3FieldWriter.add_postings)
    whooshs = write(tmp_path / "whoosh", base.FieldWriter.add_postings)
    assert ours.keys() == whooshs.keys() and "pst" in ours
    assert ours == whooshs


def test_segments_written_with_every_change_are_whooshs_own_bytes(tmp_path, monkeypatch):
    """The baseline is Whoosh with none of the program's changes (whoosh_internals.uninstalled):
    its pool and its posting writer (the pool was changed on both sides of the test above). The
    one deliberate difference, the size from which a posting block is compressed, is set alike on
    both sides; a segment's files apart (a compound file holds the segment's random name)."""
    documents = _documents()

    def write(directory) -> dict[str, bytes]:
        monkeypatch.setattr(whoosh3, "COMPRESSION_MIN_SIZE", whoosh_internals.COMPRESS_FROM_BYTES)
        writer = open_index(directory).writer(compound=False)
        for fields in documents:
            writer.add_document(**fields)
        writer.commit(merge=False)
        return _segment_bytes(directory)

    with whoosh_internals.uninstalled():
        whooshs = write(tmp_path / "whoosh")
    ours = write(tmp_path / "ours")
    assert ours.keys() == whooshs.keys() and "pst" in ours
    assert ours == whooshs


def test_segments_merged_as_streams_are_whooshs_merge(tmp_path):
    documents = _documents()

    def merge(directory, add) -> dict[str, bytes]:
        ix = open_index(directory)
        for part in (documents[:100], documents[100:200], documents[200:]):
            writer = ix.writer()
            for fields in part:
                writer.add_document(**fields)
            writer.commit(merge=False)
        writer = ix.writer()
        writer.delete_by_term("key", "box/150.txt")  # the merge leaves it out
        writer.commit(merge=False)

        def merge_all(writer, segments):
            unmapped = FileStorage(writer.storage.folder, supports_mmap=False)  # as merging.py reads them
            for segment in segments:
                add(writer, SegmentReader(unmapped, writer.schema, segment))
            return []

        ix.writer(compound=False).commit(mergetype=merge_all)
        assert ix.doc_count_all() == 299
        return _segment_bytes(directory)

    def whoosh_add_reader(writer, reader) -> None:
        writer.add_reader(reader)
        reader.close()

    ours, whooshs = merge(tmp_path / "ours", add_segment), merge(tmp_path / "whoosh", whoosh_add_reader)
    assert "pst" in ours and "seg" not in ours and ours == whooshs  # the merged segment alone


def test_a_mapped_segment_file_reads_what_a_copy_reads():
    chance = random.Random(5)
    data = pickle.dumps([chance.random() for _ in range(5000)]) + b"line one\nline two\n" + bytes(range(256)) * 50
    mapped, copied = MappedBufferFile(memoryview(data)), io.BytesIO(data)
    assert pickle.load(mapped.file) == pickle.load(copied)
    for _ in range(200):
        position, length = chance.randrange(len(data)), chance.randrange(-1, 9000)
        mapped.seek(position)
        copied.seek(position)
        assert mapped.read(length) == copied.read(length) and mapped.tell() == copied.tell()
        assert mapped.file.readline() == copied.readline()
    assert mapped.get(10, 20) == data[10:30]
    mapped.close()


def test_a_sub_file_read_ahead_reads_what_a_copy_reads(tmp_path):
    chance = random.Random(6)
    data = bytes(chance.randrange(256) for _ in range(3 * ReadAheadSubFile.READ_AHEAD))
    (tmp_path / "segment").write_bytes(b"before" + data + b"after")
    with open(tmp_path / "segment", "rb") as parent:
        sub, copied = ReadAheadSubFile(parent, 6, len(data)), io.BytesIO(data)
        for _ in range(300):
            position, length = chance.randrange(len(data) + 10), chance.choice([None, 0, 4, 300, 70_000, 400_000])
            sub.seek(position)
            copied.seek(position)
            assert sub.read(length) == copied.read(length) and sub.tell() == copied.tell()


def test_a_compound_segment_file_counts_its_length_as_whoosh_does():
    chance = random.Random(8)
    counting = CountingSubStream(io.BytesIO(), 1024)
    whooshs = CountingSubStream.__base__(io.BytesIO(), 1024)
    for _ in range(500):
        piece = bytes(chance.randrange(3000))
        counting.write(piece)
        whooshs.write(piece)
        assert counting.tell() == whooshs.tell()


def test_pages_read_lazily_are_the_pages_stored(tmp_path):
    letters = "abcdefghijklmnopqrstuvwxyzßüöéèстраниц"
    chance = random.Random(1)
    pages = ["".join(chance.choice(letters + " ") for _ in range(8000)) for _ in range(30)] + [""]
    catalog = Catalog(tmp_path / "catalog.sqlite")
    catalog.begin()
    catalog.put(CatalogEntry("a.txt", 1, 1, "0" * 64, {"title": "A"}, pages, None))
    catalog.commit()
    assert len(zlib.compress("\f".join(pages).encode(), 1)) > 3 * LAZY_CHUNK  # read in several pieces
    assert list(catalog.lazy_texts(["a.txt"])["a.txt"]) == catalog.text("a.txt") == pages
