"""Disk images read in place, their files items inside them: a FAT floppy image (mkfs.vfat and
mtools), the same as an EnCase E01 (ewfacquire), an ISO 9660 disc with Joliet and Rock Ridge names
(xorriso) — each made by the tool an archivist's would be made by, skipped only when it is absent."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from archive import Collection

TOOLS = ("mkfs.vfat", "mcopy", "ewfacquire", "xorriso", "7z", "ewfexport")


def floppy(folder: Path) -> Path:
    image = folder / "floppy.img"
    subprocess.run(["mkfs.vfat", "-C", str(image), "1440"], check=True, capture_output=True)
    letter = folder / "LETTER.TXT"
    letter.write_text("Dear Leila,\nthe minutes of the harbour board are enclosed.\n", encoding="ascii")
    subprocess.run(["mmd", "-i", str(image), "::DOCS"], check=True)
    subprocess.run(["mcopy", "-i", str(image), str(letter), "::DOCS/LETTER.TXT"], check=True)
    letter.unlink()
    return image


def encase(image: Path, target: Path) -> Path:
    """``image`` acquired as an EnCase E01 image by ewfacquire, as a forensic workstation would."""
    acquire = ["ewfacquire", "-u", "-q", "-t", str(target), "-f", "encase6", "-C", "7", "-D", "a stick"]
    subprocess.run([*acquire, "-E", "1", "-e", "archivist", "-N", "none", str(image)], check=True, capture_output=True)
    return target.with_suffix(".E01")


def disc(folder: Path, target: Path) -> Path:
    """``folder`` burnt as an ISO 9660 image with Joliet and Rock Ridge names, by xorriso."""
    burn = ["xorriso", "-as", "mkisofs", "-quiet", "-J", "-R", "-o", str(target), str(folder)]
    subprocess.run(burn, check=True, capture_output=True)
    return target


@pytest.fixture(scope="module")
def images(tmp_path_factory):
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)}")
    work = tmp_path_factory.mktemp("making")
    root = tmp_path_factory.mktemp("images") / "drive"
    root.mkdir()
    shutil.copy(floppy(work), root / "floppy.img")
    encase(work / "floppy.img", root / "stick")
    disc_folder = work / "disc" / "Письма"
    disc_folder.mkdir(parents=True)
    (disc_folder / "письмо Лейле.txt").write_text(
        "Дорогая Лейла, посылаю протокол заседания комиссии.", encoding="utf-8"
    )
    disc(disc_folder.parent, root / "disc.iso")
    with Collection.open(root, tmp_path_factory.mktemp("index"), create=True) as collection:
        report = collection.index(jobs=1)
        assert report.failed == [] and report.partly_read == []
        yield collection


def test_a_floppy_images_files_are_items_inside_it(images):
    assert images.members("floppy.img") == ["floppy.img#DOCS/LETTER.TXT"]
    assert images.record("floppy.img").format == "application/x-raw-disk-image"
    assert "floppy.img#DOCS/LETTER.TXT" in [hit.path for hit in images.search("harbour").hits]


def test_an_encase_image_is_read_through_its_media(images):
    assert images.members("stick.E01") == ["stick.E01#DOCS/LETTER.TXT"]
    assert images.record("stick.E01").format == "application/x-ewf"


def test_a_disc_image_keeps_its_long_names(images):
    assert images.members("disc.iso") == ["disc.iso#Письма/письмо Лейле.txt"]
    assert [hit.path for hit in images.search("протокол").hits] == ["disc.iso#Письма/письмо Лейле.txt"]


def test_nothing_is_left_in_the_temporary_folder(images):
    import tempfile

    assert not list(Path(tempfile.gettempdir()).glob("archive-ewf-*"))
