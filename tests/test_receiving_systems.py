"""Hand-offs checked as the receiving system would: EAD against its schema and ArchivesSpace's
import rules (its validator's: a level everywhere, a title or date on every component, the
collection's title, date, identifier and an extent that starts with a number), component ids
stable across exports, items inside files under their containers two levels deep; MODS valid
with such items; MARC leaders, control fields, 773 host entries, nonfiling indicators and
subfields without line breaks, read back by pymarc."""

from __future__ import annotations

import io
import re
import zipfile

import pymarc
import pytest
from lxml import etree

from archive import Collection
from cli_runner import archive
from format_builders import message, write_mbox
from test_handover import valid

EAD = "{urn:isbn:1-931666-22-9}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


@pytest.fixture(scope="module")
def drive(tmp_path_factory):
    root = tmp_path_factory.mktemp("receiving") / "drive"
    (root / "letters").mkdir(parents=True)
    (root / "letters" / "wall.txt").write_text("The harbour wall\n\nThe wall was mended in 1953.", encoding="utf-8")
    (root / "letters" / "port.txt").write_text("Du côté du port\n\nLes bateaux sont rentrés au port.", encoding="utf-8")
    write_mbox(
        root / "board.mbox",
        [message("Secretary <s@example.org>", f"Harbour letter {n}", f"Letter {n} to the board.") for n in (1, 2)],
    )
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as docs:
        docs.writestr("plan.txt", "A harbour plan, two containers deep.")
    with zipfile.ZipFile(root / "backup.zip", "w") as backup:
        backup.writestr("old/docs.zip", inner.getvalue())
    index = tmp_path_factory.mktemp("index")
    assert archive("index", root, "--index-dir", index).returncode == 0
    described = archive(
        "collection", "-c", root, "--index-dir", index, "--title", "Saltmere Harbour Board records",
        "--identifier", "MS 42", "--repository", "Saltmere Historical Society",
    )  # fmt: skip
    assert described.returncode == 0, described.stderr
    edits = (
        (root / "letters" / "wall.txt", "language=en", "rights=Copyright the board.\nAsk before use."),
        (root / "letters" / "port.txt", "language=fr", "title=Du côté du port"),
    )
    for path, *changes in edits:
        setting = [argument for change in changes for argument in ("--set", change)]
        assert archive("edit", "-c", root, path, *setting, "--index-dir", index).returncode == 0
    with Collection.open(root, index) as collection:
        yield root, index, collection


def exported(drive, fmt: str, target) -> bytes:
    root, index, _ = drive
    run = archive("export", "*", "-c", root, "--format", fmt, "-o", target, "--index-dir", index)
    assert run.returncode == 0, run.stderr
    return target.read_bytes()


def aspace_refusals(archdesc: etree._Element) -> list[str]:
    """What ArchivesSpace's EAD validator would refuse (its rules for a resource and components)."""
    problems = []
    did = archdesc.find(f"{EAD}did")
    for what, path in (("title", "unittitle"), ("date", "unitdate"), ("identifier", "unitid")):
        if not (did.findtext(f"{EAD}{path}") or "").strip():
            problems.append(f"no {what} at the resource level")
    extent = did.findtext(f"{EAD}physdesc/{EAD}extent") or ""
    if not re.match(r"^\d+(\.\d+)? \S", extent):
        problems.append(f"extent {extent!r} does not start with a number and a space")
    if not archdesc.get("level"):
        problems.append("no level on archdesc")
    for component in archdesc.iter(f"{EAD}c"):
        if not component.get("level"):
            problems.append(f"no level on {component.get('id')}")
        title = component.findtext(f"{EAD}did/{EAD}unittitle") or component.findtext(f"{EAD}did/{EAD}unitdate")
        if not (title or "").strip():
            problems.append(f"neither title nor date on {component.get('id')}")
    return problems


def test_the_finding_aid_is_what_archivesspace_imports(drive, tmp_path):
    document = valid(etree.fromstring(exported(drive, "ead", tmp_path / "a.xml")).getroottree(), "ead.xsd")
    archdesc = document.find(f"{EAD}archdesc")
    did = archdesc.find(f"{EAD}did")
    assert did.findtext(f"{EAD}unitid") == "MS 42"
    assert did.findtext(f"{EAD}unittitle") == "Saltmere Harbour Board records"
    assert did.findtext(f"{EAD}repository/{EAD}corpname") == "Saltmere Historical Society"
    assert document.findtext(f"{EAD}eadheader/{EAD}filedesc/{EAD}titlestmt/{EAD}titleproper") == (
        "Saltmere Harbour Board records"
    )  # no "Finding aid for" in English before a collection in any language
    assert aspace_refusals(archdesc) == []
    components = list(archdesc.iter(f"{EAD}c"))
    ids = [component.get("id") for component in components]
    assert all(ids) and len(set(ids)) == len(ids)
    again = etree.fromstring(exported(drive, "ead", tmp_path / "b.xml"))
    assert [c.get("id") for c in again.iter(f"{EAD}c")] == ids  # a re-import matches, not duplicates

    def component_of(title: str) -> etree._Element:
        return next(c for c in components if c.findtext(f"{EAD}did/{EAD}unittitle") == title)

    mailbox = next(c for c in components if c.find(f"{EAD}did/{EAD}dao").get(XLINK_HREF) == "board.mbox")
    assert mailbox.get("level") == "file"
    assert [c.findtext(f"{EAD}did/{EAD}unittitle") for c in mailbox.findall(f"{EAD}c")] == [
        "Harbour letter 1",
        "Harbour letter 2",
    ]
    plan = next(c for c in components if "plan" in (c.findtext(f"{EAD}did/{EAD}unittitle") or "").lower())
    assert plan.find(f"{EAD}did/{EAD}dao").get(XLINK_HREF) == "backup.zip#old/docs.zip%23plan.txt"
    docs = plan.getparent()
    assert docs.get("level") == "file" and docs.getparent().find(f"{EAD}did/{EAD}dao").get(XLINK_HREF) == "backup.zip"
    assert component_of("Du côté du port").find(f"{EAD}did/{EAD}langmaterial/{EAD}language").get("langcode") == "fre"


def test_a_language_outside_ead_2002s_list_is_named_without_a_code(drive, tmp_path):
    root, index, _ = drive
    assert (
        archive("edit", "-c", root, root / "board.mbox", "--set", "language=zxx", "--index-dir", index).returncode == 0
    )
    try:
        document = valid(etree.fromstring(exported(drive, "ead", tmp_path / "a.xml")).getroottree(), "ead.xsd")
        assert "zxx" not in etree.tostring(document, encoding="unicode")
    finally:
        archive("edit", "-c", root, root / "board.mbox", "--set", "language=", "--index-dir", index)


def test_mods_is_valid_with_an_item_two_containers_deep_and_names_its_hosts(drive, tmp_path):
    document = valid(etree.fromstring(exported(drive, "mods", tmp_path / "m.xml")).getroottree(), "mods-3-8.xsd")
    mods = "{http://www.loc.gov/mods/v3}"
    urls = [url.text for url in document.iter(f"{mods}url")]
    assert "backup.zip#old/docs.zip%23plan.txt" in urls
    plan = next(
        record
        for record in document.iter(f"{mods}mods")
        if "plan" in record.findtext(f"{mods}titleInfo/{mods}title").lower()
    )
    hosts = {host.get("displayLabel"): host for host in plan.findall(f"{mods}relatedItem")}
    assert hosts["Container"].findtext(f"{mods}location/{mods}url") == "backup.zip#old/docs.zip"
    assert hosts["Collection"].findtext(f"{mods}identifier") == "MS 42"


def test_marc_records_pass_the_lint_a_catalogue_applies(drive, tmp_path):
    records = {
        record["856"]["u"]: record
        for record in pymarc.MARCReader(exported(drive, "marc", tmp_path / "r.mrc"), to_unicode=True, force_utf8=True)
    }
    for uri, record in records.items():
        leader = str(record.leader)
        assert len(leader) == 24 and leader[5] == "n" and leader[8:10] == "aa", uri
        assert leader[17:20] == "7  " and leader[20:] == "4500", uri
        assert re.fullmatch(r"av[0-9a-f]{16}", record["001"].data), uri
        assert re.fullmatch(r"\d{14}\.0", record["005"].data), uri
        assert record["040"]["a"] and len(record["008"].data) == 40, uri
        assert record["856"].indicators == pymarc.Indicators(" ", "0"), uri  # a relative path: no access method
        assert record["773"] is not None, uri  # the collection, at least
        for field in record.get_fields():
            if not field.is_control_field():
                assert not any(re.search(r"[\x00-\x1f]", sub.value) for sub in field.subfields), (uri, field.tag)
    assert str(records["board.mbox"].leader)[7] == "c"
    message = records["board.mbox#1"]
    assert str(message.leader)[7] == "a"
    hosts = {field["t"]: field for field in message.get_fields("773")}
    assert hosts["board.mbox"]["w"] == records["board.mbox"]["001"].data
    assert hosts["Saltmere Harbour Board records"]["o"] == "MS 42"
    assert records["letters/wall.txt"]["245"].indicators[1] == "4"  # "The " is not filed on
    assert records["letters/port.txt"]["245"].indicators[1] == "3"  # nor is "Du "
    assert records["letters/wall.txt"]["540"]["a"] == "Copyright the board. Ask before use."
    again = pymarc.MARCReader(exported(drive, "marc", tmp_path / "s.mrc"), to_unicode=True, force_utf8=True)
    assert {record["856"]["u"]: record["001"].data for record in again} == {
        uri: record["001"].data for uri, record in records.items()
    }


def test_the_bag_and_the_citations_carry_the_collections_own_record(drive, tmp_path):
    import bagit

    root, index, collection = drive
    collection.bag(["board.mbox#2"], tmp_path / "bag")
    assert bagit.Bag(str(tmp_path / "bag")).validate()
    info = (tmp_path / "bag" / "bag-info.txt").read_text(encoding="utf-8")
    for line in (
        "Source-Organization: Saltmere Historical Society",
        "External-Identifier: MS 42",
        "Bag-Group-Identifier: MS 42",
    ):
        assert line in info
    [item] = collection.csl_items(["letters/wall.txt"])
    assert (item["archive"], item["archive_collection"]) == (
        "Saltmere Historical Society",
        "Saltmere Harbour Board records",
    )


def test_messages_go_out_as_mail_byte_for_byte(drive, tmp_path):
    import mailbox

    root, index, collection = drive
    (root / "loose.eml").write_bytes(
        message("Clerk <c@example.org>", "From the quay", "From the quay, a note.\nFrom here on: Ålesund.").as_bytes()
    )
    assert archive("index", root, "--index-dir", index).returncode == 0
    run = archive("export", "path:board OR path:loose", "-c", root, "--format", "mbox", "-o", tmp_path / "out.mbox",
                  "--index-dir", index)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "3 messages written" in run.stderr and "1 items that are not e-mail left out" in run.stderr  # the mailbox
    original = mailbox.mbox(str(root / "board.mbox"))
    exported_box = mailbox.mbox(str(tmp_path / "out.mbox"))
    by_subject = {message["subject"]: exported_box.get_bytes(key) for key, message in exported_box.items()}
    for key, message_ in original.items():
        assert by_subject[message_["subject"]] == original.get_bytes(key)  # every header, every byte
    assert by_subject["From the quay"].startswith(b"From: Clerk")
    assert b"\n>From here on" in by_subject["From the quay"]  # quoted as mbox quotes a line that would part it

    run = archive("export", "path:board", "-c", root, "--format", "eml", "-o", tmp_path / "eml", "--index-dir", index)
    assert run.returncode == 0, run.stderr
    written = sorted(str(path.relative_to(tmp_path / "eml")) for path in (tmp_path / "eml").rglob("*.eml"))
    assert written == ["board.mbox/1.eml", "board.mbox/2.eml"]
    assert (tmp_path / "eml" / "board.mbox" / "1.eml").read_bytes() == original.get_bytes(0)


def test_a_stale_export_read_back_never_undoes_newer_work(drive, tmp_path):
    root, index, _ = drive
    stale_dc, stale_csv = tmp_path / "harbour.oai-dc", tmp_path / "harbour-export.txt"  # named as people name them
    exported(drive, "oai-dc", stale_dc)
    exported(drive, "csv", stale_csv)
    for change in ("title=The mended harbour wall", "description=Mended in 1953 by the board."):
        assert (
            archive("edit", "-c", root, root / "letters" / "wall.txt", "--set", change, "--index-dir", index).returncode
            == 0
        )
    for stale in (stale_dc, stale_csv):
        run = archive("import", stale, "-c", root, "--index-dir", index)
        assert run.returncode == 1, run.stderr  # incomplete: conflicts listed
        assert "changed 0" in run.stderr and "1 conflicts with newer changes" in run.stderr, run.stderr
        assert (
            "title of letters/wall.txt: 'The harbour wall' not taken: it was changed since to 'The mended" in run.stderr
        )
    with Collection.open(root, index) as collection:
        assert collection.record("letters/wall.txt").title == "The mended harbour wall"
    taken = archive("import", stale_csv, "-c", root, "--overwrite-newer", "--index-dir", index)
    assert "changed 1" in taken.stderr, taken.stderr
    with Collection.open(root, index) as collection:
        assert collection.record("letters/wall.txt").title == "The harbour wall"

    corrected = tmp_path / "languages.csv"
    corrected.write_text("path,language\nletters/port.txt,ger\nboard.mbox#1,Azerbaijani\n", encoding="utf-8")
    assert archive("import", corrected, "-c", root, "--index-dir", index).returncode == 0
    with Collection.open(root, index) as collection:
        assert [collection.record(path).language for path in ("letters/port.txt", "board.mbox#1")] == ["de", "az"]


@pytest.mark.loopback
def test_a_iiif_export_is_served_on_loopback_with_cors_and_takes_items_out_of_files(drive, tmp_path):
    import json
    import threading
    import urllib.request

    from PIL import Image

    from archive.iiif_server import iiif_server

    root, index, _ = drive
    picture = io.BytesIO()
    Image.new("RGB", (64, 48), "navy").save(picture, "PNG")
    with zipfile.ZipFile(root / "photos.zip", "w") as photos:
        photos.writestr("quay.png", picture.getvalue())
    assert archive("index", root, "--index-dir", index).returncode == 0
    run = archive("export", "*", "-c", root, "--format", "iiif", "-o", tmp_path / "iiif", "--index-dir", index,
                  "--base-url", "http://127.0.0.1:8000/")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "1 manifest (1 canvases)" in run.stderr and "items without pages left out" in run.stderr
    assert "archive serve-iiif" in run.stderr
    server = iiif_server(tmp_path / "iiif", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/collection.json", timeout=10) as answer:
            assert answer.headers["Access-Control-Allow-Origin"] == "*"
            listing = json.load(answer)
        manifest_url = listing["items"][0]["id"].replace(
            "http://127.0.0.1:8000", f"http://127.0.0.1:{server.server_port}"
        )
        with urllib.request.urlopen(manifest_url, timeout=10) as answer:
            manifest = json.load(answer)
        assert manifest["label"]["none"] == ["quay"] and answer.headers["Access-Control-Allow-Origin"] == "*"
    finally:
        server.shutdown()
        server.server_close()


def test_a_container_bagged_whole_has_every_item_inside_it_described(drive, tmp_path):
    import csv as csv_module

    import bagit

    _, _, collection = drive
    collection.bag(["board.mbox", "board.mbox#2"], tmp_path / "bag")
    assert bagit.Bag(str(tmp_path / "bag")).validate()
    with open(tmp_path / "bag" / "data" / "metadata" / "items.csv", encoding="utf-8") as table:
        rows = list(csv_module.DictReader(table))
    assert [(row["filename"], row["item"], row["chosen"], row["dc.title"]) for row in rows] == [
        ("objects/board.mbox", "board.mbox#1", "no", "Harbour letter 1"),
        ("objects/board.mbox", "board.mbox#2", "yes", "Harbour letter 2"),
    ]


def test_an_arrangement_and_a_transcription_travel_into_ead_and_iiif(drive, tmp_path):
    import json

    from PIL import Image

    root, index, collection = drive
    Image.new("RGB", (40, 60), "white").save(root / "letters" / "note.png")
    assert archive("index", root, "--index-dir", index).returncode == 0
    arranged = archive("arrange", "path:letters", "-c", root, "--series", "Series 1: Correspondence / Outgoing",
                       "--index-dir", index)  # fmt: skip
    assert arranged.returncode == 0 and "arranged 3 items" in arranged.stderr, arranged.stderr
    (tmp_path / "note.txt").write_text("Dear board, the lamp at the pier head is out again.", encoding="utf-8")
    run = archive("edit", "-c", root, root / "letters" / "note.png", "--set", f"transcription=@{tmp_path / 'note.txt'}",
                  "--set", "location=Box 3, Folder 2", "--index-dir", index)  # fmt: skip
    assert run.returncode == 0, run.stderr
    with Collection.open(root, index) as fresh:
        assert [hit.path for hit in fresh.search("pier head").hits] == ["letters/note.png"]
        assert fresh.passage("pier head", "letters/note.png").html.count("<b>") == 2
        assert sorted(hit.path for hit in fresh.search("series:correspondence").hits) == [
            "letters/note.png",
            "letters/port.txt",
            "letters/wall.txt",
        ]
        assert fresh.search("series:outgoing location:box").total == 1
        facet = fresh.search("*").facets["series"]
        assert facet["Series 1: Correspondence"] == facet["Series 1: Correspondence/Outgoing"] == 3
        assert fresh.search("*", filters={"series": "Series 1: Correspondence"}).total == 3  # sub-series included
    document = valid(etree.fromstring(exported(drive, "ead", tmp_path / "a.xml")).getroottree(), "ead.xsd")
    top = {c.findtext(f"{EAD}did/{EAD}unittitle"): c for c in document.find(f"{EAD}archdesc/{EAD}dsc")}
    outgoing = top["Series 1: Correspondence"].find(f"{EAD}c")
    assert outgoing.get("level") == "subseries" and outgoing.findtext(f"{EAD}did/{EAD}unittitle") == "Outgoing"
    assert len(outgoing.findall(f"{EAD}c[@level='item']")) == 3 and "letters" not in top  # the folder gave way
    assert aspace_refusals(document.find(f"{EAD}archdesc")) == []
    iiif = tmp_path / "iiif"
    assert (
        archive("export", "path:note", "-c", root, "--format", "iiif", "-o", iiif, "--index-dir", index).returncode == 0
    )
    manifest = json.loads(next(iiif.rglob("manifest.json")).read_text(encoding="utf-8"))
    [annotation] = manifest["items"][0]["annotations"][0]["items"]
    assert annotation["motivation"] == "supplementing" and "pier head" in annotation["body"]["value"]


def test_an_archival_document_is_cited_by_its_place_in_the_repository(drive):
    root, index, _ = drive
    run = archive(
        "edit", "-c", root, root / "letters" / "port.txt", "--set", "location=Box 3, Folder 2", "--index-dir", index
    )
    assert run.returncode == 0, run.stderr
    with Collection.open(root, index) as collection:
        [(_, text)] = collection.cite(["letters/port.txt"], style="chicago-notes-bibliography")
        assert text.endswith("Box 3, Folder 2. Saltmere Harbour Board records. Saltmere Historical Society.")
        Image = pytest.importorskip("PIL.Image")
        Image.new("RGB", (30, 40), "white").save(root / "act.png")
        collection.index()
        assert collection.csl_items(["act.png"])[0]["type"] == "graphic"  # a photograph, until someone reads it
        collection.edit("act.png", {"transcription": "Акт приёмки, 1953 год."})
        assert collection.csl_items(["act.png"])[0]["type"] == "manuscript"


def test_names_merged_into_one_with_an_authority_travel_into_ead_mods_and_marc(drive, tmp_path):
    root, index, _ = drive
    for path, name in (
        ("letters/wall.txt", "E. Brandt"),
        ("letters/port.txt", "Brandt, Elsa"),
        ("board.mbox#1", "elsa@harbour.example"),
    ):
        assert archive("edit", "-c", root, root / path if "#" not in path else path, "--set", f"creators={name}",
                       "--index-dir", index).returncode == 0  # fmt: skip
    listed = archive("names", "-c", root, "--index-dir", index)
    assert "E. Brandt  (creators 1)" in listed.stdout and "elsa@harbour.example" in listed.stdout
    viaf = "https://viaf.org/viaf/123456789"
    merged = archive("names", "-c", root, "--merge", "E. Brandt", "elsa@harbour.example", "--into", "Brandt, Elsa",
                     "--authority", viaf, "--index-dir", index)  # fmt: skip
    assert merged.returncode == 0 and "changed 2 items" in merged.stderr, merged.stderr
    with Collection.open(root, index) as collection:
        assert collection.record("letters/wall.txt").creators == ["Brandt, Elsa"]
        assert collection.record("board.mbox#1").creators == ["Brandt, Elsa"]
        assert collection.history("letters/wall.txt")[-1].source == "names"
        assert collection.search("*").facets["creator"]["Brandt, Elsa"] == 3  # one facet value
        assert [name.name for name in collection.names()].count("Brandt, Elsa") == 1
    ead = etree.fromstring(exported(drive, "ead", tmp_path / "a.xml"))
    person = next(p for p in ead.iter(f"{EAD}persname") if p.text == "Brandt, Elsa")
    assert (person.get("authfilenumber"), person.get("source")) == (viaf, "viaf")
    mods = etree.fromstring(exported(drive, "mods", tmp_path / "m.xml"))
    assert any(name.get("valueURI") == viaf for name in mods.iter("{http://www.loc.gov/mods/v3}name"))
    records = pymarc.MARCReader(exported(drive, "marc", tmp_path / "r.mrc"), to_unicode=True, force_utf8=True)
    assert any(field["1"] == viaf for record in records for field in record.get_fields("100"))
