"""The formats a real estate's drive still held unread: Apple Mail and Maildir messages, a Twitter
archive, BibTeX, a Word document's headers, footers and comments, a workbook's cell comments, the
text chunks of PNG and GIF and a TIFF's DocumentName, PostScript's structuring comments, MARC
records (XML and binary), a FictionBook, a flat OpenDocument, an OpenDocument drawing and an
OpenOffice.org 1 text, KML and GPX, a film's subtitles, a PDF form's values, an EAD's date range.
Each file is made as its program makes it; each is found by a word of it and described by what
it says of itself."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pymarc
import pytest
from PIL import Image, PngImagePlugin

from archive import Collection
from format_builders import ODF_NAMESPACES, write_odf


def message_bytes(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Ingrid Solberg <ingrid@harbour.example>"
    message["To"] = "archive@harbour.example"
    message["Subject"] = subject
    message["Date"] = "Tue, 14 Oct 1997 09:30:00 +0100"
    message.set_content(body)
    return message.as_bytes()


def marc_record() -> pymarc.Record:
    record = pymarc.Record()
    record.add_field(
        pymarc.Field(
            tag="100", indicators=pymarc.Indicators("1", " "), subfields=[pymarc.Subfield("a", "Brandt, Elsa,")]
        )
    )
    record.add_field(
        pymarc.Field(
            tag="245",
            indicators=pymarc.Indicators("1", "0"),
            subfields=[pymarc.Subfield("a", "Letters from the lighthouse /"), pymarc.Subfield("c", "Elsa Brandt.")],
        )
    )
    record.add_field(
        pymarc.Field(
            tag="264",
            indicators=pymarc.Indicators(" ", "1"),
            subfields=[pymarc.Subfield("b", "Saltmere Press,"), pymarc.Subfield("c", "1962.")],
        )
    )
    record.add_field(
        pymarc.Field(tag="650", indicators=pymarc.Indicators(" ", "0"), subfields=[pymarc.Subfield("a", "Lighthouses")])
    )
    return record


def build(root: Path) -> dict[str, dict]:
    expected: dict[str, dict] = {}

    def expect(name: str, query: str, **fields) -> None:
        expected[name] = {"query": query, **fields}

    mail = message_bytes("Mooring fees for 1998", "The harbour board raised the mooring fees.")
    (root / "Mail").mkdir()
    (root / "Mail" / "1234.emlx").write_bytes(f"{len(mail)}\n".encode() + mail + b"<?xml version=\"1.0\"?><plist/>")
    expect("Mail/1234.emlx", "fees", title="Mooring fees for 1998", creators=["Ingrid Solberg"], date="1997-10-14")
    (root / "Maildir" / "cur").mkdir(parents=True)
    name = "Maildir/cur/876543210.M1P2.mail.harbour.example:2,S"
    (root / name).write_bytes(message_bytes("Ferry strike", "The ferry crews went on strike."))
    expect(name, "strike", title="Ferry strike", date="1997-10-14")

    tweets = [
        {"tweet": {"created_at": "Wed Oct 10 20:19:24 +0000 2018", "full_text": "The new breakwater light is on"}}
    ]
    (root / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps(tweets), encoding="utf-8")
    expect("tweets.js", "breakwater", title="1 tweets", date="2018-10-10")

    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the board.")
    document.sections[0].header.paragraphs[0].text = "Saltmere Harbour Board"
    document.sections[0].footer.paragraphs[0].text = "Kept at the quay office"
    document.add_comment(document.paragraphs[0].runs, text="Check the dredging figures", author="E. Brandt")
    document.save(root / "minutes.docx")
    expect("minutes.docx", "dredging")

    chunks = PngImagePlugin.PngInfo()
    chunks.add_text("Title", "Chart of the harbour")
    chunks.add_itxt("Author", "Leila Aliyeva")
    chunks.add_text("Comment", "Drawn for the soundings of 1953", zip=True)
    Image.new("RGB", (40, 30), "white").save(root / "chart.png", pnginfo=chunks)
    expect("chart.png", "soundings", title="Chart of the harbour", creators=["Leila Aliyeva"])
    Image.new("P", (40, 30)).save(root / "stamp.gif", comment=b"Scanned by the parish office")
    expect("stamp.gif", "parish")
    Image.new("RGB", (40, 30), "white").save(root / "ledger.tif", tiffinfo={269: "Harbour ledger 1911"})
    expect("ledger.tif", "ledger", title="Harbour ledger 1911")

    (root / "report.ps").write_text(
        "%!PS-Adobe-3.0\n%%Title: (Survey of the east pier)\n%%For: Henrik Aalto\n%%Creator: dvips 5.86\n"
        "%%CreationDate: 1994-05-02\n%%EndComments\nshowpage\n",
        encoding="ascii",
    )
    expect("report.ps", "pier", title="Survey of the east pier", creators=["Henrik Aalto"], date="1994-05-02")

    (root / "record.marcxml").write_bytes(
        b'<collection xmlns="http://www.loc.gov/MARC21/slim">' + pymarc.record_to_xml(marc_record()) + b"</collection>"
    )
    expect(
        "record.marcxml",
        "lighthouse",
        title="Letters from the lighthouse",
        creators=["Brandt, Elsa"],
        date="1962",
        publisher="Saltmere Press",
    )
    (root / "records.mrc").write_bytes(marc_record().as_marc())
    expect("records.mrc", "lighthouse", title="Letters from the lighthouse", creators=["Brandt, Elsa"], date="1962")

    (root / "novel.fb2").write_text(
        '<?xml version="1.0" encoding="utf-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">'
        "<description><title-info><genre>prose</genre><author><first-name>Анна</first-name>"
        "<last-name>Берг</last-name></author><book-title>Рыбаки Салтмера</book-title>"
        '<date value="1974-09-10">1974</date><lang>ru</lang></title-info></description>'
        "<body><section><p>Рыбаки вернулись в гавань на рассвете.</p></section></body></FictionBook>",
        encoding="utf-8",
    )
    expect("novel.fb2", "рассвет", title="Рыбаки Салтмера", creators=["Анна Берг"], date="1974-09-10", language="ru")

    (root / "letter.fodt").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {ODF_NAMESPACES} office:version="1.2" '
        'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>Flat letter</dc:title>'
        "<dc:creator>Pieter de Vries</dc:creator></office:meta><office:body><office:text>"
        "<text:p>The net lofts were repaired in spring.</text:p></office:text></office:body></office:document>",
        encoding="utf-8",
    )
    expect("letter.fodt", "lofts", title="Flat letter", creators=["Pieter de Vries"])
    write_odf(
        root / "plan.odg",
        "application/vnd.oasis.opendocument.graphics",
        "<office:drawing><draw:page draw:name='1'><draw:frame><draw:text-box><text:p>Slipway plan</text:p>"
        "</draw:text-box></draw:frame></draw:page></office:drawing>",
        "Slipway drawing",
        "Harbour office",
    )
    expect("plan.odg", "slipway", title="Slipway drawing", creators=["Harbour office"])
    with zipfile.ZipFile(root / "old.sxw", "w") as package:
        package.writestr("mimetype", "application/vnd.sun.xml.writer")
        package.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="http://openoffice.org/2000/office" xmlns:text="http://openoffice.org/2000/text">'
            "<office:body><text:p>The cannery closed in 1971.</text:p></office:body></office:document-content>",
        )
        package.writestr(
            "meta.xml",
            '<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="http://openoffice.org/2000/office" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="http://openoffice.org/2000/meta"><office:meta>'
            "<dc:title>Cannery notes</dc:title><meta:initial-creator>Anna Berg</meta:initial-creator>"
            "</office:meta></office:document-meta>",
        )
    expect("old.sxw", "cannery", title="Cannery notes", creators=["Anna Berg"])

    (root / "places.kml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        "<name>Wrecks of the bay</name><Placemark><name>Albatross</name>"
        "<description><![CDATA[<p>Sank in the <b>storm</b> of 1953</p>]]></description></Placemark></Document></kml>",
        encoding="utf-8",
    )
    expect("places.kml", "storm", title="Wrecks of the bay")
    (root / "walk.gpx").write_text(
        '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk>'
        "<name>Cliff walk</name><desc>Along the old signal station</desc></trk></gpx>",
        encoding="utf-8",
    )
    expect("walk.gpx", "signal", title="Cliff walk")

    (root / "brandt.bib").write_text(
        '@article{brandt1962,\n  author = {Brandt, Elsa and M{\\"u}ller, J{\\"o}rg},\n'
        "  title = {Letters from the {L}ighthouse},\n  journal = {Saltmere Review},\n  year = {1962},\n}\n",
        encoding="ascii",
    )
    expect(
        "brandt.bib",
        "müller",
        title="Letters from the Lighthouse",
        creators=["Brandt, Elsa", "Müller, Jörg"],
        date="1962",
        publisher="Saltmere Review",
    )

    from openpyxl import Workbook
    from openpyxl.comments import Comment

    book = Workbook()
    book.active.append(["Boat", "Berth"])
    book.active["B1"].comment = Comment("Ask the harbourmaster about winter berths", "E. Brandt")
    book.save(root / "berths.xlsx")
    expect("berths.xlsx", "harbourmaster")
    write_odf(
        root / "quay.ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        "<office:spreadsheet><table:table table:name='Quay'><table:table-row><table:table-cell>"
        "<office:annotation><text:p>Measured after the flood</text:p></office:annotation><text:p>Depth</text:p>"
        "</table:table-cell></table:table-row></table:table></office:spreadsheet>",
        "Quay depths",
        "Harbour office",
    )
    expect("quay.ods", "flood", title="Quay depths")

    (root / "fonds.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>SHB</eadid>'
        "<filedesc><titlestmt><titleproper>Harbour Board records</titleproper></titlestmt></filedesc></eadheader>"
        '<archdesc level="fonds"><did><unittitle>Harbour Board records</unittitle>'
        '<unitdate normal="1920/1991">1920-1991</unitdate></did>'
        "<scopecontent><p>Minutes of the dredging committee.</p></scopecontent></archdesc></ead>",
        encoding="utf-8",
    )
    expect("fonds.xml", "dredging", title="Harbour Board records", date="1920/1991")
    (root / "fonds-ead3.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><ead xmlns="http://ead3.archivists.org/schema/"><control>'
        "<recordid>SHP</recordid><filedesc><titlestmt><titleproper>Salt pans papers</titleproper></titlestmt>"
        '</filedesc></control><archdesc level="fonds"><did><unittitle>Salt pans papers</unittitle>'
        '<unitdatestructured><daterange><fromdate standarddate="1898">1898</fromdate>'
        '<todate standarddate="1934">1934</todate></daterange></unitdatestructured></did>'
        "<scopecontent><p>Ledgers of the evaporation ponds.</p></scopecontent></archdesc></ead>",
        encoding="utf-8",
    )
    expect("fonds-ead3.xml", "evaporation", title="Salt pans papers", date="1898/1934")

    if shutil.which("ffmpeg"):  # a film with a subtitle track, as ffmpeg muxes one
        subtitles = root.parent / "film.srt"
        subtitles.write_text(
            "1\n00:00:00,500 --> 00:00:01,500\nThe <i>trawlers</i> come home at dawn\n", encoding="utf-8"
        )
        subprocess.run(
            [
                "ffmpeg",
                "-v",
                "error",
                "-f",
                "lavfi",
                "-i",
                "color=c=black:s=64x48:d=2",
                "-i",
                str(subtitles),
                "-c:v",
                "mpeg4",
                "-c:s",
                "srt",
                "-metadata",
                "title=Harbour film",
                str(root / "film.mkv"),
            ],
            check=True,
        )
        expect("film.mkv", "trawlers", title="Harbour film")

    from reportlab.pdfgen import canvas

    form = canvas.Canvas(str(root / "form.pdf"))
    form.drawString(72, 750, "Application for a berth")
    form.acroForm.textfield(name="boat", tooltip="Name of the boat", value="Kittiwake", x=72, y=700)
    form.save()
    expect("form.pdf", "kittiwake")
    return expected


@pytest.fixture(scope="module")
def drive(tmp_path_factory):
    root = tmp_path_factory.mktemp("estate") / "drive"
    root.mkdir()
    expected = build(root)
    with Collection.open(root, tmp_path_factory.mktemp("index"), create=True) as collection:
        report = collection.index(jobs=1)
        assert report.failed == []
        yield collection, expected


def test_each_format_is_found_by_its_words_and_described_by_what_it_says(drive):
    collection, expected = drive
    wrong = {}
    for path, wanted in expected.items():
        record = collection.record(path)
        found = [hit.path for hit in collection.search(wanted["query"]).hits]
        problems = [
            f"{name}: {getattr(record, name)!r}"
            for name, value in wanted.items()
            if name != "query" and getattr(record, name) != value
        ]
        if path not in found:
            problems.append(f"not found by {wanted['query']!r}")
        if problems:
            wrong[path] = problems
    assert wrong == {}


def test_a_range_of_dates_is_kept_whole_searched_as_a_period_cited_and_typed(drive):
    collection, _ = drive
    assert [hit.path for hit in collection.search("date:[1900 TO 2000] dredging").hits] == ["fonds.xml"]
    assert collection.search("date:1950 dredging").total == 0  # the fonds' period is not inside 1950
    assert collection.csl_items(["fonds.xml"])[0]["issued"] == {"date-parts": [[1920], [1991]]}
    assert collection.edit("stamp.gif", {"date": "1911-05/1912"}).date == "1911-05/1912"
    assert [hit.path for hit in collection.search("date:[1911 TO 1913] parish").hits] == ["stamp.gif"]
