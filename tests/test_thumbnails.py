"""Thumbnails: made from real images and PDFs, kept in the index folder, made again when the
file changes, and never tried twice for a file that cannot give one."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from archive.thumbnails import EDGE, Thumbnails
from resources.sample_builders import write_pdf


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def test_images_and_pdf_first_pages_become_small_pictures_in_the_index_folder(indexed_sample):
    before = files_under(indexed_sample.root)
    cache = indexed_sample.thumbnails
    for path, mime in (
        ("photographs/harbour-at-dawn.jpg", "image/jpeg"),
        ("photographs/lighthouse-1987.tif", "image/tiff"),
        ("photographs/market-day.png", "image/png"),
        ("reports/harbour-survey-1998.pdf", "application/pdf"),
    ):
        made = cache.get(indexed_sample.file_path(path), mime)
        assert made is not None and made.is_relative_to(indexed_sample.index_dir), path
        with Image.open(made) as picture:
            assert max(picture.size) == EDGE and picture.mode == "RGB", path
    with Image.open(cache.get(indexed_sample.file_path("reports/harbour-survey-1998.pdf"), "application/pdf")) as page:
        assert page.height > page.width  # a portrait page, not a blank square
    assert cache.get(indexed_sample.file_path("clippings/1974-rybaki.txt"), "text/plain") is None
    assert files_under(indexed_sample.root) == before  # nothing written into the collection


def test_a_changed_file_gets_a_new_thumbnail_and_the_old_one_goes(tmp_path):
    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 400), "red").save(photo)
    cache = Thumbnails(tmp_path / "cache")
    first = cache.get(photo, "image/png")
    with Image.open(first) as picture:
        assert picture.getpixel((10, 10))[0] > 200
    Image.new("RGB", (400, 800), "blue").save(photo)
    os.utime(photo, ns=(photo.stat().st_atime_ns, photo.stat().st_mtime_ns + 10**9))
    second = cache.get(photo, "image/png")
    assert second != first and not first.exists()
    with Image.open(second) as picture:
        assert picture.size == (EDGE // 2, EDGE) and picture.getpixel((10, 10))[2] > 200


def test_a_broken_file_gives_none_once_and_is_not_read_again(tmp_path, monkeypatch):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a JPEG")
    locked = tmp_path / "locked.pdf"
    write_pdf(locked, ["secret"], user_password="pw")
    cache = Thumbnails(tmp_path / "cache")
    assert cache.get(broken, "image/jpeg") is None
    assert cache.get(tmp_path / "gone.png", "image/png") is None
    import archive.thumbnails as thumbnails

    monkeypatch.setattr(thumbnails, "_render", lambda *args: (_ for _ in ()).throw(AssertionError("read again")))
    assert cache.get(broken, "image/jpeg") is None  # the marker answers
    monkeypatch.undo()
    page = cache.get(locked, "application/pdf")
    assert page is None  # PDFium cannot open it without the password


def test_a_photograph_is_turned_as_its_exif_orientation_says(tmp_path):
    photo = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view
    Image.new("RGB", (600, 300), "green").save(photo, exif=exif)
    made = Thumbnails(tmp_path / "cache").get(photo, "image/jpeg")
    with Image.open(made) as picture:
        assert picture.size == (EDGE // 2, EDGE)
