"""Items inside files — the messages of a mailbox, a message's attachments, the files of a zip or
tar — each findable, described, edited, cited and exported as an item of its own."""

from __future__ import annotations

import csv
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from cli_runner import archive
from format_builders import message, write_mbox

from archive import Collection
from archive.member_paths import member_key, member_name
from resources.sample_builders import write_docx, write_pdf, write_photo

PDF_MIME, DOCX_MIME = "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def build_mail(root: Path, scratch: Path) -> None:
    root.mkdir()
    scratch.mkdir()
    survey = write_pdf(
        scratch / "survey.pdf",
        ["Survey of the breakwater: the east pier lamp is rusted through."],
        title="Pier survey 1952",
    )
    minutes = write_docx(
        scratch / "minutes.docx", ["The committee agreed to repair the slipway."], title="Committee minutes"
    )
    lamp = message(
        "Elsa Brandt <elsa@example.org>",
        "The east pier lamp",
        "Dear Harbour Master,\nthe lamp is out again.",
        to="Gustav Nilsen <nilsen@example.org>",
        attachments=(("survey.pdf", survey.read_bytes(), PDF_MIME), ("minutes.docx", minutes.read_bytes(), DOCX_MIME)),
    )
    (root / "lamp.eml").write_bytes(lamp.as_bytes())
    write_mbox(
        root / "inbox.mbox",
        [
            message(
                "Пётр Иванов <petr@example.org>",
                "Рыбаки",
                "Рыбаки вернулись в порт",
                charset="koi8-r",
                date="Sun, 01 Feb 1953 08:00:00 +0000",
            ),
            message(
                "Jonas Lindqvist <jonas@example.org>",
                "Hafenfest",
                "Grüße vom Hafenfest",
                charset="iso-8859-1",
                html=True,
                date="Sat, 15 Jul 1961 12:00:00 +0200",
            ),
            message(
                "Ayşe Kaya <ayse@example.org>",
                "Liman",
                "Liman şenliği çok güzeldi",
                charset="iso-8859-9",
                date="Mon, 09 Jul 2001 10:00:00 +0300",
            ),
        ],
    )
    with zipfile.ZipFile(root / "laptop.zip", "w", zipfile.ZIP_DEFLATED) as laptop:
        laptop.writestr("letters/1995.txt", "A letter about the ferry timetable of 1995.")
        laptop.writestr("mail/lamp.eml", lamp.as_bytes())
        laptop.writestr("../../etc/escape.txt", "A name that climbs out, about the tide gauge.")
        laptop.writestr("notes#1.txt", "A name holding a hash, about the foghorn.")
        laptop.writestr("bomb.txt", b"0" * (64 * 1024 * 1024))  # inflates 1,000 times: refused
        laptop.write(write_photo(scratch / "photo.png"), "photos/harbour_at_dawn.png")
    with tarfile.open(root / "floppies.tar.gz", "w:gz") as floppies:
        floppies.add(minutes, arcname="disk1/minutes.docx")


@pytest.fixture
def mail(tmp_path: Path, index_base: Path):
    root = tmp_path / "papers"
    build_mail(root, tmp_path / "scratch")
    with Collection.open(root, index_base, create=True) as collection:
        report = collection.index(jobs=2)
        assert not report.failed, report.failed
        yield collection


def paths(collection, query: str) -> list[str]:
    return sorted(hit.path for hit in collection.search(query, limit=100).hits)


def test_every_message_attachment_and_file_inside_is_an_item_found_by_its_words(mail):
    assert paths(mail, "rusted") == sorted(["laptop.zip#mail/lamp.eml#survey.pdf", "lamp.eml#survey.pdf"])
    assert paths(mail, "slipway") == sorted(
        ["floppies.tar.gz#disk1/minutes.docx", "laptop.zip#mail/lamp.eml#minutes.docx", "lamp.eml#minutes.docx"]
    )
    assert paths(mail, "вернулись") == ["inbox.mbox#1"] and paths(mail, "grüße") == ["inbox.mbox#2"]
    assert paths(mail, "şenliği") == ["inbox.mbox#3"]
    assert paths(mail, "ferry") == ["laptop.zip#letters/1995.txt"]
    assert paths(mail, "gauge") == ["laptop.zip#etc/escape.txt"]  # never climbing out, even in its name
    assert paths(mail, "foghorn") == [member_key("laptop.zip", "notes#1.txt")] == ["laptop.zip#notes%231.txt"]
    assert member_name("laptop.zip#notes%231.txt") == "notes#1.txt"
    assert not any("bomb" in path for path in mail.catalog.paths())
    assert any("would inflate" in warning for warning in mail.record("laptop.zip").warnings)


def test_a_message_is_described_by_its_headers(mail):
    lamp = mail.record("lamp.eml")
    assert (lamp.title, lamp.creators, lamp.date, lamp.type) == (
        "The east pier lamp",
        ["Elsa Brandt"],
        "1952-10-14",
        "Text",
    )
    assert lamp.created == "1952-10-14T09:30:00+01:00"
    assert paths(mail, "nilsen") == ["lamp.eml", "laptop.zip#mail/lamp.eml"]  # found by its recipient
    petr = mail.record("inbox.mbox#1")
    assert petr.creators == ["Пётр Иванов"] and petr.date == "1953-02-01" and petr.language == "ru"
    photo = mail.record("laptop.zip#photos/harbour_at_dawn.png")  # no title of its own: its name's
    assert (photo.title, photo.format, photo.type) == ("harbour at dawn", "image/png", "StillImage")
    attachment = mail.record("lamp.eml#survey.pdf")
    assert attachment.title == "Pier survey 1952" and attachment.format == PDF_MIME and attachment.pages == 1
    assert mail.members("lamp.eml") == ["lamp.eml#survey.pdf", "lamp.eml#minutes.docx"]
    assert lamp.recipients == ["Gustav Nilsen"]


def test_a_message_cites_as_a_personal_communication_to_its_recipients(mail):
    item = mail.csl_items(["lamp.eml"])[0]
    assert item["type"] == "personal_communication"
    assert item["author"] == [{"family": "Brandt", "given": "Elsa"}] and item["recipient"] == [
        {"family": "Nilsen", "given": "Gustav"}
    ]
    mail.edit("lamp.eml", {"recipients": ["Nilsen, Gustav", "Harbour Board"]}, source="cli")
    assert paths(mail, "board") == ["lamp.eml"]  # an edited recipient is found at once
    assert paths(mail, "recipient:nilsen") == ["lamp.eml", "laptop.zip#mail/lamp.eml"] and paths(mail, "to:board") == [
        "lamp.eml"
    ]
    assert mail.search("*").facets["recipient"] == {
        "Harbour Master": 3,
        "Nilsen, Gustav": 1,
        "Gustav Nilsen": 1,
        "Harbour Board": 1,
    }
    attachment = mail.csl_items(["laptop.zip#mail/lamp.eml#survey.pdf"])[0]  # its own kind, in the message it came in
    assert attachment["type"] == "report" and attachment["container-title"] == "The east pier lamp"
    assert mail.record("lamp.eml#survey.pdf").sources["source"] == "message"
    assert "container-title" not in mail.csl_items(["laptop.zip#letters/1995.txt"])[0]  # a zip is no message
    from archive.collection_record import CollectionRecord
    from archive.export.mods import mods_record

    roles = [
        (
            name.findtext("{*}namePart[@type='family']") or name.findtext("{*}namePart"),
            name.findtext("{*}role/{*}roleTerm"),
        )
        for name in mods_record(mail.record("lamp.eml"), CollectionRecord("papers")).iter("{*}name")
    ]
    assert roles == [("Brandt", "creator"), ("Nilsen", "addressee"), ("Harbour Board", "addressee")]


def test_a_members_edit_survives_a_reindex_and_a_change_to_another_member(mail):
    mail.edit("inbox.mbox#1", {"title": "Fishermen return", "tags": ["fishing"]})
    mail.edit("laptop.zip#letters/1995.txt", {"description": "From the old laptop"})
    assert mail.index(jobs=1).unchanged == 4
    with zipfile.ZipFile(mail.root / "laptop.zip", "a") as laptop:  # another member added: the zip changed
        laptop.writestr("letters/1996.txt", "A letter about the new ferry.")
    report = mail.index(jobs=1)
    assert report.updated == 1 and report.removed == 0
    assert mail.record("inbox.mbox#1").title == "Fishermen return"
    assert mail.record("laptop.zip#letters/1995.txt").description == "From the old laptop"
    assert paths(mail, "tag:fishing") == ["inbox.mbox#1"] and "laptop.zip#letters/1996.txt" in paths(mail, "ferry")
    (mail.root / "inbox.mbox").unlink()
    assert mail.index(jobs=1).removed == 1  # the file; its messages go with it
    assert not any(path.startswith("inbox.mbox") for path in mail.catalog.paths())


def test_members_are_shown_cited_exported_and_fixity_is_about_the_files(mail):
    root = mail.root
    shown = archive("show", "inbox.mbox#3", "-c", root, "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["creators"] == ["Ayşe Kaya"]
    cited = archive("cite", "lamp.eml", "-c", root, "--style", "apa")
    assert cited.returncode == 0 and "Brandt, E. (1952" in cited.stdout and "lamp.eml" in cited.stdout
    exported = archive("export", "*", "-c", root, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(exported.stdout.removeprefix("\ufeff"))))
    assert "laptop.zip#notes%231.txt" in {row["path"] for row in rows}
    edited = [dict(row, title="Foghorn notes") if row["path"] == "laptop.zip#notes%231.txt" else row for row in rows]
    target = root.parent / "records.csv"
    with open(target, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(edited)
    imported = archive("import", target, "-c", root, "--json")
    assert json.loads(imported.stdout)["changed"] == 1  # a member matched by its path
    assert mail.record("laptop.zip#notes%231.txt").title == "Foghorn notes"
    verified = archive("verify", "-c", root, "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["checked"] == 4


@pytest.mark.gui
def test_a_member_is_copied_out_of_its_container_byte_for_byte(mail, tmp_path):
    attachment = member_key(member_key("laptop.zip", "mail/lamp.eml"), "survey.pdf")
    assert mail.children("laptop.zip")[:2] == ["laptop.zip#letters/1995.txt", "laptop.zip#mail/lamp.eml"]
    assert mail.children("laptop.zip#mail/lamp.eml") == [attachment, "laptop.zip#mail/lamp.eml#minutes.docx"]
    out = tmp_path / "opened"
    out.mkdir()
    copy = mail.copy_member(attachment, out)
    assert copy == out / "survey.pdf" and copy.read_bytes() == (tmp_path / "scratch" / "survey.pdf").read_bytes()
    hashed = mail.copy_member(member_key("laptop.zip", "notes#1.txt"), out)
    assert hashed.name == "notes#1.txt" and b"foghorn" in hashed.read_bytes()
    message = mail.copy_member("inbox.mbox#2", out)  # a message of a mailbox: an .eml of its own
    assert b"Hafenfest" in message.read_bytes()
    with pytest.raises(Exception, match="not an item inside a file"):
        mail.copy_member("lamp.eml", out)


def test_the_viewer_shows_a_member_and_a_container(qtbot, tmp_path, index_base, monkeypatch):
    from test_viewer import select, window_on

    root = tmp_path / "papers"
    build_mail(root, tmp_path / "scratch")
    main = window_on(qtbot, tmp_path, index_base, root)
    main.search_field.setText("rusted")
    main.searching.run()
    qtbot.waitUntil(lambda: main.model.row_of("lamp.eml#survey.pdf") is not None, timeout=20000)
    select(main, "lamp.eml#survey.pdf")
    qtbot.waitUntil(lambda: main.preview.kind == "text", timeout=10000)
    assert "rusted through" in main.preview.text.editor.toPlainText()
    main.search_field.setText("")
    main.searching.run()
    qtbot.waitUntil(lambda: main.model.row_of("inbox.mbox") is not None, timeout=20000)
    select(main, "inbox.mbox")
    qtbot.waitUntil(lambda: "1. Рыбаки" in main.preview.text.editor.toPlainText(), timeout=10000)
    listed = main.selection.members
    assert listed.isVisible() and [listed.topLevelItem(i).text(0) for i in range(3)] == ["Рыбаки", "Hafenfest", "Liman"]
    listed.itemClicked.emit(listed.topLevelItem(1), 0)  # a click selects the message among the results
    assert main.selection.paths() == ["inbox.mbox#2"] and main.table.currentIndex().row() == main.model.row_of(
        "inbox.mbox#2"
    )
    main.search_field.setText("ferry")  # a search that leaves the message with attachments out
    main.searching.run()
    select(main, "laptop.zip#letters/1995.txt")
    assert not listed.isVisible()
    main.search_field.setText("laptop")
    main.searching.run()
    select(main, "laptop.zip")
    rows = {
        listed.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1): listed.topLevelItem(i)
        for i in range(listed.topLevelItemCount())
    }
    listed.itemClicked.emit(rows["laptop.zip#mail/lamp.eml"], 0)
    assert main.selection.shown_path == "laptop.zip#mail/lamp.eml"  # shown, though not among the results
    assert main.metadata.record.title == "The east pier lamp"
    assert [listed.topLevelItem(i).text(0) for i in range(listed.topLevelItemCount())] == [
        "Pier survey 1952",
        "Committee minutes",
    ]
    opened = []
    monkeypatch.setattr("viewer.selection.open_in_desktop", lambda path, what="": opened.append(path))
    listed.itemClicked.emit(listed.topLevelItem(0), 0)
    main.selection.open_externally()  # a member is copied out of its file, outside the collection, and opened
    assert opened and opened[0].read_bytes() == (tmp_path / "scratch" / "survey.pdf").read_bytes()
    assert root not in opened[0].parents
    main.close()
    assert not opened[0].exists()  # the copies go when the window closes


def test_the_files_of_a_7zip_backup_are_items_when_7z_is_installed(tmp_path, index_base):
    import shutil
    import subprocess

    if shutil.which("7z") is None:
        pytest.skip("needs the 7z program (p7zip-full)")
    files, root = tmp_path / "files", tmp_path / "drive"
    (files / "letters").mkdir(parents=True)
    root.mkdir()
    (files / "letters" / "1995.txt").write_text("A letter about the ferry timetable.", encoding="utf-8")
    (files / "notes#1.txt").write_text("Notes about the foghorn.", encoding="utf-8")
    subprocess.run(
        ["7z", "a", "-bd", "-y", str(root / "backup.7z"), "letters", "notes#1.txt"],
        cwd=files,
        check=True,
        capture_output=True,
    )
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert paths(collection, "ferry") == ["backup.7z#letters/1995.txt"]
        assert paths(collection, "foghorn") == ["backup.7z#notes%231.txt"]


def build_thread(root: Path) -> list[str]:
    """A mailbox of a thread of three messages and one other; their Message-IDs."""
    root.mkdir()
    first = message("Elsa Brandt <elsa@example.org>", "Pier lamp", "The lamp is out.")
    reply = message("Harbour Master <hm@example.org>", "Re: Pier lamp", "A new lamp is ordered.")
    reply["In-Reply-To"], reply["References"] = first["Message-ID"], first["Message-ID"]
    second = message("Elsa Brandt <elsa@example.org>", "Re: Re: Pier lamp", "Thank you.")
    second["In-Reply-To"], second["References"] = reply["Message-ID"], f"{first['Message-ID']} {reply['Message-ID']}"
    other = message("Gustav Nilsen <nilsen@example.org>", "Ferry", "The ferry is late.")
    write_mbox(root / "inbox.mbox", [first, reply, second, other])
    return [mail["Message-ID"].strip("<>") for mail in (first, reply, second, other)]


def test_a_thread_is_found_by_any_of_its_message_ids(tmp_path, index_base):
    root = tmp_path / "thread"
    root_id, reply_id, second_id, _ = build_thread(root)
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert collection.record("inbox.mbox#3").thread == [second_id, root_id, reply_id]
        assert paths(collection, f"thread:<{root_id}>") == ["inbox.mbox#1", "inbox.mbox#2", "inbox.mbox#3"]
        assert paths(collection, f'thread:"{reply_id.upper()}"') == ["inbox.mbox#2", "inbox.mbox#3"]
        assert paths(collection, f"thread:{root_id} AND thank") == ["inbox.mbox#3"]
    found = archive("search", f"thread:<{root_id}>", "-c", root, "--json")
    assert found.returncode == 0 and sorted(hit["path"] for hit in json.loads(found.stdout)["hits"]) == [
        "inbox.mbox#1",
        "inbox.mbox#2",
        "inbox.mbox#3",
    ]


def test_the_viewer_finds_a_messages_thread(qtbot, tmp_path, index_base):
    from test_viewer import _choose_from_menu, select, window_on

    root = tmp_path / "thread"
    root_id = build_thread(root)[0]
    main = window_on(qtbot, tmp_path, index_base, root)
    main.searching.search_for("thank")
    qtbot.waitUntil(lambda: main.model.row_of("inbox.mbox#3") is not None, timeout=20000)
    select(main, "inbox.mbox#3")
    _choose_from_menu(
        qtbot,
        lambda: main.selection.menu(main.table.viewport().mapToGlobal(main.table.rect().center())),
        "Find the Thread",
    )
    qtbot.waitUntil(lambda: main.model.rowCount() == 3, timeout=20000)
    assert main.search_field.text() == f"thread:<{root_id}>"
    assert sorted(main.model.hit(row).path for row in range(3)) == ["inbox.mbox#1", "inbox.mbox#2", "inbox.mbox#3"]
