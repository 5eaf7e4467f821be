"""A file replaced by a link to an outside file between the scan and its reading is not read:
nothing outside the collection is ever indexed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive import Collection, workers
from archive.workers import CHANGED_WHILE_READ, LEFT_COLLECTION, read_file


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    root, outside = tmp_path / "collection", tmp_path / "private"
    root.mkdir()
    outside.mkdir()
    (root / "letter.txt").write_text("The lamp at the end of the east pier.\n", encoding="utf-8")
    (outside / "diary.txt").write_text("My bank password is tangerine.\n", encoding="utf-8")
    return root, outside


def swap_for_link(root: Path, outside: Path) -> None:
    (root / "letter.txt").unlink()
    os.symlink(outside / "diary.txt", root / "letter.txt")


def test_a_link_swapped_in_after_the_scan_is_not_read(folders):
    root, outside = folders
    swap_for_link(root, outside)
    result = read_file(str(root), "letter.txt")
    assert result.error == LEFT_COLLECTION and not result.sha256 and not result.pages


def read_after(monkeypatch, root: Path, change) -> workers.Extracted:
    """The letter read with ``change`` made after its fingerprint, before a parser opens it."""
    real_extract = workers.extract

    def changing_extract(path, options):
        change()
        return real_extract(path, options)

    monkeypatch.setattr(workers, "extract", changing_extract)
    return read_file(str(root), "letter.txt")


def test_a_swap_while_the_file_is_read_throws_away_what_was_read(folders, monkeypatch):
    root, outside = folders
    result = read_after(monkeypatch, root, lambda: swap_for_link(root, outside))
    assert result.error == LEFT_COLLECTION and not result.pages and not result.record


def test_a_file_rewritten_while_it_is_read_is_read_again_next_time(folders, monkeypatch):
    root, _ = folders
    rewrite = lambda: (root / "letter.txt").write_text("A longer letter now, about the west pier.\n", encoding="utf-8")  # noqa: E731
    assert read_after(monkeypatch, root, rewrite).error == CHANGED_WHILE_READ


def test_a_link_inside_the_collection_is_still_read(folders):
    root, _ = folders
    os.symlink(root / "letter.txt", root / "same-letter.txt")
    result = read_file(str(root), "same-letter.txt")
    assert result.error is None and "east pier" in result.pages[0]


def test_an_item_whose_file_now_leads_outside_is_known_as_such(folders, index_base):
    root, outside = folders
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert not collection.leads_outside(collection.file_path("letter.txt"))
        swap_for_link(root, outside)
        assert collection.leads_outside(collection.file_path("letter.txt"))  # the preview says so instead
        assert collection.index(jobs=1).removed == 1  # the scan does not follow a link out
        assert collection.search("tangerine").total == 0
