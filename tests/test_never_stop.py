"""Never stop, never drop: one bad item inside a file is one line and the rest of the drive is read;
what is cut short says so; hand-offs are written whole for every item they can write."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from cli_runner import archive
from format_builders import message, write_mbox

from archive.extract import Extraction
from archive.members import Budget, read_members
from archive.extract.base import ExtractOptions

NEIGHBOURS = 20
LONG_CHINESE = "关于港口灯塔维修工程的报告" * 12 + ".txt"  # 468 bytes of UTF-8: past any file system's 255
EMOJI = "😀" * 100 + ".txt"


def corrupt_zip(path: Path) -> None:
    """A zip whose second member's deflate stream is damaged (zlib: 'invalid code lengths set')."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive_file:
        archive_file.writestr("good.txt", "The good member tells of kelp. " * 20)
        archive_file.writestr("bad.txt", "The damaged member. " * 200)
        archive_file.writestr("after.txt", "The member after the damaged one tells of dulse. " * 20)
    data = bytearray(buffer.getvalue())
    start = data.find(b"bad.txt") + len(b"bad.txt")
    for offset in range(start + 5, start + 40):
        data[offset] ^= 0x55
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def hostile_drive(tmp_path_factory):
    """Twenty ordinary files beside a file of each hostile kind; indexed once by the command."""
    base = tmp_path_factory.mktemp("hostile")
    root = base / "drive"
    root.mkdir()
    for number in range(NEIGHBOURS):
        (root / f"neighbour{number}.txt").write_text(f"Neighbour {number} tells of beacon{number}.", encoding="utf-8")
    corrupt_zip(root / "corrupt.zip")
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(picture, "PNG")
    with zipfile.ZipFile(root / "names.zip", "w") as names:
        names.writestr(EMOJI, "The emoji member tells of walrus.")
        names.writestr(LONG_CHINESE, "The Chinese member tells of narwhal.")
        names.writestr(LONG_CHINESE.replace(".txt", ".png"), picture.getvalue())
    mail = message(
        "a@example.org",
        "A name with a NUL",
        "The message tells of seagull.",
        attachments=(("a\0b.txt", b"The attachment tells of pelican.", "text/plain"),),
    )
    (root / "nul.eml").write_bytes(mail.as_bytes())
    write_mbox(
        root / "box.mbox",
        [message("b@example.org", f"Note {number}", f"Message {number} tells of tern{number}.") for number in range(8)],
    )
    with zipfile.ZipFile(root / "a.zip", "w") as container:
        container.writestr("x.txt", "The member x tells of gannet.")
    (root / "a.zip#x.txt").write_text("The file on disk tells of cormorant.", encoding="utf-8")
    index = base / "index"
    run = archive("index", root, "--index-dir", index, "--max-items", 5, "--json", timeout=300)
    return root, index, run


def found(drive, word: str) -> list[str]:
    root, index, _ = drive
    run = archive("search", word, "-c", root, "--index-dir", index, "--json")
    assert run.returncode == 0, run.stderr
    return [hit["path"] for hit in json.loads(run.stdout)["hits"]]


def test_a_drive_with_hostile_items_is_indexed_whole_and_each_problem_is_one_line(hostile_drive):
    _, _, run = hostile_drive
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    report = json.loads(run.stdout)
    partly = {entry["path"]: entry["error"] for entry in report["partly_read"]}
    assert "bad.txt: damaged" in partly["corrupt.zip"]
    assert "only 5 of its 8 items were read" in partly["box.mbox"] and "--max-items" in partly["box.mbox"]
    assert all(line.startswith("archive: warning: ") for line in run.stderr.splitlines())
    for number in range(NEIGHBOURS):
        assert found(hostile_drive, f"beacon{number}") == [f"neighbour{number}.txt"]


def test_each_readable_item_beside_a_bad_one_is_found(hostile_drive):
    assert found(hostile_drive, "kelp") == ["corrupt.zip#good.txt"]
    assert found(hostile_drive, "dulse") == ["corrupt.zip#after.txt"]
    assert found(hostile_drive, "walrus") == [f"names.zip#{EMOJI}"]
    assert found(hostile_drive, "narwhal") == [f"names.zip#{LONG_CHINESE}"]
    assert found(hostile_drive, "pelican") == ["nul.eml#ab.txt"]
    assert found(hostile_drive, "tern4") == ["box.mbox#5"] and found(hostile_drive, "tern5") == []


def test_a_long_member_name_is_its_title_whole(hostile_drive):
    root, index, _ = hostile_drive
    key = f"names.zip#{LONG_CHINESE.replace('.txt', '.png')}"
    shown = json.loads(archive("show", key, "-c", root, "--index-dir", index, "--json").stdout)
    assert shown["title"] == LONG_CHINESE.removesuffix(".txt") and shown["format"] == "image/png"


def test_a_file_named_like_a_members_key_never_takes_its_place(hostile_drive):
    root, index, _ = hostile_drive
    assert found(hostile_drive, "gannet") == ["a.zip#x.txt"]
    assert found(hostile_drive, "cormorant") == ["a.zip%23x.txt"]
    edited = archive("edit", "a.zip#x.txt", "-c", root, "--index-dir", index, "--set", "title=The member")
    assert edited.returncode == 0, edited.stderr
    assert (
        json.loads(archive("show", "a.zip%23x.txt", "-c", root, "--index-dir", index, "--json").stdout)["title"]
        != "The member"
    )
    assert (
        json.loads(archive("show", "a.zip#x.txt", "-c", root, "--index-dir", index, "--json").stdout)["title"]
        == "The member"
    )
    shown = archive("show", root / "a.zip#x.txt", "--index-dir", index, "--json")  # the file on disk, by its own name
    assert json.loads(shown.stdout)["path"] == "a.zip%23x.txt"


def test_the_items_of_a_file_share_one_budget_at_every_depth(tmp_path):
    """A nested archive past the bytes all its items may inflate to is read as far as the budget
    goes, and each level cut short says so."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as level:
        for number in range(10):
            level.writestr(f"leaf{number}.txt", f"leaf {number} " * 100)
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as level:
        for number in range(10):
            level.writestr(f"inner{number}.zip", inner.getvalue())
    (tmp_path / "nested.zip").write_bytes(outer.getvalue())
    from archive.extract import extract

    holder = extract(tmp_path / "nested.zip")
    items = list(read_members("nested.zip", holder, 0, ExtractOptions(), Budget(inflated=3 * len(inner.getvalue()))))
    assert 10 < len(items) < 40
    assert any("of its 10 items were read: its items inflate past 2 GB" in reason for reason in holder.left_out)


def test_a_container_whose_reader_fails_part_way_keeps_what_came_before():
    def members():
        yield "one.txt", b"the first member", ""
        raise zlib.error("invalid code lengths set")

    holder = Extraction(members=members())
    items = list(read_members("box.zip", holder, 0, ExtractOptions(), Budget()))
    assert [item.path for item in items] == ["box.zip#one.txt"]
    assert holder.left_out == ["the items after the first 1 could not be read (error: invalid code lengths set)"]


def test_a_readers_exception_is_that_files_failure_not_the_runs(tmp_path):
    from processes import raising_reader

    from archive.limits import Limits
    from archive.workers import extract_all

    for name in ("raise.txt", "fine.txt"):
        (tmp_path / name).write_text("text", encoding="utf-8")
    results = {
        result.path: result
        for result in extract_all(
            tmp_path, [("raise.txt", None), ("fine.txt", None)], 2, Limits(seconds=30), reader=raising_reader
        )
    }
    assert results["raise.txt"].error == "could not be read (RuntimeError: a reader's surprise)"
    assert results["fine.txt"].error is None and results["fine.txt"].sha256


def test_a_solid_7z_is_read_in_one_pass(tmp_path, monkeypatch):
    if not any(os.access(Path(folder, "7z"), os.X_OK) for folder in os.environ["PATH"].split(os.pathsep)):
        pytest.skip("7z is not installed")
    source = tmp_path / "source"
    source.mkdir()
    for number in range(40):
        (source / f"note{number}.txt").write_text(f"note {number} tells of auk{number}", encoding="utf-8")
    subprocess.run(["7z", "a", "-ms=on", str(tmp_path / "solid.7z"), str(source)], check=True, capture_output=True)
    started = []
    real = subprocess.Popen

    def counted(*args, **kwargs):
        started.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", counted)
    from archive.extract import extract

    members = list(extract(tmp_path / "solid.7z").members)
    assert sorted(data.decode() for _, data, _ in members) == sorted(f"note {n} tells of auk{n}" for n in range(40))
    assert len(started) == 2  # the listing (subprocess.run starts a Popen) and one stream for every file


def test_a_workbook_with_a_cell_far_away_is_imported_at_once(tmp_path, index_base):
    from openpyxl import Workbook

    root = tmp_path / "papers"
    root.mkdir()
    (root / "note.txt").write_text("A note about grebes.", encoding="utf-8")
    assert archive("index", root).returncode == 0
    book = Workbook()
    sheet = book.active
    sheet["A1"], sheet["B1"], sheet["A2"], sheet["B2"], sheet["XFD1048576"] = (
        "path",
        "title",
        "note.txt",
        "Grebes",
        "far",
    )
    book.save(tmp_path / "far.xlsx")
    run = archive("import", tmp_path / "far.xlsx", "-c", root, timeout=60)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr  # 1: the far row names no item
    assert "row 1048576: no item" in run.stderr
    assert json.loads(archive("show", "note.txt", "-c", root, "--json").stdout)["title"] == "Grebes"
    (root / "far.xlsx").write_bytes((tmp_path / "far.xlsx").read_bytes())
    indexed = archive("index", root)
    assert indexed.returncode == 0 and indexed.stderr == "", indexed.stderr
    assert json.loads(archive("search", "far", "-c", root, "--json").stdout)["total"] == 1


@pytest.fixture(scope="module")
def awkward(tmp_path_factory):
    """Items whose values and names break hand-offs: a title of 12,000 characters, a control
    character, a formula, a '%' in a name, a damaged PDF, a TIFF whose second page is huge; the
    collection and its index folder."""
    base = tmp_path_factory.mktemp("awkward")
    root, index = base / "papers", base / "index"
    root.mkdir()
    (root / "long.txt").write_text("A long one about murre.", encoding="utf-8")
    (root / "short.txt").write_text("A short one about murre.", encoding="utf-8")
    (root / "100%.txt").write_text("A percent one about murre.", encoding="utf-8")
    (root / "damaged.pdf").write_bytes(b"%PDF-1.4\ngarbage\n%%EOF")
    Image.new("RGB", (60, 40), "red").save(root / "fine.png")
    Image.new("1", (40, 30), 1).save(
        root / "huge.tif", save_all=True, append_images=[Image.new("1", (30000, 30000))], compression="group4"
    )
    assert archive("index", root, "--index-dir", index).returncode == 0
    for field in ("title=" + "Т" * 12000, "description=a\x01b"):
        assert archive("edit", "long.txt", "-c", root, "--index-dir", index, "--set", field).returncode == 0
    assert (
        archive(
            "edit", "short.txt", "-c", root, "--index-dir", index, "--set", 'title==HYPERLINK("http://127.0.0.1/")'
        ).returncode
        == 0
    )
    return root, index


def on(collection: tuple[Path, Path]) -> tuple[Path, str, Path]:
    """The arguments naming a collection and its index folder."""
    root, index = collection
    return root, "--index-dir", index


def test_marc_records_stay_within_marc_21s_sizes(awkward, tmp_path):
    from pymarc import MARCReader

    run = archive("export", "murre", "-c", *on(awkward), "--format", "marc", "-o", tmp_path / "out.mrc")
    assert run.returncode == 0 and "long.txt: cut to fit MARC 21's sizes: field 245 cut" in run.stderr, run.stderr
    with open(tmp_path / "out.mrc", "rb") as records:
        read = [record for record in MARCReader(records)]
    assert len(read) == 3 and all(record is not None for record in read)
    assert all(len(record.as_marc()) <= 99_999 for record in read)


def test_xlsx_takes_a_control_character(awkward, tmp_path):
    from openpyxl import load_workbook

    run = archive("export", "murre", "-c", *on(awkward), "--format", "xlsx", "-o", tmp_path / "out.xlsx")
    assert run.returncode == 0, run.stderr
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 4


def test_a_bag_of_awkward_names_and_values_passes_bagit_python(awkward, tmp_path):
    import bagit

    run = archive("bag", "murre", "-c", *on(awkward), "-o", tmp_path / "bag")
    assert run.returncode == 0, run.stderr
    bag = bagit.Bag(str(tmp_path / "bag"))
    assert bag.validate()
    assert json.loads((tmp_path / "bag" / "original-names.json").read_text(encoding="utf-8")) == {
        "data/100_.txt": "100%.txt"
    }
    table = (tmp_path / "bag" / "data" / "metadata" / "metadata.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in table and ",=HYPERLINK" not in table and "objects/100_.txt" in table


def test_an_iiif_export_leaves_out_what_it_cannot_convert_and_writes_the_rest(awkward, tmp_path):
    run = archive(
        "export",
        "*",
        "-c",
        *on(awkward),
        "--format",
        "iiif",
        "-o",
        tmp_path / "iiif",
        "--base-url",
        "http://127.0.0.1/iiif",
    )
    assert run.returncode == 0, run.stderr
    assert "damaged.pdf: not written:" in run.stderr and "huge.tif: not written: page 2 is larger" in run.stderr
    folders = sorted(path.name for path in (tmp_path / "iiif").iterdir())
    assert folders[-1] == "collection.json" and len(folders) == 2 and folders[0].endswith("fine")
    assert len(json.loads((tmp_path / "iiif" / "collection.json").read_text(encoding="utf-8"))["items"]) == 1


def test_nothing_from_a_file_styles_the_terminal(tmp_path, index_base):
    root = tmp_path / "papers"
    root.mkdir()
    (root / "note.txt").write_text("invoice\u202efdp.exe reset \x1b[0m here, about kittiwake", encoding="utf-8")
    with zipfile.ZipFile(root / "z.zip", "w") as container:
        container.writestr("fake\n  2. injected.txt", "another about kittiwake")
    assert archive("index", root).returncode == 0
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "archive", "search", "kittiwake", "-c", str(root)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "200"},
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            piece = os.read(leader, 65536)
        except OSError:
            break
        if not piece:
            break
        shown += piece
    process.wait(60)
    text = shown.decode("utf-8")
    assert "\u202e" not in text and "\\u202efdp.exe" in text
    assert "\\x1b[0m here" in text
    assert "z.zip#fake\\n  2. injected.txt" in text
    codes = re.findall(r"\x1b\[[0-9;]*m", text)
    assert codes and set(codes) == {"\x1b[1m", "\x1b[0m"} and text.count("\x1b[1mkittiwake\x1b[0m") == 2
