"""HEIC photographs and videos, whose pictures outside programs make (heif-convert, ffmpeg): read,
thumbnailed and shown; without the program, catalogued with what to install."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from archive import Collection
from archive.extract import extract
from archive.extract.ocr import ocr_available
from archive.pictures import MissingProgram
from archive.thumbnails import EDGE, Thumbnails
from format_builders import text_page, write_mp3

needs_heif = pytest.mark.skipif(
    not (shutil.which("heif-enc") and shutil.which("heif-convert")),
    reason="needs libheif-examples (heif-enc, heif-convert)",
)
needs_ffmpeg = pytest.mark.skipif(not shutil.which("ffmpeg"), reason="needs ffmpeg")


def write_heic(path: Path, lines: list[str], description: str, artist: str) -> Path:
    """A HEIC photograph of ``lines`` of text, with EXIF, as a phone writes it (heif-enc)."""
    jpeg = path.with_suffix(".source.jpg")
    exif = Image.Exif()
    exif[0x010E], exif[0x013B], exif[0x0132] = description, artist, "1962:05:04 06:00:00"
    text_page(lines).convert("RGB").save(jpeg, exif=exif.tobytes())
    subprocess.run(["heif-enc", "-q", "90", str(jpeg), "-o", str(path)], check=True, capture_output=True)
    jpeg.unlink()
    return path


def write_video(path: Path, title: str, artist: str, comment: str) -> Path:
    """Three seconds of a test picture and a tone, tagged (ffmpeg; its container by the suffix)."""
    subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc=duration=3:size=320x240:rate=10",
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=440:duration=3",
            "-shortest",
            "-metadata",
            f"title={title}",
            "-metadata",
            f"artist={artist}",
            "-metadata",
            f"comment={comment}",
            "-c:v",
            "mpeg4",
            "-c:a",
            "aac",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    return path


@needs_heif
def test_a_heic_photograph_is_read_as_a_photograph(tmp_path, index_base):
    root = tmp_path / "phone"
    root.mkdir()
    write_heic(root / "IMG_0042.heic", ["HARBOUR AT DAWN"], "The harbour at dawn", "Elsa Brandt")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        record = collection.record("IMG_0042.heic")
        assert (record.format, record.type, record.description, record.creators, record.date) == (
            "image/heic",
            "StillImage",
            "The harbour at dawn",
            ["Elsa Brandt"],
            "1962-05-04",
        )
        assert record.width > 0 and not record.warnings
        if ocr_available():
            assert [hit.path for hit in collection.search("dawn").hits] == ["IMG_0042.heic"]
        thumbnail = collection.thumbnails.get(root / "IMG_0042.heic", "image/heic")
        assert thumbnail is not None and max(Image.open(thumbnail).size) <= EDGE
        picture = collection.thumbnails.picture(root / "IMG_0042.heic", "image/heic")
        assert Image.open(picture).size == (record.width, record.height) and root not in picture.parents


@needs_heif
def test_without_heif_convert_a_heic_photograph_says_what_to_install(tmp_path, monkeypatch):
    photo = write_heic(tmp_path / "IMG_0043.heic", ["QUAY"], "The quay", "Elsa Brandt")
    monkeypatch.setattr("archive.pictures.shutil.which", lambda program: None)
    result = extract(photo)
    assert result.fields["format"] == "image/heic" and result.pages == []
    assert any("apt-get install libheif-examples" in warning for warning in result.warnings)
    thumbnails = Thumbnails(tmp_path / "thumbnails")
    assert thumbnails.get(photo, "image/heic") is None
    with pytest.raises(MissingProgram):
        thumbnails.picture(photo, "image/heic")
    monkeypatch.undo()  # installed later: it is made then, not remembered as impossible
    assert thumbnails.get(photo, "image/heic") is not None


@needs_ffmpeg
def test_a_video_has_its_tags_and_a_poster_frame(tmp_path, index_base):
    root = tmp_path / "films"
    root.mkdir()
    write_video(root / "keeper.mp4", "Interview with the lighthouse keeper", "Margit Eriksen", "Oral history, tape 2")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        record = collection.record("keeper.mp4")
        assert (record.title, record.creators, record.type) == (
            "Interview with the lighthouse keeper",
            ["Margit Eriksen"],
            "MovingImage",
        )
        assert record.exif["duration_seconds"] == pytest.approx(3, abs=0.2)
        assert "lavf" not in " ".join(collection.text("keeper.mp4")).lower()  # how it was made is no word of it
        poster = collection.thumbnails.picture(root / "keeper.mp4", "video/mp4")
        assert Image.open(poster).size == (320, 240)
        assert collection.thumbnails.get(root / "keeper.mp4", "video/mp4") is not None


@needs_ffmpeg
def test_quicktime_matroska_and_avi_films_are_read_by_ffprobe(tmp_path, monkeypatch):
    for name, mime in (
        ("pier.mov", "video/quicktime"),
        ("pier.mkv", "video/x-matroska"),
        ("pier.avi", "video/x-msvideo"),
    ):
        film = write_video(tmp_path / name, "The pier in winter", "Jonas Lindqvist", "Ice on the slipway")
        result = extract(film)
        assert (result.fields["format"], result.fields["title"], result.fields["type"]) == (
            mime,
            "The pier in winter",
            "MovingImage",
        ), name
        assert (result.fields["width"], result.fields["height"]) == (320, 240) and "slipway" in result.pages[0].lower()
    monkeypatch.setattr("archive.extract.media.shutil.which", lambda program: None)
    assert any("apt-get install ffmpeg" in warning for warning in extract(film).warnings)


@needs_ffmpeg
@needs_heif
def test_the_viewer_shows_a_recording_a_film_and_a_heic_photograph(qtbot, tmp_path, index_base, monkeypatch):
    from test_viewer import select, window_on

    root = tmp_path / "media"
    root.mkdir()
    write_video(root / "keeper.mp4", "Interview with the lighthouse keeper", "Margit Eriksen", "Oral history, tape 2")
    write_mp3(
        root / "tape-3.mp3", "The winter of 1947", "Henrik Aalto", "1991", "The ice in the harbour", "Harbour voices"
    )
    write_heic(root / "IMG_0042.heic", ["HARBOUR AT DAWN"], "The harbour at dawn", "Elsa Brandt")
    main = window_on(qtbot, tmp_path, index_base, root)
    played = []
    monkeypatch.setattr("viewer.preview.media.open_in_desktop", lambda path, what="": played.append(path))
    select(main, "tape-3.mp3")
    media = main.preview.media
    assert main.preview.kind == "media" and media.heading.text() == "The winter of 1947"
    facts = {
        media.facts.itemAt(row, media.facts.ItemRole.LabelRole).widget().text(): media.facts.itemAt(
            row, media.facts.ItemRole.FieldRole
        )
        .widget()
        .text()
        for row in range(media.facts.rowCount())
    }
    assert facts["Creators:"] == "Henrik Aalto" and facts["Collection:"] == "Harbour voices"
    assert facts["Running time:"] == "0:01" and not media.poster.isVisible()
    media.play_button.click()
    assert played == [root / "tape-3.mp3"]
    select(main, "keeper.mp4")
    qtbot.waitUntil(lambda: media.poster.pixmap() is not None and not media.poster.pixmap().isNull(), timeout=20000)
    assert media.heading.text() == "Interview with the lighthouse keeper"
    select(main, "IMG_0042.heic")
    assert main.preview.kind == "image"
    qtbot.waitUntil(lambda: "px" in main.preview.image.status.text(), timeout=20000)
    assert main.preview.image.item.pixmap().width() == main.collection.record("IMG_0042.heic").width
