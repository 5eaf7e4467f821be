"""Merging index segments off the path of index runs and edits (archive/engine/merging.py): what is
merged and when, documents deleted or added while a merge runs, a rebuild under a merge, and the
merge a command starts in a process of its own."""

from __future__ import annotations

import time
from pathlib import Path

from cli_runner import archive
from test_live_counts import assert_counts_true
from whoosh import query as q

from archive import Collection
from archive.engine import merging
from archive.engine.index import build_schema, open_index


def _add(ix, *keys: str) -> None:
    writer = ix.writer()
    for key in keys:
        writer.add_document(key=key, content=f"the tide at {key}", f_type="Text")
    writer.commit(merge=False)


def _keys(ix) -> set[str]:
    with ix.searcher() as searcher:
        return {fields["key"] for fields in searcher.all_stored_fields()}


def _live_keys(ix) -> set[str]:
    with ix.searcher() as searcher:
        return {hit["key"] for hit in searcher.search(q.Every(), limit=None)}


def test_eight_segments_of_a_size_are_merged_into_one(tmp_path):
    ix = open_index(tmp_path / "whoosh")
    for number in range(merging.MERGE_FACTOR - 1):
        _add(ix, f"box/{number}.txt")
    assert not merging.due(ix._segments())  # seven of a size wait for an eighth
    _add(ix, "box/7a.txt", "box/7b.txt")
    groups = merging.due(ix._segments())
    assert [len(group) for group in groups] == [merging.MERGE_FACTOR]
    assert merging.merge(ix, tmp_path / "staging", tmp_path / "postings") == merging.MERGE_FACTOR
    assert [segment.doc_count_all() for segment in ix._segments()] == [merging.MERGE_FACTOR + 1]
    assert _live_keys(ix) == {f"box/{number}.txt" for number in range(7)} | {"box/7a.txt", "box/7b.txt"}
    assert not (tmp_path / "staging").exists()
    with ix.searcher() as searcher:
        assert len(searcher.search(q.Term("content", "tide"), limit=None)) == merging.MERGE_FACTOR + 1


def test_documents_deleted_and_added_while_a_merge_runs_stay_so(tmp_path, monkeypatch):
    """An index run commits between the merged segment's writing and its swap: the document it
    deleted stays deleted in the merged segment, the one it added stays in its own."""
    ix = open_index(tmp_path / "whoosh")
    for number in range(merging.MERGE_FACTOR):
        _add(ix, f"box/{number}.txt")
    swap = merging._swap_in

    def run_commits_first(*arguments):
        writer = ix.writer()
        writer.delete_by_term("key", "box/3.txt")
        writer.delete_by_term("key", "box/6.txt")
        writer.add_document(key="box/3.txt", content="the tide, corrected", f_type="Text")
        writer.commit(merge=False)
        return swap(*arguments)

    monkeypatch.setattr(merging, "_swap_in", run_commits_first)
    assert merging.merge(ix, tmp_path / "staging", tmp_path / "postings") == merging.MERGE_FACTOR
    assert sorted(segment.doc_count() for segment in ix._segments()) == [1, merging.MERGE_FACTOR - 2]
    expected = {f"box/{number}.txt" for number in range(merging.MERGE_FACTOR)} - {"box/6.txt"}
    assert _live_keys(ix) == expected
    with ix.searcher() as searcher:
        assert [hit["key"] for hit in searcher.search(q.Term("content", "corrected"))] == ["box/3.txt"]
        assert searcher.doc_count() == len(expected)


def test_a_rebuild_while_a_merge_runs_drops_the_merge(tmp_path, monkeypatch):
    ix = open_index(tmp_path / "whoosh")
    for number in range(merging.MERGE_FACTOR):
        _add(ix, f"box/{number}.txt")
    swap = merging._swap_in

    def rebuild_first(*arguments):
        fresh = open_index(tmp_path / "whoosh", fresh=True)
        _add(fresh, "rebuilt.txt")
        return swap(*arguments)

    monkeypatch.setattr(merging, "_swap_in", rebuild_first)
    assert merging.merge(ix, tmp_path / "staging", tmp_path / "postings") == 0
    assert _keys(ix) == {"rebuilt.txt"}
    assert not (tmp_path / "staging").exists()
    assert ix.schema.names() == build_schema().names()


def _notes(root: Path, numbers: range) -> None:
    for number in numbers:
        (root / f"note-{number:02d}.txt").write_text(f"The tide rose at the quay, note {number}.\n", encoding="utf-8")


def test_a_command_merges_in_a_process_of_its_own_while_counts_stay_true(tmp_path, index_base):
    """Eight small index runs leave eight segments; the last `archive index` returns and a
    process of its own merges them while another reader keeps counting every item once."""
    root = tmp_path / "notes"
    root.mkdir()
    with Collection.open(root, index_base, create=True) as collection:
        for run in range(merging.MERGE_FACTOR - 1):
            _notes(root, range(run * 3, run * 3 + 3))
            collection.index(jobs=1)  # a library caller: no merge of its own accord
        assert len(collection.ix._segments()) == merging.MERGE_FACTOR - 1
        _notes(root, range(21, 24))
        indexed = archive("index", root, "--jobs", "1", "--index-dir", index_base)
        assert indexed.returncode == 0, indexed.stderr
        deadline = time.monotonic() + 60
        while len(collection.ix._segments()) > 1 and time.monotonic() < deadline:
            assert len(assert_counts_true(collection)) == 24
            time.sleep(0.05)
        assert len(collection.ix._segments()) == 1, "the merge did not happen"
        (merged,) = collection.ix._segments()
        table = collection.index_dir / "facets" / f"{merged.segment_id()}.facets"
        while not table.exists() and time.monotonic() < deadline:  # written by the merge, not left to the first search
            time.sleep(0.05)
        assert table.exists()
        assert len(assert_counts_true(collection)) == 24
        assert assert_counts_true(collection, "note 22") == ["note-22.txt"]
        assert not (collection.index_dir / merging.STAGING).exists()
    merged = archive("merge", root, "--index-dir", index_base)
    assert merged.returncode == 0 and merged.stdout.strip().endswith("0 segments merged"), merged.stdout


def test_posting_arrays_cut_short_are_not_believed_and_are_written_again(tmp_path, monkeypatch):
    from archive.engine import posting_columns, vector_query

    monkeypatch.setattr(posting_columns, "COLUMNS_FROM", 1)
    ix = open_index(tmp_path / "whoosh")
    _add(ix, *(f"box/{number}.txt" for number in range(5)))
    columns = tmp_path / "postings"
    merging.merge(ix, tmp_path / "staging", columns)
    (segment,) = ix._segments()
    folder = columns / segment.segment_id()
    assert posting_columns.columns_of(columns, [segment.segment_id()])[0].postings("content", b"tide")[0].tolist() == [
        0,
        1,
        2,
        3,
        4,
    ]
    ids = folder / "ids.bin"
    ids.write_bytes(ids.read_bytes()[:-4])
    posting_columns._opened.clear()  # as a new process finds them
    assert posting_columns.columns_of(columns, [segment.segment_id()])[0] is None
    assert posting_columns.missing(columns, ix._segments()) == [segment]
    with ix.searcher() as searcher:  # read from Whoosh's file meanwhile
        assert len(vector_query.ranked_matches(searcher, q.Term("content", "tide"), 10, [columns])[1]) == 5
    merging.merge(ix, tmp_path / "staging", columns)
    assert posting_columns.columns_of(columns, [segment.segment_id()])[0] is not None
    assert not posting_columns.missing(columns, ix._segments())
    posting_columns.columns_of(columns, ["merged-away-meanwhile"])  # a search after a merge: the old arrays let go
    assert folder not in posting_columns._opened
