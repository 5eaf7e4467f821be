"""Outlook .msg messages: read as e-mail is (record, text, attachments as items), Unicode and
8-bit ones, built here as Outlook lays them out (compound_files)."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from compound_files import write_msg

from archive import Collection
from resources.sample_builders import write_docx, write_pdf

PDF_MIME, DOCX_MIME = "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def outlook(tmp_path: Path, index_base: Path):
    root, scratch = tmp_path / "office", tmp_path / "scratch"
    root.mkdir()
    scratch.mkdir()
    survey = write_pdf(
        scratch / "survey.pdf", ["The dredging survey found silt in the inner basin."], title="Dredging survey"
    )
    minutes = write_docx(scratch / "minutes.docx", ["The board approved the new crane."], title="Board minutes")
    write_msg(
        root / "dredging.msg",
        subject="Dredging of the inner basin",
        sender=("Elsa Brandt", "elsa@example.org"),
        recipients=[("Gustav Nilsen", "nilsen@example.org", 1), ("Harbour Board", "board@example.org", 2)],
        sent=datetime(2003, 5, 6, 14, 15, tzinfo=timezone.utc),
        body="Dear Gustav,\nthe soundings are attached.",
        attachments=[("survey.pdf", survey.read_bytes(), PDF_MIME), ("minutes", minutes.read_bytes(), DOCX_MIME)],
        message_id="<dredging-2003@example.org>",
    )
    write_msg(
        scratch / "rybaki.msg",
        subject="Рыбаки вернулись",
        sender=("Пётр Иванов", "petr@example.org"),
        recipients=[("Анна Смирнова", "anna@example.org", 1)],
        sent=datetime(1999, 2, 1, 8, 0, tzinfo=timezone.utc),
        body="Улов был хороший, сети целы.",
        codepage=1251,
    )
    write_msg(
        scratch / "newsletter.msg",
        subject="Harbour newsletter",
        sender=("Port office", "port@example.org"),
        recipients=[("Elsa Brandt", "elsa@example.org", 1)],
        sent=datetime(2004, 1, 2, 9, 0, tzinfo=timezone.utc),
        html="<html><body><p>The <b>lighthouse</b> reopens in spring.</p></body></html>",
    )
    with zipfile.ZipFile(root / "outbox.zip", "w") as outbox:
        outbox.write(scratch / "rybaki.msg", "outbox/rybaki.msg")
        outbox.write(scratch / "newsletter.msg", "newsletter.msg")
    (root / "broken.msg").write_bytes((root / "dredging.msg").read_bytes()[:1500])
    with Collection.open(root, index_base, create=True) as collection:
        report = collection.index(jobs=1)
        (broken,) = report.failed  # one line, and the run goes on
        assert broken.path == "broken.msg" and broken.error.startswith("unreadable (") and "\n" not in broken.error
        yield collection


def paths(collection: Collection, query: str) -> list[str]:
    return sorted(hit.path for hit in collection.search(query, limit=100).hits)


def test_an_outlook_message_is_described_by_its_properties(outlook):
    message = outlook.record("dredging.msg")
    assert (message.title, message.creators, message.recipients) == (
        "Dredging of the inner basin",
        ["Elsa Brandt"],
        ["Gustav Nilsen", "Harbour Board"],
    )
    assert (message.date, message.created, message.identifier, message.format) == (
        "2003-05-06",
        "2003-05-06T14:15:00+00:00",
        "dredging-2003@example.org",
        "application/vnd.ms-outlook",
    )
    assert paths(outlook, "soundings") == ["dredging.msg"] and paths(outlook, "recipient:nilsen") == ["dredging.msg"]
    assert "Cc: Harbour Board <board@example.org>" in outlook.text("dredging.msg")[0]
    item = outlook.csl_items(["dredging.msg"])[0]
    assert item["type"] == "personal_communication" and item["recipient"][0] == {"family": "Nilsen", "given": "Gustav"}


def test_its_attachments_are_items_of_their_own(outlook):
    assert outlook.members("dredging.msg") == ["dredging.msg#survey.pdf", "dredging.msg#minutes"]
    assert paths(outlook, "silt") == ["dredging.msg#survey.pdf"] and paths(outlook, "crane") == ["dredging.msg#minutes"]
    survey = outlook.record("dredging.msg#survey.pdf")
    assert (survey.title, survey.format, survey.pages, survey.source) == (
        "Dredging survey",
        PDF_MIME,
        1,
        "Dredging of the inner basin",
    )
    assert outlook.record("dredging.msg#minutes").format == DOCX_MIME  # a name without a suffix: read by its MIME type


def test_eight_bit_and_html_only_messages_in_a_zip(outlook):
    rybaki = outlook.record("outbox.zip#outbox/rybaki.msg")
    assert (rybaki.title, rybaki.creators, rybaki.language) == ("Рыбаки вернулись", ["Пётр Иванов"], "ru")
    assert paths(outlook, "улов") == ["outbox.zip#outbox/rybaki.msg"]
    assert paths(outlook, "lighthouse") == ["outbox.zip#newsletter.msg"]
    assert "<b>" not in outlook.text("outbox.zip#newsletter.msg")[0]


def test_a_damaged_message_is_still_catalogued(outlook):
    broken = outlook.record("broken.msg")
    assert (broken.format, broken.title, outlook.members("broken.msg")) == ("application/vnd.ms-outlook", "broken", [])
