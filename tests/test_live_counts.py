"""A Collection that stays open (as the viewer's does) while edits and index runs happen, in this
process or another, counts every item once: its total is the number of distinct items it can page
through, and the facets add up to the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import archive

from archive import Collection


def assert_counts_true(collection: Collection, query: str = "*") -> list[str]:
    """The total, the pages of hits and the type facet agree; returns the paths found."""
    found = collection.search(query, limit=1000)
    paths = [hit.path for hit in found.hits]
    assert len(paths) == len(set(paths)), f"an item listed twice for {query!r}: {paths}"
    assert found.total == len(paths), (query, found.total, paths)
    assert sum(found.facets["type"].values()) == found.total
    return paths


@pytest.fixture
def reader(indexed_sample) -> Collection:
    """A second Collection on the indexed sample, kept open and searched before any change."""
    with Collection.open(indexed_sample.root, indexed_sample.index_dir.parent) as other:
        assert len(assert_counts_true(other)) == 15
        yield other


def test_edits_in_another_collection_object_are_counted_once(indexed_sample, reader):
    target = "clippings/1961-07-hafenfest.txt"
    for number, title in enumerate(["Regatta on the quay", "Hafenfest 1961", "Jubilee on the quay"], start=1):
        indexed_sample.edit(target, {"title": title, "tags": [f"round-{number}"]})
        assert len(assert_counts_true(reader)) == 15
        assert assert_counts_true(reader, f"title:{title.split()[0]}") == [target]
        assert reader.search("*").facets["tag"] == {f"round-{number}": 1}
    assert assert_counts_true(reader, "title:jubilee") == [target]
    assert reader.search("title:hafenfest").total == 0  # the replaced version is gone


def test_an_edit_by_the_command_in_another_process_is_counted_once(indexed_sample, reader):
    target = indexed_sample.root / "reports/harbour-survey-1998.pdf"
    for title in ("Survey of the harbour", "Harbour survey, 1998"):
        run = archive("edit", target, "--set", f"title={title}", "--index-dir", indexed_sample.index_dir.parent)
        assert run.returncode == 0, run.stderr
        assert len(assert_counts_true(reader)) == 15
        assert assert_counts_true(reader, "dredging") == ["reports/harbour-survey-1998.pdf"]


def test_an_index_run_that_adds_changes_and_removes_files_is_counted_once(indexed_sample, reader):
    root: Path = indexed_sample.root
    (root / "clippings/1974-rybaki.txt").unlink()
    (root / "clippings/added-later.txt").write_text("Herring landings at the north quay, 1980.\n", encoding="utf-8")
    with (root / "clippings/1961-07-hafenfest.txt").open("a", encoding="utf-8") as clipping:
        clipping.write("\nNachtrag: Heringe.\n")
    with Collection.open(root, indexed_sample.index_dir.parent) as indexer:
        report = indexer.index(jobs=2)
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    paths = assert_counts_true(reader)
    assert len(paths) == 15 and "clippings/added-later.txt" in paths and "clippings/1974-rybaki.txt" not in paths
    assert assert_counts_true(reader, "nachtrag") == ["clippings/1961-07-hafenfest.txt"]
    assert reader.search("рыбаки").total == 0
