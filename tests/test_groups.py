"""Items of several files: a letter photographed page by page grouped into one item, found once
whichever page holds the words (at that page), counted once, kept through re-indexing, a rename,
a rebuilt index and a part's removal, taken apart and put back by the history; handed on as one
(EAD a `dao` a part, MODS its constituents, IIIF one manifest with a canvas a part, a bag all its
files) and cited as a document, not as a photograph."""

from __future__ import annotations

import json

import bagit
import pytest
from lxml import etree
from PIL import Image

from archive import Collection
from archive.errors import InvalidEdit
from archive.pipeline import rebuild_index
from cli_runner import archive
from test_handover import valid
from test_receiving_systems import EAD, XLINK_HREF, aspace_refusals

PAGES = ["letter/IMG_4411.png", "letter/IMG_4412.png", "letter/IMG_4413.png"]
READ = ["Dear Board, I write about the pier.", "The herring quay is rotten through.", "Yours, Elsa Brandt"]
MODS = "{http://www.loc.gov/mods/v3}"


@pytest.fixture
def letter(tmp_path, index_base):
    """Three photographed pages of a letter, each transcribed, and a note about herring; indexed."""
    root = tmp_path / "drive"
    (root / "letter").mkdir(parents=True)
    for path, colour in zip(PAGES, ("white", "ivory", "beige")):
        Image.new("RGB", (60, 90), colour).save(root / path)
    (root / "note.txt").write_text("A note about the herring market.\n", encoding="utf-8")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index()
        collection.edit_each({path: {"transcription": text} for path, text in zip(PAGES, READ)})
        yield collection


def grouped(collection: Collection) -> Collection:
    report = collection.group(PAGES, title="Letter to the board")
    assert report.changed == 3 and report.batch is not None
    return collection


def test_a_hit_on_any_page_finds_the_letter_once_at_that_page(letter):
    assert letter.search("*").total == 4
    grouped(letter)
    found = letter.search("herring")
    assert found.total == 2
    [hit] = [hit for hit in found.hits if hit.path != "note.txt"]
    assert (hit.path, hit.title, hit.page) == (PAGES[0], "Letter to the board", 2)
    assert "<b>herring</b> quay" in hit.snippet
    every = letter.search("*")
    assert every.total == 2 and sum(every.facets["type"].values()) == 2  # counts and facets count items
    assert [hit.path for hit in letter.search("IMG_4413").hits] == [PAGES[0]]  # a part's name finds its item
    assert [hit.page for hit in letter.search("Brandt").hits] == [3]
    assert letter.parts(PAGES[0]) == PAGES and letter.parts(PAGES[1]) == []
    assert letter.text(PAGES[0]) == READ  # a page a part: a part without text gives its transcription
    assert letter.csl_items([PAGES[0]])[0]["type"] == "manuscript"  # a document, not a photograph


def test_a_group_is_refused_when_a_part_is_already_in_one(letter):
    grouped(letter)
    with pytest.raises(InvalidEdit, match="already a part of the item letter/IMG_4411.png"):
        letter.group([PAGES[2], "note.txt"])
    with pytest.raises(InvalidEdit, match="at least two"):
        letter.group(["note.txt"])
    with pytest.raises(InvalidEdit, match="not part of a group"):
        letter.ungroup("note.txt")


def test_a_group_survives_a_rename_a_rebuilt_index_and_a_lost_page(letter):
    grouped(letter)
    root = letter.root
    (root / PAGES[1]).rename(root / "letter" / "page-two.png")
    report = letter.index()
    assert report.counts().startswith("1 added") and "1 removed" in report.counts(), report.counts()
    assert letter.parts(PAGES[0]) == [PAGES[0], "letter/page-two.png", PAGES[2]]
    assert [hit.page for hit in letter.search("herring").hits if hit.path == PAGES[0]] == [2]
    rebuild_index(letter.catalog, letter.ix)
    assert letter.search("*").total == 2 and letter.index().counts().endswith("4 unchanged")
    (root / PAGES[0]).unlink()  # the first page gone: the next one leads
    letter.index()
    [hit] = letter.search("Brandt").hits
    assert (hit.path, hit.page) == ("letter/page-two.png", 2)
    assert letter.search("*").total == 2


def test_ungroup_and_undo_take_it_apart_and_put_it_back(letter):
    batch = grouped(letter).search("*")
    assert batch.total == 2
    letter.ungroup(PAGES[1])
    assert letter.search("*").total == 4 and letter.parts(PAGES[0]) == []
    assert {hit.path for hit in letter.search("herring").hits} == {"note.txt", PAGES[1]}
    letter.revert_batch(letter.catalog.last_batch("cli"))  # the ungrouping undone: a letter again
    assert letter.search("*").total == 2 and letter.parts(PAGES[0]) == PAGES


def test_a_group_is_handed_on_as_one_item_of_several_files(letter, tmp_path):
    grouped(letter)
    ead = tmp_path / "ead.xml"
    letter.export_to(ead, letter.matching_records("*"), "ead")
    document = valid(etree.parse(str(ead)), "ead.xsd")
    [item] = [c for c in document.iter(f"{EAD}c") if c.findtext(f"{EAD}did/{EAD}unittitle") == "Letter to the board"]
    assert [dao.get(XLINK_HREF).rsplit("/", 1)[-1] for dao in item.iter(f"{EAD}dao")] == [
        "IMG_4411.png",
        "IMG_4412.png",
        "IMG_4413.png",
    ]
    assert item.findtext(f"{EAD}did/{EAD}physdesc/{EAD}extent") == "3 files"
    assert item.findtext(f"{EAD}odd/{EAD}p") == READ[0]
    assert aspace_refusals(document.find(f"{EAD}archdesc")) == []
    mods = tmp_path / "mods.xml"
    letter.export_to(mods, letter.records([PAGES[0]]), "mods")
    parts = etree.parse(str(mods)).findall(f".//{MODS}relatedItem[@type='constituent']")
    assert [part.get("displayLabel") for part in parts] == ["Part 1", "Part 2", "Part 3"]
    iiif = tmp_path / "iiif"
    report = letter.export_iiif([PAGES[0]], iiif, "http://127.0.0.1:8000/")
    assert (report.manifests, report.canvases) == (1, 3)
    manifest = json.loads(next(iiif.rglob("manifest.json")).read_text(encoding="utf-8"))
    readings = [canvas["annotations"][0]["items"][0]["body"]["value"] for canvas in manifest["items"]]
    assert readings == READ  # each page's transcription on its own canvas
    bag = letter.bag([PAGES[0]], tmp_path / "bag")
    assert bag.files == 3
    assert sorted(name for name in bagit.Bag(str(tmp_path / "bag")).payload_files() if name.endswith(".png")) == [
        f"data/{path}" for path in PAGES
    ]


def test_the_command_line_groups_and_ungroups(letter):
    root = letter.root
    run = archive("group", *(root / path for path in PAGES), "--title", "Letter to the board")
    assert run.returncode == 0 and "grouped 3 items" in run.stderr, run.stderr
    found = archive("search", "herring", "-c", root, "--json")
    hits = json.loads(found.stdout)["hits"]
    assert [(hit["path"], hit["page"]) for hit in hits if hit["path"] != "note.txt"] == [(PAGES[0], 2)]
    again = archive("group", root / PAGES[2], root / "note.txt")
    assert again.returncode != 0 and again.stderr.count("\n") == 1 and "ungroup that first" in again.stderr
    apart = archive("ungroup", root / PAGES[1])
    assert apart.returncode == 0 and "ungrouped 3 items" in apart.stderr, apart.stderr


def test_a_transcription_of_several_pages_is_read_and_handed_on_page_by_page(letter, tmp_path):
    frames = [Image.new("L", (50, 70), shade) for shade in (250, 240, 230)]
    frames[0].save(letter.root / "act.tif", save_all=True, append_images=frames[1:])
    letter.index()
    letter.edit("act.tif", {"transcription": "Акт приёмки\fОпись начата в марте\fПодпись архивиста"})
    [hit] = letter.search("опись").hits
    assert (hit.path, hit.page) == ("act.tif", 2)  # a form feed parts the pages, as in a text
    report = letter.export_iiif(["act.tif"], tmp_path / "iiif", "http://127.0.0.1:8000/")
    assert report.canvases == 3
    manifest = json.loads(next((tmp_path / "iiif").rglob("manifest.json")).read_text(encoding="utf-8"))
    readings = [canvas["annotations"][0]["items"][0]["body"]["value"] for canvas in manifest["items"]]
    assert readings == ["Акт приёмки", "Опись начата в марте", "Подпись архивиста"]
