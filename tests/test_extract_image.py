"""Images written by the tests, with EXIF, GPS, IPTC and XMP metadata."""

import pytest
from PIL import Image, IptcImagePlugin

from archive.extract import ExtractionError, extract
from resources.sample_builders import draw_picture, write_photo, xmp_packet


def test_jpeg_exif(tmp_path):
    path = write_photo(
        tmp_path / "IMG_2034_harbour.jpg",
        taken="2019:05:03 05:42:10",
        offset="+01:00",
        artist="Jonas Lindqvist",
        description="Boats at dawn",
        make="Nikon",
        model="D750",
        gps=(57.70887, -11.97456),
        copyright="CC BY 4.0",
    )
    result = extract(path)
    fields = result.fields
    assert (fields["width"], fields["height"]) == (640, 427)
    assert fields["type"] == "StillImage"
    assert fields["format"] == "image/jpeg"
    assert fields["created"] == "2019-05-03T05:42:10+01:00"
    assert fields["date"] == "2019-05-03"
    assert fields["creators"] == ["Jonas Lindqvist"]
    assert fields["description"] == "Boats at dawn"
    assert fields["rights"] == "CC BY 4.0"
    assert fields["exif"]["Make"] == "Nikon" and fields["exif"]["Model"] == "D750"
    assert fields["exif"]["GPSLatitude"] == pytest.approx(57.70887, abs=1e-4)
    assert fields["exif"]["GPSLongitude"] == pytest.approx(-11.97456, abs=1e-4)
    assert fields["title"] == "IMG 2034 harbour"
    assert result.text == ""


@pytest.mark.parametrize(
    "suffix, mime",
    [
        (".png", "image/png"),
        (".tif", "image/tiff"),
        (".gif", "image/gif"),
        (".webp", "image/webp"),
        (".bmp", "image/bmp"),
    ],
)
def test_other_formats(tmp_path, suffix, mime):
    path = tmp_path / f"picture{suffix}"
    draw_picture((200, 100)).save(path)
    fields = extract(path).fields
    assert (fields["width"], fields["height"], fields["format"], fields["type"]) == (200, 100, mime, "StillImage")


def test_xmp_in_a_jpeg(tmp_path):
    path = tmp_path / "x.jpg"
    draw_picture((120, 80)).save(
        path, xmp=xmp_packet(title="Quay at night", creators=["R. Roe"], subjects=["night", "quay"]).encode()
    )
    fields = extract(path).fields
    assert fields["title"] == "Quay at night"
    assert fields["creators"] == ["R. Roe"]
    assert fields["subjects"] == ["night", "quay"]


def test_iptc_in_a_jpeg(tmp_path):
    # An IPTC-IIM block inside a Photoshop APP13 segment, as cameras' software writes it.
    def dataset(number: int, value: str) -> bytes:
        data = value.encode()
        return bytes([0x1C, 2, number]) + len(data).to_bytes(2, "big") + data

    iim = (
        dataset(5, "Net lofts")
        + dataset(80, "Anna Berg")
        + dataset(25, "nets")
        + dataset(25, "lofts")
        + dataset(55, "19610715")
    )
    resource = (
        b"8BIM"
        + (0x0404).to_bytes(2, "big")
        + b"\x00\x00"
        + len(iim).to_bytes(4, "big")
        + iim
        + (b"\x00" if len(iim) % 2 else b"")
    )
    segment = b"Photoshop 3.0\x00" + resource
    path = tmp_path / "iptc.jpg"
    draw_picture((120, 80)).save(path)
    data = path.read_bytes()
    path.write_bytes(data[:2] + b"\xff\xed" + (len(segment) + 2).to_bytes(2, "big") + segment + data[2:])
    assert IptcImagePlugin.getiptcinfo(Image.open(path))  # the block is really there
    fields = extract(path).fields
    assert fields["title"] == "Net lofts"
    assert fields["creators"] == ["Anna Berg"]
    assert fields["subjects"] == ["nets", "lofts"]
    assert fields["date"] == "1961-07-15"


def test_damaged_image_is_a_one_line_error(tmp_path):
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert "\n" not in str(caught.value)


def test_decompression_bomb_is_refused_without_decoding(tmp_path):
    path = tmp_path / "bomb.png"
    Image.new("1", (30000, 30000)).save(path)  # 900 Mpx, a few hundred kB on disk
    with pytest.raises(ExtractionError) as caught:
        extract(path)
    assert "too large" in str(caught.value)
