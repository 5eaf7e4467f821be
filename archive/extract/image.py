"""Images: size, EXIF (date, artist, camera, GPS), IPTC and XMP, read without decoding pixels."""

from __future__ import annotations

import math
import tempfile
import warnings
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, IptcImagePlugin, UnidentifiedImageError

from ..model import DESCRIPTIONS, UPRIGHT_TURNS
from .base import Extraction, ExtractionError, ExtractOptions, one_line
from .dates import date_part, parse_exif_date, parse_loose_date
from .decode import decode_labelled
from .ocr import AUTO, ocr_available, recognise
from .xmp import read_xmp

#: Larger images are refused as decompression bombs (Pillow raises past twice this).
Image.MAX_IMAGE_PIXELS = 200_000_000

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_TAGS = ExifTags.TAGS
#: EXIF tags worth showing to a person, by name.
_EXIF_KEEP = (
    "Make",
    "Model",
    "LensModel",
    "DateTimeOriginal",
    "DateTime",
    "OffsetTimeOriginal",
    "ExposureTime",
    "FNumber",
    "ISOSpeedRatings",
    "FocalLength",
    "Orientation",
    "Software",
    "Artist",
    "Copyright",
    "ImageDescription",
)
#: The tags whose text is taken for the record's description, the first found (the EXIF ones; a
#: PNG's Description or Comment chunk comes after them, IPTC and XMP before).
_DESCRIPTION_TAGS = (*DESCRIPTIONS[:6], "GIF comment")
_XP_TAGS = {0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords", 0x9C9F: "XPSubject"}
#: Pages of a multi-page scan read by OCR.
MAX_OCR_PAGES = 500


def extract_image(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Metadata of an image, and its words when OCR is on (``options.ocr_languages``)."""
    result = Extraction()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                _read(image, result)
                frames = getattr(image, "n_frames", 1)
                if frames > 1:  # a multi-page TIFF scan: a page each
                    result.add("pages", frames, "image")
                if options and options.ocr_languages and ocr_available():
                    _recognise_pages(image, min(frames, MAX_OCR_PAGES), options, result)
                    if frames > MAX_OCR_PAGES:
                        result.warn(f"only the first {MAX_OCR_PAGES} of its {frames} pages were read by OCR")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ExtractionError(f"image too large to read safely: {one_line(error)}") from error
    except UnidentifiedImageError as error:
        raise ExtractionError("not a readable image (unknown or damaged format)") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ExtractionError(f"damaged image: {one_line(error)}") from error
    result.add("type", "StillImage", "format")
    return result


def extract_heic(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A HEIC/HEIF photograph, read as the JPEG that heif-convert (optional) makes of it in a
    temporary folder: its size, EXIF and words; without heif-convert, catalogued and the record
    says what to install."""
    from ..pictures import HEIC, MissingProgram, PictureError, make_picture

    with tempfile.TemporaryDirectory(prefix="archive-heic-") as folder:
        copy = Path(folder, "picture.jpg")
        try:
            make_picture(path, HEIC, copy)
        except MissingProgram as missing:
            result = Extraction()
            result.warn(f"a HEIC picture is read through heif-convert: {missing}")
        except PictureError as error:
            raise ExtractionError(str(error)) from error
        else:
            result = extract_image(copy, options)
    result.fields["format"], result.sources["format"] = HEIC, "content"
    result.add("type", "StillImage", "format")
    return result


def _recognise_pages(image: Image.Image, frames: int, options: ExtractOptions, result: Extraction) -> None:
    """Each page's words; a page scanned sideways or upside down is read turned upright, and the
    turn is kept (UPRIGHT_TURNS in the technical part: degrees clockwise, a page each) so that a
    viewer shows it upright too."""
    readings = []
    for frame in range(frames):
        try:
            image.seek(frame)
            image.load()
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            if frame == 0:
                raise
            # An animation's later frame builds on the one before: none after a damaged one is read.
            result.leave_out(
                f"page {frame + 1} of {frames} is damaged ({one_line(error)}); it and those after it were not read"
            )
            break
        readings.append(recognise(image, options.ocr_languages or AUTO, options.languages))
        result.pages.append(readings[-1].text)
    result.add_ocr(readings)
    turns = [reading.turn for reading in readings]
    if any(turns):
        result.fields.setdefault("exif", {})[UPRIGHT_TURNS] = turns
        result.sources.setdefault("exif", "image")


def _read(image: Image.Image, result: Extraction) -> None:
    result.add("width", image.width, "image")
    result.add("height", image.height, "image")
    if image.format:
        result.add("format", Image.MIME.get(image.format), "image")
    read_xmp(_xmp_packet(image), result)
    _read_iptc(image, result)
    exif = image.getexif()
    tags = {_TAGS.get(tag, str(tag)): value for tag, value in exif.items()}
    tags.update({_TAGS.get(tag, str(tag)): value for tag, value in exif.get_ifd(_EXIF_IFD).items()})
    tags.update({name: _xp_text(exif[tag]) for tag, name in _XP_TAGS.items() if tag in exif})
    if "UserComment" in tags:
        tags["UserComment"] = _user_comment(tags["UserComment"])
    chunks = _text_chunks(image, tags)
    shown = {name: _json_safe(tags[name]) for name in (*_EXIF_KEEP, *DESCRIPTIONS) if name in tags}
    taken_from = {"iptc": "IPTC caption", "xmp": "XMP description"}.get(result.sources.get("description", ""))
    if taken_from:  # the description already taken, kept beside the others
        shown[taken_from] = result.fields["description"]
    gps = _gps(exif.get_ifd(_GPS_IFD))
    if gps:
        shown.update(gps)
    result.add("exif", {k: v for k, v in shown.items() if v not in (None, "")}, "exif")
    created = parse_exif_date(
        tags.get("DateTimeOriginal") or tags.get("DateTimeDigitized") or tags.get("DateTime"),
        tags.get("OffsetTimeOriginal"),
    )
    result.add("created", created, "exif")
    result.add("date", date_part(created), "exif")
    result.add_creators(_text(tags.get("Artist")) or _text(tags.get("XPAuthor")), "exif")
    for name in _DESCRIPTION_TAGS:
        result.add("description", _text(tags.get(name)), "exif")
    result.add("rights", _text(tags.get("Copyright")), "exif")
    result.add("creator_tool", _text(tags.get("Software")), "exif")
    result.add("title", chunks.get("Title") or _text(tags.get("DocumentName")), "image")
    result.add_creators(chunks.get("Author"), "image")
    result.add("description", chunks.get("Description") or chunks.get("Comment"), "image")
    result.add("rights", chunks.get("Copyright"), "image")


def _text_chunks(image: Image.Image, tags: dict[str, Any]) -> dict[str, str]:
    """What a PNG's text chunks (tEXt, zTXt, iTXt: Title, Author, Description…) and a GIF's
    comment say, put beside the EXIF descriptions ('PNG text', 'GIF comment'); the PNG's by key."""
    comment = image.info.get("comment") if image.format == "GIF" else None
    if comment:
        tags["GIF comment"] = _text(comment)
    if image.format != "PNG":
        return {}
    chunks = {
        str(key): text
        for key, value in getattr(image, "text", {}).items()
        if not str(key).startswith("XML:") and (text := _text(value))
    }
    if chunks:
        tags["PNG text"] = "\n".join(f"{key}: {value}" for key, value in chunks.items())
    return chunks


def _xp_text(value: Any) -> str | None:
    """Windows' XP tags: UTF-16LE bytes (or a tuple of byte values), ending in a NUL."""
    if isinstance(value, tuple):
        value = bytes(value)
    if isinstance(value, bytes):
        return value.decode("utf-16-le", errors="replace").rstrip("\x00").strip() or None
    return _text(value)


def _user_comment(value: Any) -> str | None:
    """EXIF UserComment: eight bytes naming its character code, then the text."""
    if not isinstance(value, bytes):
        return _text(value)
    code, text = value[:8], value[8:]
    encoding = "utf-16" if code.startswith(b"UNICODE") else "shift_jis" if code.startswith(b"JIS") else "latin-1"
    return text.decode(encoding, errors="replace").rstrip("\x00 ").strip() or None


def _xmp_packet(image: Image.Image) -> bytes | str | None:
    info = image.info
    packet = info.get("xmp") or info.get("XML:com.adobe.xmp")
    if packet is None and hasattr(image, "tag_v2"):
        packet = image.tag_v2.get(700)
    return packet if isinstance(packet, (bytes, str)) else None


def _read_iptc(image: Image.Image, result: Extraction) -> None:
    try:
        iptc = IptcImagePlugin.getiptcinfo(image) or {}  # type: ignore[arg-type]  # any image: it reads its info
    except Exception:  # Pillow's IPTC reader raises assorted errors on damaged blocks
        result.warnings.append("unreadable IPTC metadata")
        return

    def values(record: int, dataset: int) -> list[str]:
        raw = iptc.get((record, dataset))
        items = raw if isinstance(raw, list) else [raw] if raw else []
        return [item.decode("utf-8", errors="replace") for item in items]

    def first(record: int, dataset: int) -> str | None:
        return next(iter(values(record, dataset)), None)

    result.add("title", first(2, 5), "iptc")
    result.add_creators(values(2, 80), "iptc")
    result.add("subjects", values(2, 25), "iptc")
    result.add("description", first(2, 120), "iptc")
    result.add("rights", first(2, 116), "iptc")
    date_created = (values(2, 55) or [""])[0]  # IPTC writes CCYYMMDD
    if len(date_created) >= 8 and date_created[:8].isdigit():
        iso = f"{date_created[:4]}-{date_created[4:6]}-{date_created[6:8]}"
        result.add("date", parse_loose_date(iso), "iptc")


def _gps(gps: dict[int, Any]) -> dict[str, float]:
    """GPS IFD → decimal degrees ('GPSLatitude': 48.8583, 'GPSLongitude': 2.2945)."""
    found: dict[str, float] = {}
    for name, value_tag, ref_tag, negative in (("GPSLatitude", 2, 1, "S"), ("GPSLongitude", 4, 3, "W")):
        value, ref = gps.get(value_tag) or (), gps.get(ref_tag)
        try:
            degrees, minutes, seconds = (float(part) for part in value)
        except (TypeError, ValueError, ZeroDivisionError):
            continue
        if any(math.isnan(part) for part in (degrees, minutes, seconds)):
            continue
        decimal = degrees + minutes / 60 + seconds / 3600
        if isinstance(ref, bytes):
            ref = ref.decode(errors="replace")
        found[name] = round(-decimal if (ref or "").strip().upper() == negative else decimal, 6)
    return found


def _text(value: Any) -> str | None:
    """An EXIF text. Its ASCII tags often hold UTF-8 (or a Windows code page), which Pillow reads
    byte for byte as Latin-1 ('Ð\x9bÐµÐ¹Ð»Ð°' for 'Лейла'): such text is read again from its
    bytes, by what they are."""
    if isinstance(value, str):
        try:
            value = value.encode("latin-1")
        except UnicodeEncodeError:  # read as text already
            pass
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            value = decode_labelled(value, "latin-1").text
    return value.strip("\x00 ").strip() if isinstance(value, str) else None


def _json_safe(value: Any) -> Any:
    if isinstance(value, bytes):
        return _text(value)
    if isinstance(value, (int, str, bool)) or value is None:
        return _text(value) if isinstance(value, str) else value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return number if number != int(number) else int(number)
