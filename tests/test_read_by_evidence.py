"""Text read right whatever its label says: a mail body whose charset is wrong, a DOS-era zip's
names, a vCard 2.1 in quoted-printable, an iCalendar folded through a letter, EXIF text in UTF-8,
and a document whose template declares another language than its words are in. Each file is made
as the program that writes such files makes it (Info-ZIP's zip for the zip)."""

from __future__ import annotations

import os
import quopri
import shutil
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest
from PIL import Image

from archive import Collection

LETTER = (
    "Уважаемая Лейла ханым! Направляем вам протокол заседания экспертной комиссии городского архива "
    "и опись документов, переданных на хранение."
)


def mislabelled_mail(path: Path) -> None:
    """A letter in windows-1251 whose mail program declared iso-8859-1 (as some did)."""
    message = EmailMessage()
    message["From"] = "Archive <archive@example.org>"
    message["Subject"] = "Protocol"
    message.set_content(LETTER.encode("cp1251"), maintype="text", subtype="plain", cte="8bit")
    message.set_param("charset", "iso-8859-1")
    path.write_bytes(message.as_bytes())


def dos_zip(folder: Path, target: Path) -> None:
    """Files named in code page 866 zipped by Info-ZIP, which stores names as they are on disk,
    without the UTF-8 flag."""
    source = folder / "dos"
    source.mkdir()
    os.makedirs(os.path.join(os.fsencode(source), "ДОКУМЕНТЫ".encode("cp866")))
    for name, text in (("ДОКУМЕНТЫ/ПРОТОКОЛ.TXT", "протокол заседания"), ("ДОКУМЕНТЫ/ОПИСЬ.TXT", "опись дел")):
        with open(os.path.join(os.fsencode(source), name.encode("cp866")), "wb") as file:
            file.write(text.encode("cp866"))
    subprocess.run(["zip", "-q", "-r", str(target), "."], cwd=source, check=True, env=dict(os.environ, LC_ALL="C"))
    shutil.rmtree(source)


def vcard_21(path: Path) -> None:
    def printable(text: str) -> str:
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")

    path.write_bytes(
        (
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{printable('Алиева;Лейла')}\r\n"
            f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{printable('Лейла Алиева')}\r\n"
            "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A5=D1=80=D0=B0=D0=BD=D0=B8=D1=82=D0=B5=D0=BB=D1=8C =\r\n"
            " =D0=B0=D1=80=D1=85=D0=B8=D0=B2=D0=B0\r\nEND:VCARD\r\n"
        ).encode("ascii")
    )


def folded_calendar(path: Path) -> None:
    """Folded every 75 bytes, as RFC 5545 says, through the middle of a Cyrillic letter."""
    line = "SUMMARY:Заседание экспертной комиссии городского архива о передаче документов".encode()
    folded = b"\r\n ".join(line[start : start + 75] for start in range(0, len(line), 75))
    assert any(piece[-1] >= 0x80 for piece in folded.split(b"\r\n "))  # a fold inside a letter
    path.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:19930312T100000\r\n" + folded + b"\r\nEND:VEVENT\r\n")


def utf8_exif(path: Path) -> None:
    image = Image.new("RGB", (64, 48), "grey")
    exif = image.getexif()
    exif[315] = "Лейла Алиева".encode("utf-8")  # Artist, written by a camera's app as UTF-8 bytes
    image.save(path, "JPEG", exif=exif)


def english_template(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.language = "en-US"
    document.core_properties.title = "Акт"
    document.add_paragraph(
        "Бумага для хранения документов должна быть бескислотной. Экспертная комиссия проверила "
        "бескислотные коробки и папки, переданные в архив в прошлом году."
    )
    document.save(path)


@pytest.fixture(scope="module")
def drive(tmp_path_factory):
    root = tmp_path_factory.mktemp("evidence") / "drive"
    root.mkdir()
    mislabelled_mail(root / "letter.eml")
    if shutil.which("zip"):
        dos_zip(root.parent, root / "dos.zip")
    vcard_21(root / "contacts.vcf")
    folded_calendar(root / "meeting.ics")
    utf8_exif(root / "portrait.jpg")
    english_template(root / "act.docx")
    with Collection.open(root, tmp_path_factory.mktemp("index"), create=True) as collection:
        assert collection.index(jobs=1).failed == []
        yield collection


def test_a_mail_body_in_another_charset_than_declared_is_read_by_its_bytes(drive):
    record = drive.record("letter.eml")
    assert record.language == "ru"
    assert "Уважаемая Лейла ханым" in drive.text("letter.eml")[0]
    assert any("iso-8859-1" in warning and "cp1251" in warning for warning in record.warnings)
    assert "letter.eml" in [hit.path for hit in drive.search("экспертная").hits]


def test_a_dos_zips_names_are_read_in_their_code_page(drive):
    if not shutil.which("zip"):
        pytest.skip("Info-ZIP's zip is not installed")
    assert sorted(drive.members("dos.zip")) == ["dos.zip#ДОКУМЕНТЫ/ОПИСЬ.TXT", "dos.zip#ДОКУМЕНТЫ/ПРОТОКОЛ.TXT"]
    assert "dos.zip#ДОКУМЕНТЫ/ПРОТОКОЛ.TXT" in [hit.path for hit in drive.search("протокол").hits]


def test_a_vcard_in_quoted_printable_is_read_as_text(drive):
    record = drive.record("contacts.vcf")
    assert record.title == "Contacts: Лейла Алиева"
    assert "NOTE: Хранитель архива" in drive.text("contacts.vcf")[0]
    assert [hit.path for hit in drive.search("хранитель").hits] == ["contacts.vcf"]


def test_an_icalendar_folded_inside_a_letter_keeps_its_words(drive):
    record = drive.record("meeting.ics")
    assert record.title == "Заседание экспертной комиссии городского архива о передаче документов"
    assert record.date == "1993-03-12"
    assert "meeting.ics" in [hit.path for hit in drive.search("передаче").hits]


def test_exif_text_in_utf8_is_read_as_utf8(drive):
    record = drive.record("portrait.jpg")
    assert record.creators == ["Лейла Алиева"] and record.exif["Artist"] == "Лейла Алиева"


def test_the_language_of_the_words_wins_over_the_templates(drive):
    record = drive.record("act.docx")
    assert record.language == "ru"
    assert [hit.path for hit in drive.search("бескислотный").hits] == ["act.docx"]
