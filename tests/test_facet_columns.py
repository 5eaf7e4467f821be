"""The facet values of each index segment, kept on disk: the same documents as the posting lists
say, deletions applied, a damaged file built again, the files of merged segments removed."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from archive import Collection
from archive.engine.facet_columns import SUFFIX, facet_postings
from archive.engine.index import FACET_FIELDS
from archive.engine.vector_query import postings


def as_sets(searcher, folder) -> dict[str, dict[str, set[int]]]:
    """What the kept tables say, value by value."""
    return {
        name: {value: set(column.docs[column.owners == index].tolist()) for index, value in enumerate(column.values)}
        for name, column in facet_postings(searcher, FACET_FIELDS, [folder] * len(searcher.leaf_searchers())).items()
    }


def from_posting_lists(searcher) -> dict[str, dict[str, set[int]]]:
    """What the tables must say, read from the posting lists directly."""
    found: dict[str, dict[str, set[int]]] = {name: {} for name in FACET_FIELDS}
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        deleted = reader.deleted_docs_set if reader.has_deletions() else set()
        for name, field in FACET_FIELDS.items():
            for term in reader.lexicon(field):
                live = {
                    offset + number for number in postings(reader, field, term)[0].tolist() if number not in deleted
                }
                if live:
                    found[name].setdefault(term.decode("utf-8"), set()).update(live)
    return found


CLERKS = ("Anna Berg", "Elsa Brandt", "Jonas Lindqvist")


def write_notes(root: Path, numbers: range) -> None:
    for number in numbers:
        (root / f"note-{number:03d}.md").write_text(
            f"---\ntitle: Note {number}\nauthor: {CLERKS[number % 3]}\ndate: {1950 + number % 4}-05-01\n"
            f"---\n\nThe tide rose at the quay, note {number}.\n",
            encoding="utf-8",
        )


@contextmanager
def indexed_notes(tmp_path: Path, index_base: Path, count: int) -> Iterator[tuple[Path, Collection]]:
    root = tmp_path / "notes"
    root.mkdir()
    write_notes(root, range(0, count))
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        yield root, collection


def test_the_kept_tables_say_what_the_posting_lists_say(tmp_path, index_base):
    with indexed_notes(tmp_path, index_base, 30) as (root, collection):
        write_notes(root, range(30, 45))  # a second segment
        collection.index(jobs=1)
        for number in (3, 31):  # deletions in both
            (root / f"note-{number:03d}.md").unlink()
        collection.index(jobs=1)
        folder = collection.index_dir / "facets"
        searcher = collection.engine._current_searcher()
        expected = from_posting_lists(searcher)
        assert as_sets(searcher, folder) == expected  # built and kept
        kept = sorted(folder.glob(f"*{SUFFIX}"))
        assert kept and as_sets(searcher, folder) == expected  # read back
        assert {year: len(docs) for year, docs in expected["year"].items()} == {
            "1950": 12,
            "1951": 11,
            "1952": 11,
            "1953": 9,
        }
        assert sum(len(docs) for docs in expected["creator"].values()) == 43
        kept[0].write_bytes(b"damaged")  # built again, not believed
        assert as_sets(searcher, folder) == expected
        assert collection.search("tide").facets["year"] == {"1953": 9, "1952": 11, "1951": 11, "1950": 12}


def test_the_tables_of_segments_merged_away_are_removed(tmp_path, index_base):
    with indexed_notes(tmp_path, index_base, 10) as (root, collection):
        collection.search("tide")
        folder = collection.index_dir / "facets"
        before = {path.name for path in folder.glob(f"*{SUFFIX}")}
        writer = collection.ix.writer()
        writer.commit(optimize=True)  # one segment from all of them
        write_notes(root, range(10, 12))
        collection.index(jobs=1)
        assert collection.search("tide").total == 12
        after = {path.name for path in folder.glob(f"*{SUFFIX}")}
        segments = {
            leaf.reader().segment().segment_id() + SUFFIX
            for leaf, _ in collection.engine._current_searcher().leaf_searchers()
        }
        assert after == segments and after != before
