"""PDFs written by the tests: page texts, Info and XMP metadata, encryption, damage."""

from datetime import datetime, timedelta, timezone

from archive.extract import ExtractionError, extract
from resources.sample_builders import write_pdf, xmp_packet

import pytest

PLUS_TWO = timezone(timedelta(hours=2))


def test_pages_and_info_dictionary(tmp_path):
    path = write_pdf(
        tmp_path / "report.pdf",
        ["First page about herring.", "Second page about the breakwater.", "Third page."],
        title="Harbour Report",
        author="Ada Lovelace and Charles Babbage",
        subject="A survey",
        keywords="harbour, survey",
        created=datetime(2019, 5, 3, 12, 0, tzinfo=PLUS_TWO),
    )
    result = extract(path)
    assert len(result.pages) == 3
    assert "breakwater" in result.pages[1]
    fields = result.fields
    assert fields["title"] == "Harbour Report"
    assert fields["creators"] == ["Ada Lovelace", "Charles Babbage"]
    assert fields["description"] == "A survey"
    assert fields["subjects"] == ["harbour", "survey"]
    assert fields["created"] == "2019-05-03T12:00:00+02:00"
    assert fields["date"] == "2019-05-03"
    assert fields["pages"] == 3
    assert fields["encrypted"] is False
    assert fields["producer"] == "archive-viewer sample builder"
    assert fields["creator_tool"] == "reportlab"
    assert fields["format"] == "application/pdf"
    assert result.sources["title"] == "pdf-info"


def test_xmp_is_preferred_to_the_info_dictionary(tmp_path):
    path = write_pdf(
        tmp_path / "x.pdf",
        ["Text."],
        title="Info title",
        author="Info Author",
        xmp=xmp_packet(
            title="XMP title", creators=["Jane Roe", "John Doe"], subjects=["tides", "maps"], date="2001-07"
        ),
    )
    result = extract(path)
    assert result.fields["title"] == "XMP title"
    assert result.fields["creators"] == ["Jane Roe", "John Doe"]
    assert result.fields["subjects"] == ["tides", "maps"]
    assert result.fields["date"] == "2001-07"
    assert result.sources["title"] == "xmp"


def test_encrypted_with_empty_user_password_is_indexed(tmp_path):
    path = write_pdf(tmp_path / "e.pdf", ["Secret harbour plans."], title="Plans", user_password="")
    result = extract(path)
    assert result.fields["encrypted"] is True
    assert "Secret harbour plans." in result.text
    assert result.fields["title"] == "Plans"


def test_password_protected_pdf_is_catalogued_with_a_warning(tmp_path):
    path = write_pdf(tmp_path / "locked.pdf", ["Hidden words."], title="Locked", user_password="s3cret")
    result = extract(path)
    assert result.fields["encrypted"] is True
    assert result.pages == []
    assert any("password" in warning for warning in result.warnings)
    assert result.fields["title"] == "locked"  # the Info dictionary is encrypted too: title from the name


def test_truncated_pdf_is_a_clear_error_or_partial_text(tmp_path):
    whole = write_pdf(tmp_path / "whole.pdf", ["Some words here."] * 3).read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(whole[: len(whole) // 3])
    try:
        result = extract(broken)
    except ExtractionError as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert result.warnings


def test_not_a_pdf_at_all(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("this is not a pdf")
    result = extract(fake)  # read by what it is: text
    assert result.fields["format"] == "text/plain" and "though its name says application/pdf" in result.warnings[-1]
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4 and then nothing a PDF has")
    with pytest.raises(ExtractionError) as caught:
        extract(damaged)
    assert "PDF" in str(caught.value)
