"""Handing a collection on: each format written from the sample's effective records (an edit
included) and read back by an independent reader — the standards' own schemas through lxml,
pymarc, the Library of Congress's bagit — checking real values: a creator with a particle
(Pieter de Vries), a partial date (2004-02), a Cyrillic title, an item with no date."""

from __future__ import annotations

import csv
import json
import io
from pathlib import Path

import bagit
import pymarc
import pytest
from cli_runner import archive
from lxml import etree

from archive.errors import ArchiveError, UsageError

SCHEMAS = Path(__file__).parent / "schemas"
ORAL_HISTORY = "documents/oral-history-anna-berg.docx"  # Pieter de Vries
ANNUAL_REPORT = "reports/fisheries-annual-report-2003.pdf"  # 2004-02
RYBAKI = "clippings/1974-rybaki.txt"  # Рыбаки Салтмера…, in Russian
MARKET_DAY = "photographs/market-day.png"  # no date
DC = "{http://purl.org/dc/elements/1.1/}"
MODS = "{http://www.loc.gov/mods/v3}"
EAD = "{urn:isbn:1-931666-22-9}"


def schema(*names: str) -> etree.XMLSchema:
    """The schemas kept under tests/schemas, together (an OAI-PMH response holds oai_dc records)."""
    imports = "".join(
        f'<xs:import namespace="{etree.parse(str(SCHEMAS / name)).getroot().get("targetNamespace")}" '
        f'schemaLocation="{SCHEMAS / name}"/>'
        for name in names
    )
    return etree.XMLSchema(etree.XML(f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'))


def valid(document: etree._ElementTree, *names: str) -> etree._ElementTree:
    checker = schema(*names)
    assert checker.validate(document), [str(error) for error in checker.error_log][:5]
    return document


@pytest.fixture
def described(indexed_sample):
    """The sample with a person's correction: the Russian clipping's description."""
    indexed_sample.edit(
        RYBAKI, {"description": "Заметка о путине 1974 года", "subjects": ["fisheries", "herring"]}, source="cli"
    )
    return indexed_sample


def exported(collection, fmt: str, tmp_path: Path) -> Path:
    target = tmp_path / f"out.{fmt}"
    assert collection.export_to(target, collection.matching_records("*", sort="title"), fmt) == 15
    return target


def test_dublin_core_is_an_oai_pmh_response_valid_against_the_schemas(described, tmp_path):
    document = valid(etree.parse(str(exported(described, "oai-dc", tmp_path))), "OAI-PMH.xsd", "oai_dc.xsd")
    records = {
        next(i.text for i in record.iter(f"{DC}identifier") if "/" in i.text): record
        for record in document.iter("{*}dc")
    }
    rybaki = records[RYBAKI]
    assert rybaki.findtext(f"{DC}title") == "Рыбаки Салтмера вернулись с богатым уловом сельди"
    assert rybaki.findtext(f"{DC}description") == "Заметка о путине 1974 года"  # the correction, not the file's
    assert [s.text for s in rybaki.iter(f"{DC}subject")] == ["fisheries", "herring"]
    assert rybaki.findtext(f"{DC}language") == "ru" and rybaki.findtext(f"{DC}date") == "1974-09-10"
    sha = described.record(RYBAKI).sha256
    assert f"urn:sha256:{sha}" in [i.text for i in rybaki.iter(f"{DC}identifier")]
    assert records[ANNUAL_REPORT].findtext(f"{DC}date") == "2004-02"
    assert records[MARKET_DAY].find(f"{DC}date") is None and records[MARKET_DAY].findtext(f"{DC}type") == "StillImage"
    assert records[ORAL_HISTORY].findtext(f"{DC}creator") == "Pieter de Vries"
    headers = [header.findtext("{*}identifier") for header in document.iter("{*}header")]
    assert "oai:sample:clippings/1974-rybaki.txt" in headers


def test_mods_is_valid_and_says_names_dates_and_languages_as_librarians_code_them(described, tmp_path):
    document = valid(etree.parse(str(exported(described, "mods", tmp_path))), "mods-3-8.xsd")
    by_path = {mods.findtext(f"{MODS}identifier[@type='local']"): mods for mods in document.iter(f"{MODS}mods")}
    name = by_path[ORAL_HISTORY].find(f"{MODS}name")
    assert name.get("type") == "personal"
    assert [(part.get("type"), part.text) for part in name.iter(f"{MODS}namePart")] == [
        ("family", "de Vries"),
        ("given", "Pieter"),
    ]
    report = by_path[ANNUAL_REPORT]
    assert report.find(f"{MODS}name").get("type") == "corporate"
    created = report.find(f"{MODS}originInfo/{MODS}dateCreated")
    assert (created.text, created.get("encoding")) == ("2004-02", "w3cdtf")
    rybaki = by_path[RYBAKI]
    assert rybaki.findtext(f"{MODS}titleInfo/{MODS}title").startswith("Рыбаки")
    assert rybaki.findtext(f"{MODS}language/{MODS}languageTerm[@type='code']") == "rus"
    assert rybaki.findtext(f"{MODS}abstract") == "Заметка о путине 1974 года"
    assert by_path[MARKET_DAY].find(f"{MODS}originInfo") is None
    assert by_path[MARKET_DAY].findtext(f"{MODS}typeOfResource") == "still image"


def test_marc_and_marcxml_are_read_back_by_pymarc_with_the_same_fields(described, tmp_path):
    with open(exported(described, "marc", tmp_path), "rb") as binary:
        records = list(pymarc.MARCReader(binary, to_unicode=True, force_utf8=True))
    from_xml = pymarc.parse_xml_to_array(str(exported(described, "marcxml", tmp_path)))
    assert len(records) == len(from_xml) == 15
    for ours, theirs in zip(records, from_xml):
        assert [(f.tag, f.value()) for f in ours.fields] == [(f.tag, f.value()) for f in theirs.fields]
    by_path = {record["856"]["u"]: record for record in records}
    history = by_path[ORAL_HISTORY]
    assert history["100"]["a"] == "de Vries, Pieter" and history["100"].indicator1 == "1"
    assert history["245"].indicator1 == "1" and history["245"]["a"] == "Oral history: Anna Berg, net mender"
    report = by_path[ANNUAL_REPORT]
    assert report["110"]["a"] == "Saltmere Fisheries Cooperative" and report["264"]["c"] == "2004-02"
    fixed = report["008"].data
    assert len(fixed) == 40 and fixed[6:11] == "s2004" and fixed[35:38] == "eng"
    assert report["300"]["a"] == f"{described.record(ANNUAL_REPORT).pages} pages"
    rybaki = by_path[RYBAKI]
    assert (
        rybaki["245"]["a"].startswith("Рыбаки") and rybaki["041"]["a"] == "rus" and rybaki["546"]["a"] == "In Russian."
    )
    assert rybaki["520"]["a"] == "Заметка о путине 1974 года" and [f["a"] for f in rybaki.get_fields("650")] == [
        "fisheries",
        "herring",
    ]
    photograph = by_path[MARKET_DAY]
    assert photograph.leader[6] == "k" and photograph["008"].data[6:15] == "nuuuuuuuu" and "100" not in photograph
    assert report.leader[6] == "a" and report.leader[9] == "a"  # language material, in Unicode


def test_the_finding_aid_is_valid_ead_with_folders_as_series(described, tmp_path):
    document = valid(etree.parse(str(exported(described, "ead", tmp_path))), "ead.xsd")
    archdesc = document.find(f"{EAD}archdesc")
    assert archdesc.find(f"{EAD}did/{EAD}unitdate").get("normal") == "1953-02-02/2022-07-09"
    assert archdesc.findtext(f"{EAD}did/{EAD}physdesc/{EAD}extent") == "15 items"
    series = {c.findtext(f"{EAD}did/{EAD}unittitle"): c for c in archdesc.find(f"{EAD}dsc").findall(f"{EAD}c")}
    assert sorted(series) == ["books", "clippings", "documents", "letters", "photographs", "reports", "web"]
    assert {c.get("level") for c in series.values()} == {"series"}
    items = {
        item.find(f"{EAD}did/{EAD}dao").get("{http://www.w3.org/1999/xlink}href"): item
        for item in series["reports"].findall(f"{EAD}c")
    }
    report = items[ANNUAL_REPORT]
    assert report.get("level") == "item" and report.find(f"{EAD}did/{EAD}unitdate").get("normal") == "2004-02"
    assert report.findtext(f"{EAD}did/{EAD}origination/{EAD}corpname") == "Saltmere Fisheries Cooperative"
    rybaki = next(
        c for c in series["clippings"].findall(f"{EAD}c") if "Рыбаки" in c.findtext(f"{EAD}did/{EAD}unittitle")
    )
    assert rybaki.find(f"{EAD}did/{EAD}langmaterial/{EAD}language").get("langcode") == "rus"
    assert rybaki.findtext(f"{EAD}scopecontent/{EAD}p") == "Заметка о путине 1974 года"


def test_a_bag_validates_and_carries_archivematicas_metadata(described, tmp_path):
    dest = tmp_path / "transfer"
    report = described.bag(described.matching_paths("*"), dest, {"Source-Organization": "Saltmere Historical Society"})
    assert report.files == 15
    bag = bagit.Bag(str(dest))
    bag.validate()
    assert bag.info["Source-Organization"] == "Saltmere Historical Society" and sorted(bag.algorithms) == [
        "sha256",
        "sha512",
    ]
    assert (dest / "data" / RYBAKI).read_bytes() == (described.root / RYBAKI).read_bytes()
    rows = list(csv.reader(io.StringIO((dest / "data" / "metadata" / "metadata.csv").read_text(encoding="utf-8"))))
    header, table = rows[0], {row[0]: dict(zip(rows[0], row)) for row in rows[1:]}
    most = max(len(record.subjects) for record in described.records(described.matching_paths("*")))
    assert header[0] == "filename" and header.count("dc.subject") == most > 1  # a column for each of the most values
    rybaki = table[f"objects/{RYBAKI}"]
    assert rybaki["dc.title"].startswith("Рыбаки") and rybaki["dc.description"] == "Заметка о путине 1974 года"
    subjects = [
        row[i] for row in rows if row[0] == f"objects/{RYBAKI}" for i, name in enumerate(header) if name == "dc.subject"
    ]
    assert subjects == ["fisheries", "herring"] + [""] * (most - 2)
    assert table[f"objects/{MARKET_DAY}"]["dc.date"] == ""


def test_a_file_changed_since_indexing_stops_the_bag_and_leaves_nothing(described, tmp_path):
    with open(described.root / ANNUAL_REPORT, "ab") as changed:
        changed.write(b"\n% edited after indexing\n")
    dest = tmp_path / "transfer"
    with pytest.raises(ArchiveError, match=ANNUAL_REPORT):
        described.bag(described.matching_paths("*"), dest)
    assert not dest.exists()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(UsageError, match="not an empty folder"):
        described.bag([RYBAKI], tmp_path / "full")
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"
    with pytest.raises(ArchiveError):
        described.bag([RYBAKI], described.root / "bag")  # never inside the collection
    assert not (described.root / "bag").exists()


def test_bag_and_the_new_formats_on_the_command_line(indexed_sample, tmp_path):
    root = indexed_sample.root
    run = archive("bag", "type:StillImage", "-c", root, "-o", tmp_path / "photos", "--contact-name", "Elsa Brandt")
    assert run.returncode == 0, run.stderr
    assert "3 files" in run.stderr and bagit.Bag(str(tmp_path / "photos")).is_valid()
    assert "Contact-Name: Elsa Brandt" in (tmp_path / "photos" / "bag-info.txt").read_text()
    run = archive("bag", "nosuchwordanywhere", "-c", root, "-o", tmp_path / "none")
    assert run.returncode == 2 and "nothing matches" in run.stderr and not (tmp_path / "none").exists()
    run = archive("export", "rybaki", "-c", root, "--format", "mods")
    assert run.returncode == 0 and "Рыбаки" in run.stdout
    assert valid(etree.ElementTree(etree.fromstring(run.stdout.encode("utf-8"))), "mods-3-8.xsd")
    run = archive("export", "*", "-c", root, "--format", "marc")
    assert run.returncode == 2 and "-o FILE.marc" in run.stderr


@pytest.mark.parametrize("fmt", ["metadata.csv", "oai-dc"])
def test_what_was_handed_on_comes_back_by_archive_import(described, tmp_path, fmt):
    """Archivematica's metadata.csv and the Dublin Core XML, corrected elsewhere, are imported:
    only the changed cells become edits, matched by path."""
    if fmt == "metadata.csv":
        described.bag(described.matching_paths("*"), tmp_path / "transfer")
        handed = tmp_path / "metadata.csv"
        text = (tmp_path / "transfer" / "data" / "metadata" / "metadata.csv").read_text(encoding="utf-8")
    else:
        handed = exported(described, "oai-dc", tmp_path).rename(tmp_path / "records.xml")
        text = handed.read_text(encoding="utf-8")
    unchanged = described.import_file(handed if fmt != "metadata.csv" else _written(handed, text))
    assert unchanged.matched == 15 and unchanged.edits.changed == 0, unchanged.to_dict()
    _written(
        handed,
        text.replace("Storm flood breaks the south dyke", "Storm flood breaks the south dyke in 1953").replace(
            "Fishing boats leaving Saltmere harbour at dawn", "Boats leaving the harbour at dawn"
        ),
    )
    report = described.import_file(handed)
    assert report.edits.changed == 2 and not report.rejected, report.to_dict()
    assert described.record("clippings/1953-02-02-storm-flood.txt").title == "Storm flood breaks the south dyke in 1953"
    assert described.record("photographs/harbour-at-dawn.jpg").description == "Boats leaving the harbour at dawn"
    assert described.record(RYBAKI).description == "Заметка о путине 1974 года"  # untouched


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_iiif_manifests_have_a_canvas_per_page_and_static_images_at_two_sizes(described, tmp_path):
    from iiif_prezi3 import Collection as IiifCollection
    from iiif_prezi3 import Manifest
    from PIL import Image

    from format_builders import write_multipage_tiff

    (described.root / "scans").mkdir()
    write_multipage_tiff(
        described.root / "scans" / "ledger.tif", [["Ledger page one"], ["Ledger page two"], ["Ledger page three"]]
    )
    described.index(jobs=1)
    described.edit(
        "photographs/market-day.png", {"rights": "https://creativecommons.org/licenses/by/4.0/"}, source="cli"
    )
    dest = tmp_path / "iiif"
    report = described.export_iiif(described.matching_paths("*"), dest, "https://archive.example.org/harbour/")
    assert report.manifests == 7 and RYBAKI in report.skipped  # 3 photographs, 3 PDFs, the scan; texts have no pages
    listing = IiifCollection(**json.loads((dest / "collection.json").read_text(encoding="utf-8")))
    manifests = {}
    for reference in listing.items:
        local = dest / str(reference.id).removeprefix("https://archive.example.org/harbour/")
        manifests[reference.label["none"][0]] = (
            Manifest(**json.loads(local.read_text(encoding="utf-8"))),
            local.parent,
        )
    ledger, folder = next(value for title, value in manifests.items() if "ledger" in title.lower())
    assert len(ledger.items) == 3  # every page of the TIFF, not the first alone
    for number, canvas in enumerate(ledger.items, start=1):
        body = canvas.items[0].items[0].body
        assert str(body.id).endswith(f"/p{number}.jpg") and (canvas.width, canvas.height) == (body.width, body.height)
        with Image.open(folder / f"p{number}.jpg") as full, Image.open(folder / f"p{number}-small.jpg") as small:
            assert full.size == (canvas.width, canvas.height) and max(small.size) <= 400 < max(full.size)
    survey, _ = manifests["Harbour Survey 1998"]
    assert len(survey.items) == described.record("reports/harbour-survey-1998.pdf").pages
    pairs = {pair.label["en"][0]: pair.value["none"] for pair in survey.metadata}
    assert pairs["Creator"] == ["Marta Kowalczyk", "Jonas Lindqvist"] and pairs["Path"] == [
        "reports/harbour-survey-1998.pdf"
    ]
    market, _ = manifests["market day"]
    assert str(market.rights) == "https://creativecommons.org/licenses/by/4.0/"
    dawn, _ = manifests["harbour at dawn"]
    assert dawn.rights is None and dawn.requiredStatement.value["none"] == ["CC BY 4.0 Jonas Lindqvist"]


def test_a_static_oai_repository_identifies_itself_and_holds_valid_dublin_core(described, tmp_path):
    """OAI's Static Repository (no schema of its own is kept here: its structure is checked, and
    each record against the OAI-DC schema)."""
    target = tmp_path / "harbour.xml"
    assert (
        described.export_to(
            target,
            described.matching_records("*"),
            "oai-static",
            base_url="https://example.org/harbour.xml",
            contact_email="elsa@example.org",
        )
        == 15
    )
    root = etree.parse(str(target)).getroot()
    static, oai = "{http://www.openarchives.org/OAI/2.0/static-repository}", "{http://www.openarchives.org/OAI/2.0/}"
    assert root.tag == f"{static}Repository"
    identify = root.find(f"{static}Identify")
    assert [child.tag.split("}")[1] for child in identify] == [
        "repositoryName",
        "baseURL",
        "protocolVersion",
        "adminEmail",
        "earliestDatestamp",
        "deletedRecord",
        "granularity",
    ]
    assert identify.findtext(f"{oai}baseURL") == "https://example.org/harbour.xml"
    assert identify.findtext(f"{oai}adminEmail") == "elsa@example.org"
    assert root.findtext(f"{static}ListMetadataFormats/{oai}metadataFormat/{oai}metadataPrefix") == "oai_dc"
    records = root.findall(f"{static}ListRecords/{oai}record")
    checker = schema("oai_dc.xsd")
    assert len(records) == 15 and all(
        checker.validate(etree.ElementTree(record.find(f"{oai}metadata")[0])) for record in records
    )
    report = described.import_file(target)  # what a repository harvested comes back unchanged
    assert report.matched == 15 and report.edits.changed == 0
