"""PRONOM identification by Siegfried: every file and every item inside one gets the PUID, name
and version Siegfried's own answer gives, searchable (`puid:fmt/…`) and a facet."""

from __future__ import annotations

import zipfile

import pygfried
import pytest
from PIL import Image

from archive import Collection
from cli_runner import archive


@pytest.fixture(scope="module")
def identified(tmp_path_factory):
    from reportlab.pdfgen import canvas

    root = tmp_path_factory.mktemp("pronom") / "drive"
    root.mkdir()
    report = canvas.Canvas(str(root / "report.pdf"))
    report.drawString(72, 720, "Harbour report")
    report.save()
    Image.new("RGB", (30, 20), "white").save(root / "photo.png")
    Image.new("RGB", (30, 20), "white").save(root / "scan.tif")
    (root / "notes.txt").write_text("Notes on the breakwater", encoding="utf-8")
    with zipfile.ZipFile(root / "bundle.zip", "w") as bundle:
        bundle.write(root / "photo.png", "inside/photo.png")
    (root / "mystery.qqq").write_bytes(bytes([0, 255, 3, 0, 17]) * 40)
    with Collection.open(root, tmp_path_factory.mktemp("index"), create=True) as collection:
        report = collection.index(jobs=1)
        assert report.failed == [], report
        yield root, collection


def test_each_file_has_siegfrieds_own_answer(identified):
    root, collection = identified
    for name in ("report.pdf", "photo.png", "scan.tif", "notes.txt", "bundle.zip"):
        own = pygfried.identify(str(root / name), detailed=True)["files"][0]["matches"][0]
        record = collection.record(name)
        assert (record.puid, record.format_name, record.format_version) == (
            own["id"],
            own["format"],
            own["version"] or None,
        )
        assert record.sources["puid"].startswith("siegfried (")


def test_an_item_inside_a_file_is_identified_too(identified):
    _, collection = identified
    assert collection.record("bundle.zip#inside/photo.png").puid == collection.record("photo.png").puid


def test_a_file_siegfried_does_not_know_keeps_its_own_identification(identified):
    _, collection = identified
    record = collection.record("mystery.qqq")
    assert record.puid is None and record.format == "application/octet-stream"


def test_puid_is_a_search_field_a_facet_and_shown(identified):
    root, collection = identified
    puid = collection.record("photo.png").puid
    assert sorted(hit.path for hit in collection.search(f"puid:{puid}").hits) == [
        "bundle.zip#inside/photo.png",
        "photo.png",
    ]
    facet = collection.search("*").facets["puid"]
    assert facet[f"{puid} {collection.record('photo.png').format_name}"] == 2
    shown = archive("show", root / "report.pdf", "--index-dir", collection.index_dir.parent)
    assert f"puid: {collection.record('report.pdf').puid}" in shown.stdout
