"""HTML, DOCX, ODT and EPUB written by the tests, and hostile variants of them."""

import zipfile
from datetime import datetime, timezone

import pytest

from archive.extract import ExtractionError, extract
from resources.sample_builders import write_docx, write_epub, write_odt

PAGE = """<!DOCTYPE html><html lang="de-DE"><head><meta charset="utf-8">
<title>Fallback title</title>
<meta name="author" content="Karl Meier">
<meta name="description" content="Ein Bericht.">
<meta name="keywords" content="hafen, fest">
<meta name="date" content="2021-06-05">
<meta property="og:site_name" content="Küstenzeitung">
<meta property="og:url" content="https://example.org/fest">
<style>.hidden { color: red }</style>
<script>var secret = "scriptword";</script>
</head><body><h1>Hafenfest</h1><p>Die Straße war voll.</p><noscript>noscriptword</noscript></body></html>"""


def test_html_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = extract(path)
    assert "Die Straße war voll." in result.text and "Hafenfest" in result.text
    assert "scriptword" not in result.text and "color" not in result.text and "noscriptword" not in result.text
    fields = result.fields
    assert fields["title"] == "Fallback title"
    assert fields["creators"] == ["Karl Meier"]
    assert fields["description"] == "Ein Bericht."
    assert fields["subjects"] == ["hafen", "fest"]
    assert fields["date"] == "2021-06-05"
    assert fields["publisher"] == "Küstenzeitung"
    assert fields["identifier"] == "https://example.org/fest"
    assert fields["language"] == "de"


def test_html_dublin_core_wins(tmp_path):
    path = tmp_path / "dc.htm"
    path.write_text(
        '<html><head><title>T</title><meta name="DC.title" content="DC Title">'
        '<meta name="DC.creator" content="Roe, Jane"><meta name="DC.date" content="1999">'
        '<meta name="DC.publisher" content="Press"></head><body>x</body></html>'
    )
    fields = extract(path).fields
    assert (fields["title"], fields["creators"], fields["date"], fields["publisher"]) == (
        "DC Title",
        ["Roe, Jane"],
        "1999",
        "Press",
    )


def test_html_in_a_legacy_encoding(tmp_path):
    path = tmp_path / "old.html"
    path.write_bytes(
        '<html><head><meta charset="windows-1251"><title>Газета</title></head><body>Рыбаки</body></html>'.encode(
            "cp1251"
        )
    )
    result = extract(path)
    assert result.fields["title"] == "Газета" and "Рыбаки" in result.text


def test_docx(tmp_path):
    path = write_docx(
        tmp_path / "memo.docx",
        ["First paragraph.", "Second paragraph with Straße."],
        title="Memo",
        author="Anna Berg",
        subject="Nets",
        keywords="nets; lofts",
        created=datetime(1996, 11, 4, 10, 0, tzinfo=timezone.utc),
        language="en-GB",
    )
    result = extract(path)
    assert result.text == "First paragraph.\nSecond paragraph with Straße."
    fields = result.fields
    assert (fields["title"], fields["creators"], fields["date"], fields["language"]) == (
        "Memo",
        ["Anna Berg"],
        "1996-11-04",
        "en",
    )
    assert fields["subjects"] == ["Nets", "nets", "lofts"]
    assert fields["created"].startswith("1996-11-04T10:00:00")


def test_odt(tmp_path):
    path = write_odt(
        tmp_path / "minutes.odt",
        ["Minutes.", "Resolved: a new lamp."],
        title="Minutes",
        creator="Town Council",
        date="1978-03-14T18:00:00",
        keywords=["minutes"],
        language="en-US",
    )
    result = extract(path)
    assert result.text == "Minutes.\nResolved: a new lamp."
    assert (result.fields["title"], result.fields["creators"], result.fields["date"]) == (
        "Minutes",
        ["Town Council"],
        "1978-03-14",
    )
    assert result.fields["subjects"] == ["minutes"] and result.fields["language"] == "en"


def test_epub(tmp_path):
    path = write_epub(
        tmp_path / "book.epub",
        ["Chapter one about tides.", "Chapter two about herring."],
        title="Tides",
        creator="Ingrid Solberg",
        date="2010-05-01",
        publisher="Historical Society",
    )
    result = extract(path)
    assert "tides" in result.text and result.text.index("tides") < result.text.index("herring")
    assert (result.fields["title"], result.fields["creators"], result.fields["publisher"], result.fields["date"]) == (
        "Tides",
        ["Ingrid Solberg"],
        "Historical Society",
        "2010-05-01",
    )


def _replace_member(path, name, data: bytes):
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist() if info.filename != name}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member, content in members.items():
            target.writestr(member, content)
        target.writestr(name, data)


BILLION_LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_xml_attacks_in_docx_are_refused(tmp_path, payload):
    path = write_docx(tmp_path / "evil.docx", ["harmless"])
    _replace_member(path, "word/document.xml", payload)
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert "refused" in str(caught.value)


def test_zip_bomb_in_odt_is_refused(tmp_path):
    path = write_odt(tmp_path / "bomb.odt", ["x"])
    _replace_member(path, "content.xml", b"<a>" + b" " * (200 * 1024 * 1024) + b"</a>")
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert "zip bomb" in str(caught.value)


def test_a_file_is_read_by_what_it_is_not_what_its_name_says(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("plain text pretending")
    result = extract(path)
    assert result.fields["format"] == "text/plain" and result.pages == ["plain text pretending"]
    assert any("its content says so, though its name says" in warning for warning in result.warnings)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 a damaged container")
    with pytest.raises(ExtractionError, match="ZIP"):  # a damaged Word file: its reader says what is wrong
        extract(broken)


def test_unknown_type_is_catalogued_by_name(tmp_path):
    path = tmp_path / "survey_data-1998.qqz"
    path.write_bytes(b"\x00\x01")
    result = extract(path)
    assert result.fields["title"] == "survey data 1998"
    assert result.fields["format"] == "application/octet-stream"
    assert result.pages == []


@pytest.mark.parametrize("head", ["<title></title>", "<title>Untitled Document</title>", "<title>Home</title>", ""])
def test_html_without_a_real_title_is_titled_by_its_first_heading(tmp_path, head):
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head>{head}</head><body><h1>The <em>north</em> quay</h1><h1>Other</h1><p>Text.</p></body></html>"
    )
    assert extract(page).fields["title"] == "The north quay"
