"""Restrictions a person sets, and every hand-off obeying them: no format of export, no bag and no
citation of several items holds an item that is not open unless asked; asked, each carries the
restriction in its own element; a bag never holds a file with a closed item inside it, and hands an
item inside a file on as itself (a message as an .eml), not its whole container."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import bagit

import pytest

from archive import Collection
from cli_runner import archive
from format_builders import message, write_mbox

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
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as nested:
        nested.writestr("../../escape/plan.txt", "A harbour board plan, two containers deep.")
    with zipfile.ZipFile(root / "backup.zip", "w") as backup:
        backup.writestr("old/docs.zip", inner.getvalue())
    write_mbox(
        root / "board.mbox",
        [
            message("Secretary <s@example.org>", f"Harbour board letter {number}", f"Letter {number} of the board.")
            for number in range(1, 4)
        ],
    )
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
    assert "3 items held back" in run.stderr and "left out: patient.txt: Closed until 2060-01-01" in run.stderr


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
    assert {"open.txt", "old.txt", "office.zip#memo.txt"} <= bagged
    assert not bagged & {"patient.txt", "staff.txt", "office.zip", "office.zip#salaries.txt"}
    assert "left out: office.zip: it holds office.zip#salaries.txt, which is held back" in run.stderr
    assert bagit.Bag(str(tmp_path / "bag")).validate()
    assert "Access-Restrictions" not in (tmp_path / "bag" / "bag-info.txt").read_text(encoding="utf-8")


def test_an_item_inside_a_file_is_bagged_as_itself_with_its_own_description(drive, tmp_path):
    root, index, collection = drive
    letter = next(hit.path for hit in collection.search('title:"letter 2"').hits)
    collection.edit(letter, {"title": "The second letter of the board, corrected"})
    plan = next(hit.path for hit in collection.search("plan").hits)
    report = collection.bag([letter, plan], tmp_path / "bag")
    bag = tmp_path / "bag"
    assert bagit.Bag(str(bag)).validate() and report.files == 2
    payload = sorted(str(path.relative_to(bag / "data")) for path in (bag / "data").rglob("*") if path.is_file())
    assert payload == ["backup.zip#old/docs.zip#escape/plan.txt", "board.mbox#2.eml", "metadata/metadata.csv"]
    eml = (bag / "data" / "board.mbox#2.eml").read_bytes()
    assert b"Letter 2 of the board." in eml and b"Letter 1" not in eml and b"Letter 3" not in eml
    table = (bag / "data" / "metadata" / "metadata.csv").read_text(encoding="utf-8")
    assert "objects/board.mbox#2.eml,The second letter of the board, corrected" in table.replace('"', "")
    assert json.loads((bag / "original-names.json").read_text(encoding="utf-8")) == {"data/board.mbox#2.eml": letter}
    assert plan == "backup.zip#old/docs.zip#escape/plan.txt"  # the zip's '../..' never climbs out


def test_asked_for_a_bag_holds_what_is_not_open_and_says_so(drive, tmp_path):
    root, index, _ = drive
    run = archive("bag", "harbour", "-c", root, "-o", tmp_path / "bag", "--include-restricted", "--index-dir", index)
    assert run.returncode == 0, run.stderr
    assert {"patient.txt", "office.zip#salaries.txt"} <= {path.name for path in (tmp_path / "bag" / "data").rglob("*")}
    info = (tmp_path / "bag" / "bag-info.txt").read_text(encoding="utf-8")
    assert "Access-Restrictions: 3 of the " in info and "(dc.rights)" in info
    table = (tmp_path / "bag" / "data" / "metadata" / "metadata.csv").read_text(encoding="utf-8")
    assert "Closed until 2060-01-01: medical records" in table


def test_citations_of_several_items_leave_out_what_is_not_open(drive):
    root, index, _ = drive
    several = archive("cite", root / "open.txt", root / "patient.txt", "--format", "csl-json", "--index-dir", index)
    assert [item["archive_location"] for item in json.loads(several.stdout)] == ["open.txt"]
    one = archive("cite", root / "patient.txt", "--format", "csl-json", "--index-dir", index)
    assert [item["archive_location"] for item in json.loads(one.stdout)] == ["patient.txt"]
