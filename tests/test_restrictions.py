"""Restrictions a person sets, and every hand-off obeying them: no format of export, no bag and no
citation of several items holds an item that is not open unless asked; asked, each carries the
restriction in its own element; a bag never holds a file with a closed item inside it."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from archive import Collection
from cli_runner import archive

FORMATS = ("csv", "jsonl", "csl-json", "bibtex", "ris", "oai-dc", "mods", "marcxml", "ead")


@pytest.fixture(scope="module")
def drive(tmp_path_factory):
    root = tmp_path_factory.mktemp("restricted") / "drive"
    root.mkdir()
    for name, text in (
        ("open.txt", "Minutes of the harbour board about the breakwater."),
        ("patient.txt", "Medical file of a fisherman, kept by the harbour board's doctor."),
        ("staff.txt", "Staff file of the harbour board's clerk."),
        ("old.txt", "A harbour board letter closed until 2000."),
    ):
        (root / name).write_text(text, encoding="utf-8")
    with zipfile.ZipFile(root / "office.zip", "w") as office:
        office.writestr("memo.txt", "A harbour board memo.")
        office.writestr("salaries.txt", "The harbour board's salaries.")
    index = tmp_path_factory.mktemp("index")
    assert archive("index", root, "--index-dir", index).returncode == 0

    def edit(*arguments) -> None:
        run = archive("edit", "-c", root, "--index-dir", index, *arguments)
        assert run.returncode == 0, run.stderr

    edit(
        root / "patient.txt",
        "--set",
        "access=closed",
        "--set",
        "access_until=2060-01-01",
        "--set",
        "access_note=medical records",
    )
    edit(root / "staff.txt", "--set", "access=restricted")
    edit(root / "old.txt", "--set", "access=closed", "--set", "access_until=2000")
    edit("--query", "path:salaries", "--set", "access=closed")
    with Collection.open(root, index) as collection:
        yield root, index, collection


def test_restrictions_are_fields_searched_and_kept_in_the_history(drive):
    _, _, collection = drive
    record = collection.record("patient.txt")
    assert (record.access, record.access_until, record.access_note) == ("closed", "2060-01-01", "medical records")
    assert sorted(hit.path for hit in collection.search("access:closed").hits) == [
        "office.zip#salaries.txt",
        "old.txt",
        "patient.txt",
    ]
    assert collection.search("*").facets["access"]["restricted"] == 1
    assert {change.field for change in collection.history("patient.txt")} == {"access", "access_until", "access_note"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_export_holds_an_item_that_is_not_open(drive, fmt, tmp_path):
    root, index, _ = drive
    target = tmp_path / f"out.{fmt}"
    run = archive("export", "*", "-c", root, "--format", fmt, "-o", target, "--index-dir", index)
    assert run.returncode == 0, run.stderr
    written = target.read_text(encoding="utf-8").lower()
    assert "breakwater" in written  # the open item
    for hidden in ("fisherman", "clerk", "salaries"):  # words of the titles of those not open
        assert hidden not in written, (fmt, hidden)
    assert "3 items not open left out" in run.stderr and "left out: patient.txt: Closed until 2060-01-01" in run.stderr


def test_asked_for_each_format_carries_the_restriction(drive, tmp_path):
    root, index, _ = drive
    carried = {
        "mods": 'type="restriction on access">Closed until 2060-01-01: medical records',
        "ead": "<accessrestrict>",
        "oai-dc": "<dc:rights>Closed until 2060-01-01: medical records</dc:rights>",
        "marcxml": 'tag="506"',
    }
    for fmt, element in carried.items():
        target = tmp_path / f"all.{fmt}"
        assert (
            archive(
                "export", "*", "-c", root, "--format", fmt, "-o", target, "--include-restricted", "--index-dir", index
            ).returncode
            == 0
        )
        assert element in target.read_text(encoding="utf-8"), fmt
    target = tmp_path / "all.csv"
    archive("export", "*", "-c", root, "--format", "csv", "-o", target, "--include-restricted", "--index-dir", index)
    rows = {row["path"]: row for row in csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")))}
    assert (rows["patient.txt"]["access"], rows["patient.txt"]["access_until"]) == ("closed", "2060-01-01")


def test_a_bag_leaves_out_what_is_not_open_and_a_file_with_a_closed_item_inside(drive, tmp_path):
    root, index, _ = drive
    run = archive("bag", "*", "-c", root, "-o", tmp_path / "bag", "--index-dir", index)
    assert run.returncode == 0, run.stderr
    bagged = {path.name for path in (tmp_path / "bag" / "data").rglob("*") if path.is_file()}
    assert bagged - {"metadata.csv"} == {"open.txt", "old.txt"}
    assert "left out: office.zip: it holds office.zip#salaries.txt, which is not open" in run.stderr


def test_citations_of_several_items_leave_out_what_is_not_open(drive):
    root, index, _ = drive
    several = archive("cite", root / "open.txt", root / "patient.txt", "--format", "csl-json", "--index-dir", index)
    assert [item["archive_location"] for item in json.loads(several.stdout)] == ["open.txt"]
    one = archive("cite", root / "patient.txt", "--format", "csl-json", "--index-dir", index)
    assert [item["archive_location"] for item in json.loads(one.stdout)] == ["patient.txt"]
