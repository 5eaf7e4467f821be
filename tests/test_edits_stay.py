"""A person's edits belong to their item: a move carries them, a copy never takes them, and an
item that disappears keeps them (listed as orphans) until it comes back."""

from __future__ import annotations

import json
import shutil

from cli_runner import archive

FLOOD = "clippings/1953-02-02-storm-flood.txt"
EDITS = {"title": "The great flood of 1953", "tags": ["flood"]}


def edit_flood(collection) -> None:
    collection.edit(FLOOD, EDITS)
    assert collection.search("tag:flood").total == 1


def test_a_copy_that_was_already_there_never_takes_the_edits(indexed_sample):
    root = indexed_sample.root
    shutil.copy(root / FLOOD, root / "clippings/copy-of-flood.txt")
    indexed_sample.index(jobs=1)
    edit_flood(indexed_sample)
    kept = (root / FLOOD).read_bytes()
    (root / FLOOD).unlink()
    indexed_sample.index(jobs=1)
    copy = indexed_sample.record("clippings/copy-of-flood.txt")
    assert copy.overrides == [] and copy.title != EDITS["title"]
    assert indexed_sample.search("tag:flood").total == 0
    assert indexed_sample.orphans() == {FLOOD: EDITS}
    (root / FLOOD).write_bytes(kept)  # the original comes back: with its edits
    indexed_sample.index(jobs=1)
    assert indexed_sample.record(FLOOD).title == EDITS["title"] and indexed_sample.orphans() == {}
    assert [hit.path for hit in indexed_sample.search("tag:flood").hits] == [FLOOD]


def test_a_move_in_one_run_carries_the_edits_and_a_later_return_of_the_bytes_too(indexed_sample):
    root = indexed_sample.root
    edit_flood(indexed_sample)
    shutil.move(root / FLOOD, root / "moved.txt")
    indexed_sample.index(jobs=1)
    assert indexed_sample.record("moved.txt").title == EDITS["title"] and indexed_sample.orphans() == {}
    saved = root.parent / "outside.txt"
    shutil.move(root / "moved.txt", saved)
    indexed_sample.index(jobs=1)
    assert set(indexed_sample.orphans()) == {"moved.txt"}
    shutil.move(saved, root / "back-again.txt")  # those bytes, at one new path, no other claimant
    indexed_sample.index(jobs=1)
    assert indexed_sample.record("back-again.txt").tags == ["flood"] and indexed_sample.orphans() == {}


def test_several_new_copies_leave_the_edits_waiting(indexed_sample):
    root = indexed_sample.root
    edit_flood(indexed_sample)
    for name in ("a.txt", "b.txt"):
        shutil.copy(root / FLOOD, root / name)
    (root / FLOOD).unlink()
    indexed_sample.index(jobs=1)
    assert indexed_sample.record("a.txt").overrides == indexed_sample.record("b.txt").overrides == []
    assert set(indexed_sample.orphans()) == {FLOOD}


def test_empty_files_never_match_by_content(indexed_sample):
    root = indexed_sample.root
    (root / "empty-one.txt").write_bytes(b"")
    (root / "empty-two.txt").write_bytes(b"")
    indexed_sample.index(jobs=1)
    indexed_sample.edit("empty-one.txt", {"title": "Placeholder for the missing ledger"})
    (root / "empty-one.txt").unlink()
    (root / "empty-three.txt").write_bytes(b"")
    indexed_sample.index(jobs=1)
    assert indexed_sample.record("empty-two.txt").overrides == []
    assert indexed_sample.record("empty-three.txt").overrides == []
    assert indexed_sample.orphans() == {"empty-one.txt": {"title": "Placeholder for the missing ledger"}}


def test_the_orphans_command(indexed_sample):
    root, base = indexed_sample.root, indexed_sample.index_dir.parent
    indexed_sample.edit(FLOOD, {"title": "Two lines\nof title", "tags": ["flood", "1953"]})
    (root / FLOOD).unlink()
    assert archive("index", root, "--index-dir", base).returncode == 0
    run = archive("orphans", "-c", root, "--index-dir", base, "--json")
    assert json.loads(run.stdout) == {
        "orphans": [{"path": FLOOD, "edits": {"tags": ["flood", "1953"], "title": "Two lines\nof title"}}]
    }
    run = archive("orphans", "-c", root, "--index-dir", base)
    assert run.stdout == f"{FLOOD}: tags=flood, 1953; title=Two lines\\nof title\n"
    assert run.stderr == "1 item with edits whose file is gone\n"
