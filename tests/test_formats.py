"""Every format a donated drive holds, read by what it is: a real file of each, indexed, its words
found and its record right."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_runner import archive
from compound_files import write_ppt
from format_builders import RTF_CYRILLIC, write_flac, write_mp3, write_multipage_tiff, write_odp, write_ods, write_wav
from openpyxl import Workbook
from pptx import Presentation

from archive import Collection
from archive.extract import extract
from archive.extract.ocr import ocr_available
from resources.sample_builders import write_docx, write_photo, xmp_packet

LEGACY = Path(__file__).parent / "data" / "legacy"
EAD = """<?xml version="1.0" encoding="UTF-8"?>
<ead xmlns="urn:isbn:1-931666-22-9"><eadheader><eadid>SHA-1998-01</eadid><filedesc><titlestmt>
<titleproper>Guide to the Saltmere Harbour Board records</titleproper></titlestmt></filedesc></eadheader>
<archdesc level="fonds"><did><unittitle>Saltmere Harbour Board records</unittitle><unitid>SHB</unitid>
<unitdate normal="1911/1998">1911-1998</unitdate><origination><corpname>Saltmere Harbour Board</corpname></origination>
<repository><corpname>Saltmere Historical Society</corpname></repository></did>
<scopecontent><p>Minutes, ledgers and correspondence about the breakwater and the moorings.</p></scopecontent></archdesc></ead>"""  # noqa: E501
TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter from Elsa Brandt to her sister</title>
<author>Elsa Brandt</author></titleStmt><publicationStmt><publisher>Saltmere Letters Project</publisher>
<date when="1952-10-14">14 October 1952</date></publicationStmt><sourceDesc><p>Manuscript</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>The lamp at the end of the east pier is out again.</p></body></text></TEI>"""  # noqa: E501


def build_drive(root: Path) -> dict[str, dict]:
    """A donated drive of every format, and what each item's record and words must be."""
    root.mkdir()
    expected: dict[str, dict] = {}

    def expect(name: str, query: str, **fields) -> None:
        expected[name] = {"query": query, **fields}

    book = Workbook()
    book.active.title = "Catch 1995"
    book.active.append(["Month", "Herring", "Cod"])
    book.active.append(["January", 1200, 340])
    book.properties.title, book.properties.creator = "Saltmere catch ledger", "Fisheries cooperative"
    book.save(root / "ledger.xlsx")
    expect("ledger.xlsx", "herring", title="Saltmere catch ledger", creators=["Fisheries cooperative"], type="Dataset")
    shutil.copy(LEGACY / "ledger.xls", root / "ledger-1995.xls")
    expect(
        "ledger-1995.xls", "herring", title="Saltmere catch ledger", type="Dataset", format="application/vnd.ms-excel"
    )
    write_ods(root / "moorings.ods", [["Boat", "Berth"], ["Marta", "East quay 4"]], "Mooring list", "Harbour office")
    expect("moorings.ods", "berth", title="Mooring list", type="Dataset")
    (root / "tides.csv").write_text("date;high water;low water\n1953-02-01;5.2 m;0.4 m\n", encoding="cp1252")
    expect("tides.csv", "water", type="Dataset", format="text/csv")
    (root / "boats.tsv").write_text("name\ttonnage\nAlbatross\t40\n", encoding="utf-8")
    expect("boats.tsv", "albatross", type="Dataset")

    talk = Presentation()
    slide = talk.slides.add_slide(talk.slide_layouts[1])
    slide.shapes.title.text = "Harbour history talk"
    slide.placeholders[1].text = "Breakwater built in 1911"
    slide.notes_slide.notes_text_frame.text = "Mention the storm surge of 1953"
    talk.core_properties.title, talk.core_properties.author = "Harbour history talk", "Ingrid Solberg"
    talk.save(root / "talk.pptx")
    expect("talk.pptx", "surge", title="Harbour history talk", creators=["Ingrid Solberg"], type="InteractiveResource")
    write_odp(
        root / "breakwater.odp",
        [("The breakwater", "Built after the storm of 1911")],
        "Breakwater talk",
        "Ingrid Solberg",
    )
    expect("breakwater.odp", "breakwater", title="Breakwater talk", type="InteractiveResource")
    write_ppt(
        root / "ferry.ppt",
        [
            ("Ferry timetable 1995", "The ferry sails twice a day", "Mention the winter timetable"),
            ("Fares", "Children travel free", ""),
        ],
    )
    expect("ferry.ppt", "winter", type="InteractiveResource", format="application/vnd.ms-powerpoint")

    (root / "letter.rtf").write_bytes(RTF_CYRILLIC.encode("ascii"))
    expect("letter.rtf", "рыбаки", title="Письмо бабушке", creators=["Анна Берг"], date="1974-09-10", type="Text")
    shutil.copy(LEGACY / "letter-1995.doc", root / "letter-1995.doc")
    expect("letter-1995.doc", "lighthouse", title="Letter about the lighthouse keeper", creators=["Henrik Aalto"])
    write_docx(root / "LETTER", ["A Word letter with no suffix, about the cutter Kestrel."], title="Kestrel letter")
    expect(
        "LETTER",
        "kestrel",
        title="Kestrel letter",
        format="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    write_docx(root / "report.txt", ["A Word report named as text, about the mooring fees."], title="Mooring fees")
    expect("report.txt", "fees", title="Mooring fees", warned="its content says so")

    write_mp3(
        root / "oral-history.mp3",
        "Interview with Anna Berg",
        "Pieter de Vries",
        "1996",
        "Memories of the harbour strike",
        "Saltmere oral histories",
    )
    expect(
        "oral-history.mp3",
        "strike",
        title="Interview with Anna Berg",
        creators=["Pieter de Vries"],
        date="1996",
        type="Sound",
        format="audio/mpeg",
        description="Memories of the harbour strike",
        source="Saltmere oral histories",
    )
    write_wav(root / "bell.wav", "Tide bell", "Harbour office", "Recorded on the east pier")
    expect("bell.wav", "recorded", title="Tide bell", type="Sound")
    write_flac(
        root / "song.flac",
        {"TITLE": "Fishermen song", "ARTIST": "Saltmere choir", "DATE": "1961", "DESCRIPTION": "Sung at the Hafenfest"},
    )
    expect("song.flac", "hafenfest", title="Fishermen song", creators=["Saltmere choir"], date="1961", type="Sound")

    (root / "finding-aid.xml").write_text(EAD, encoding="utf-8")
    expect(
        "finding-aid.xml",
        "moorings",
        title="Guide to the Saltmere Harbour Board records",
        creators=["Saltmere Harbour Board"],
        date="1911/1998",  # the fonds' range, kept whole
        type="Collection",
    )
    (root / "letter.tei.xml").write_text(TEI, encoding="utf-8")
    expect(
        "letter.tei.xml",
        "pier",
        title="Letter from Elsa Brandt to her sister",
        creators=["Elsa Brandt"],
        date="1952-10-14",
    )
    (root / "notes.xml").write_text("<harbour><note>The slipway needs new timber.</note></harbour>", encoding="utf-8")
    expect("notes.xml", "slipway", format="application/xml", warned="root element is <harbour>")
    (root / "map.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><title>Map of the quays</title>'
        "<desc>Drawn for the 1998 survey</desc><text>North quay</text></svg>",
        encoding="utf-8",
    )
    expect("map.svg", "quay", title="Map of the quays", type="StillImage")
    (root / "boats.json").write_text(json.dumps({"boats": [{"name": "Gannet", "built": 1948}]}), encoding="utf-8")
    expect("boats.json", "gannet", format="application/json")
    (root / "paper.tex").write_text(
        "\\documentclass{article}\n\\title{Silting of the inner harbour}\n"
        "\\author{Marta Kowalczyk \\and Jonas Lindqvist}\n\\date{1998}\n"
        "\\begin{document}\\maketitle The sediment grows each winter.\\end{document}\n",
        encoding="utf-8",
    )
    expect(
        "paper.tex", "sediment", title="Silting of the inner harbour", creators=["Marta Kowalczyk", "Jonas Lindqvist"]
    )
    (root / "tides.py").write_text(
        "def high_water(day):\n    '''Tide tables of the pier.'''\n    return day\n", encoding="utf-8"
    )
    expect("tides.py", "tables", format="text/x-python")
    (root / "contacts.vcf").write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Henrik Aalto\nORG:Lighthouse service\nEND:VCARD\n", encoding="utf-8"
    )
    expect("contacts.vcf", "lighthouse", title="Contacts: Henrik Aalto", format="text/vcard")
    (root / "festival.ics").write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Harbour festival\nDTSTART:20220709T100000\nEND:VEVENT\nEND:VCALENDAR\n",
        encoding="utf-8",
    )
    expect("festival.ics", "festival", title="Harbour festival", date="2022-07-09", format="text/calendar")
    (root / "pump.log").write_text("2019-05-03 10:00 bilge pump started\n", encoding="utf-8")
    expect("pump.log", "bilge", format="text/x-log")
    (root / "post.md").write_text(
        "---\ntitle: Ice house reopens\nauthor: Elsa Brandt\ndate: 2019-05-03\ntags: [ice, harbour]\n"
        "---\n\nThe ice house reopened after forty years.\n",
        encoding="utf-8",
    )
    expect(
        "post.md",
        "forty",
        title="Ice house reopens",
        creators=["Elsa Brandt"],
        date="2019-05-03",
        subjects=["ice", "harbour"],
    )
    photo = write_photo(
        root / "quay.jpg", description="Boats at the north quay", xmp=xmp_packet(description="Evening light")
    )
    del photo
    expect("quay.jpg", "boats", description="Evening light")
    return expected


@pytest.fixture(scope="module")
def drive(tmp_path_factory) -> tuple[Path, Path, dict]:
    base = tmp_path_factory.mktemp("formats")
    root, index_base = base / "drive", base / "indexes"
    expected = build_drive(root)
    with Collection.open(root, index_base, create=True) as collection:
        report = collection.index(jobs=2)
        assert not report.failed, report.failed
    return root, index_base, expected


def test_every_format_is_read_and_its_words_are_found(drive):
    root, index_base, expected = drive
    with Collection.open(root, index_base) as collection:
        for name, wanted in expected.items():
            record = collection.record(name)
            assert "octet-stream" not in (record.format or ""), name
            for field, value in wanted.items():
                if field == "query":
                    assert name in [hit.path for hit in collection.search(value, limit=50).hits], (name, value)
                elif field == "warned":
                    assert any(value in warning for warning in record.warnings), (name, record.warnings)
                else:
                    assert getattr(record, field) == value, (name, field, getattr(record, field))


def test_every_format_can_be_asked_for_by_its_word_and_its_mime_type(drive):
    root, index_base, _ = drive
    for word, expected in (
        ("mp3", "oral-history.mp3"),
        ("audio/mpeg", "oral-history.mp3"),
        ("xlsx", "ledger.xlsx"),
        ("application/pdf", None),
        ("rtf", "letter.rtf"),
        ("excel", "ledger.xlsx"),
    ):
        run = archive("search", "*", "-c", root, "--index-dir", index_base, "--format", word, "--json")
        assert run.returncode == 0, (word, run.stderr)
        paths = [hit["path"] for hit in json.loads(run.stdout)["hits"]]
        assert (expected in paths) if expected else paths == [], (word, paths)
    for query in ('format:"application/pdf"', "format:mp3", "format:audio/mpeg"):
        run = archive("search", query, "-c", root, "--index-dir", index_base, "--json")
        assert run.returncode in (0, 2) and "internal error" not in run.stderr, (query, run.stderr)


@pytest.mark.skipif(not ocr_available(), reason="needs Tesseract")
def test_every_page_of_a_multipage_scan_is_read_and_found_on_its_page(tmp_path, index_base):
    root = tmp_path / "scans"
    root.mkdir()
    write_multipage_tiff(
        root / "log.tif",
        [
            ["Page one of the harbour log"],
            ["Page two mentions the lighthouse"],
            ["Page three names the cutter Albatross"],
        ],
    )
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert collection.record("log.tif").pages == 3
        hit = collection.search("albatross").hits[0]
        assert hit.path == "log.tif" and hit.page == 3
        assert collection.search("lighthouse").hits[0].page == 2


def test_the_descriptions_a_photograph_carries_are_all_searchable(tmp_path, index_base):
    root = tmp_path / "photos"
    root.mkdir()
    write_photo(root / "quay.jpg", description="Boats at the north quay", xmp=xmp_packet(description="Evening light"))
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        record = collection.record("quay.jpg")
        assert record.description == "Evening light" and record.exif["ImageDescription"] == "Boats at the north quay"
        assert [hit.path for hit in collection.search("boats").hits] == ["quay.jpg"]
        assert [hit.path for hit in collection.search("evening").hits] == ["quay.jpg"]


def test_a_presentations_slides_are_its_pages_and_its_masters_prompts_are_left_out(drive):
    root, index_base, _ = drive
    with Collection.open(root, index_base) as collection:
        assert collection.text("ferry.ppt") == [
            "Ferry timetable 1995\nThe ferry sails twice a day\nMention the winter timetable",
            "Fares\nChildren travel free",
        ]
        assert collection.search("children").hits[0].page == 2


def test_a_format_identified_but_not_read_is_named_with_a_reason(tmp_path):
    wpd = tmp_path / "minutes.wpd"
    wpd.write_bytes(b"\xffWPC" + bytes(60))
    result = extract(wpd)
    assert result.fields["format"] == "application/vnd.wordperfect"
    assert any("not read: " in warning and "wpd2text" in warning for warning in result.warnings)
    pst = tmp_path / "backup.pst"
    pst.write_bytes(b"!BDN" + bytes(508))
    result = extract(pst)
    assert result.fields["format"] == "application/vnd.ms-outlook-pst"
    assert any("readpst" in warning for warning in result.warnings)


def test_a_csv_is_parted_by_its_own_separator_whatever_its_header_holds(tmp_path):
    """A header quoted because it holds commas, in a file parted by semicolons (a German or French
    spreadsheet's): each cell is a cell, when indexed and when imported."""
    from archive.extract import extract
    from archive.importing import read_rows

    table = tmp_path / "people.csv"
    table.write_text('"Name, first";"Born, where";path\nAda;"London, England";note.txt\n', encoding="utf-8")
    assert extract(table).pages[0].splitlines()[:2] == [
        "Name, first\tBorn, where\tpath",
        "Ada\tLondon, England\tnote.txt",
    ]
    header, rows = read_rows(table)
    assert header == ["Name, first", "Born, where", "path"]
    assert list(rows) == [(2, {"Name, first": "Ada", "Born, where": "London, England", "path": "note.txt"})]
