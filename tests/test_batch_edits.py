"""Editing many items at once, the history of every change, undo and revert — through the
library and the command line, on the real sample collection."""

from __future__ import annotations

import json

import pytest
from cli_runner import archive

from archive import Collection
from archive.edits import EditPlan
from archive.errors import InvalidEdit


def _notes(root, count: int) -> None:
    folder = root / "box-12"
    folder.mkdir()
    for number in range(count):
        (folder / f"letter-{number:03d}.txt").write_text(
            f"Letter {number} from the harbour master.\n", encoding="utf-8"
        )


def test_three_hundred_items_in_one_transaction_and_none_when_a_value_is_wrong(sample_copy, index_base):
    _notes(sample_copy, 300)
    with Collection.open(sample_copy, index_base, create=True) as collection:
        collection.index(jobs=2)
        box = collection.matching_paths("path:box-12")
        assert len(box) == 300
        plan = EditPlan.parse(
            ["rights=Donated by A. Berg, 1998", "type=letter"], add=["tags=box 12", "creators=Harbour Master"]
        )
        report = collection.edit_many(box, plan)
        assert (report.changed, report.unchanged) == (300, 0)
        assert collection.search('tag:"box 12"', limit=1).total == 300
        assert collection.search('creator:"Harbour Master"', limit=1).total == 300
        assert {change.batch for change in collection.history()} == {report.batch}
        again = collection.edit_many(box, plan)
        assert (again.changed, again.unchanged, again.batch) == (0, 300, None)  # already so: nothing written
        with pytest.raises(InvalidEdit, match="not a date"):
            collection.edit_many(box, EditPlan.parse(["date=someday"]))
        record = collection.record(box[0])
        assert record.date is None and record.tags == ["box 12"]  # nothing of the refused edit


def test_a_failure_midway_leaves_every_item_as_it_was(indexed_sample, monkeypatch):
    paths = indexed_sample.matching_paths("path:clippings")
    before = {path: indexed_sample.record(path).publisher for path in paths}
    catalog = indexed_sample.catalog
    real_record, calls = catalog.record, []

    def failing_record(path):
        calls.append(path)
        if len(calls) == 6:  # the third item's check, after two items were written
            raise OSError(28, "No space left on device")
        return real_record(path)

    monkeypatch.setattr(catalog, "record", failing_record)
    with pytest.raises(OSError):
        indexed_sample.edit_many(paths, EditPlan.parse(["publisher=The Saltmere Gazette"]))
    monkeypatch.undo()
    assert {path: indexed_sample.record(path).publisher for path in paths} == before
    assert indexed_sample.history() == []


def test_add_and_remove_work_on_lists_and_keep_what_is_there(indexed_sample):
    path = "reports/harbour-survey-1998.pdf"
    assert indexed_sample.record(path).creators == ["Marta Kowalczyk", "Jonas Lindqvist"]
    indexed_sample.edit_many(
        [path],
        EditPlan.parse(
            add=["creators=jonas lindqvist", "creators=Port Commission"], remove=["creators=Marta Kowalczyk"]
        ),
    )
    assert indexed_sample.record(path).creators == ["Jonas Lindqvist", "Port Commission"]
    with pytest.raises(InvalidEdit, match="list fields"):
        EditPlan.parse(add=["title=More"])


def test_history_revert_and_undo_survive_a_rebuild_of_the_search_index(indexed_sample):
    path = "photographs/market-day.png"
    original = indexed_sample.record(path).title
    indexed_sample.edit(path, {"title": "Market day, 1950s"}, source="viewer")
    indexed_sample.edit_many([path], EditPlan.parse(["subjects=markets; fish"]))
    indexed_sample.index(reextract="*")  # read again: edits and their history stay
    for segment in (indexed_sample.index_dir / "whoosh").glob("*.seg"):  # a damaged search index, rebuilt
        segment.unlink()
    rebuilt = archive("index", indexed_sample.root, "--index-dir", indexed_sample.index_dir.parent)
    assert "rebuilt from the catalog" in rebuilt.stderr
    indexed_sample.close()
    indexed_sample = Collection.open(indexed_sample.root, indexed_sample.index_dir.parent)
    changes = indexed_sample.history(path)
    assert [(change.field, change.shown_old, change.shown_new, change.source) for change in changes] == [
        ("title", original, "Market day, 1950s", "viewer"),
        ("subjects", [], ["markets", "fish"], "cli"),
    ]
    reverted = indexed_sample.revert(path)  # before its last change
    assert reverted.subjects == [] and reverted.title == "Market day, 1950s"
    assert indexed_sample.undo("viewer") == [path]
    assert indexed_sample.record(path).title == original
    assert indexed_sample.search('"Market day, 1950s"').total == 0
    assert indexed_sample.undo("viewer") == []  # that save is undone already
    assert indexed_sample.revert(path, to="2000-01-01").title == original
    with pytest.raises(InvalidEdit, match="nothing to revert"):
        indexed_sample.revert(path, to="2999-01-01")
    indexed_sample.close()


def test_the_command_line_edits_by_query_with_a_dry_run_first(indexed_sample):
    root = str(indexed_sample.root)
    dry = archive(
        "edit",
        "--query",
        "path:clippings",
        "-c",
        root,
        "--set",
        "rights=In copyright",
        "--add",
        "tags=clipping",
        "--dry-run",
        "--json",
    )
    assert dry.returncode == 0, dry.stderr
    planned = json.loads(dry.stdout)
    assert planned["changed"] == 5 and planned["dry_run"] is True
    assert planned["items"][0]["changes"]["tags"] == {"old": [], "new": ["clipping"]}
    assert archive("search", "tag:clipping", "-c", root, "--json").stdout.count('"path"') == 0
    done = archive(
        "edit", "--query", "path:clippings", "-c", root, "--set", "rights=In copyright", "--add", "tags=clipping"
    )
    assert done.returncode == 0 and "changed 5 items; 0 already so" in done.stderr
    assert json.loads(archive("search", "tag:clipping", "-c", root, "--json").stdout)["total"] == 5
    history = json.loads(archive("history", f"{root}/clippings/1974-rybaki.txt", "--json").stdout)["changes"]
    assert {change["field"] for change in history} == {"rights", "tags"} and history[0]["source"] == "cli"
    reverted = archive("revert", f"{root}/clippings/1974-rybaki.txt", "--last", "--json")
    assert reverted.returncode == 0 and json.loads(reverted.stdout)["tags"] == []
    wrong = archive("edit", f"{root}/clippings/1974-rybaki.txt", "--set", "date=31/02/2001")
    assert wrong.returncode != 0 and wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr
    nothing = archive("edit", f"{root}/clippings/1974-rybaki.txt")
    assert nothing.returncode == 2 and "nothing to do" in nothing.stderr


def test_the_history_is_exported_with_the_records(indexed_sample):
    indexed_sample.edit("clippings/1974-rybaki.txt", {"tags": "fishing"}, source="viewer")
    run = archive("export", "*", "-c", indexed_sample.root, "--format", "jsonl", "--history")
    assert run.returncode == 0, run.stderr
    lines = {line["path"]: line for line in map(json.loads, run.stdout.splitlines())}
    assert len(lines) == 15 and lines["reports/harbour-survey-1998.pdf"]["history"] == []
    (change,) = lines["clippings/1974-rybaki.txt"]["history"]
    assert (change["field"], change["old"], change["new"], change["source"]) == ("tags", [], ["fishing"], "viewer")
    refused = archive("export", "*", "-c", indexed_sample.root, "--format", "csv", "--history")
    assert refused.returncode == 2 and "--history goes with --format jsonl" in refused.stderr


def test_a_batch_saved_while_the_search_index_cannot_take_it_says_so(indexed_sample, monkeypatch):
    from archive import pipeline

    def full_disk(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline.BatchWriter, "commit", full_disk)
    paths = indexed_sample.matching_paths("path:clippings")
    report = indexed_sample.edit_many(paths, EditPlan.parse(add=["tags=clipping"]))
    assert report.changed == 5 and "could not take it yet" in report.warning and "No space left" in report.warning
    assert all(indexed_sample.record(path).tags == ["clipping"] for path in paths)  # saved all the same
    monkeypatch.undo()
    indexed_sample.index()
    assert indexed_sample.search("tag:clipping").total == 5  # searchable after the next index run
