"""Images: size, EXIF (date, artist, camera, GPS), IPTC and XMP, read without decoding pixels."""

from __future__ import annotations

import warnings
import math
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image, IptcImagePlugin, UnidentifiedImageError

from .base import Extraction, ExtractionError, ExtractOptions, one_line
from .dates import date_part, parse_exif_date, parse_loose_date
from .ocr import ocr_available, recognise
from .xmp import read_xmp

#: Larger images are refused as decompression bombs (Pillow raises past twice this).
Image.MAX_IMAGE_PIXELS = 200_000_000

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_TAGS = ExifTags.TAGS
#: EXIF tags worth showing to a person, by name.
_EXIF_KEEP = (
    "Make", "Model", "LensModel", "DateTimeOriginal", "DateTime", "OffsetTimeOriginal",
    "ExposureTime", "FNumber", "ISOSpeedRatings", "FocalLength", "Orientation", "Software",
    "Artist", "Copyright", "ImageDescription",
)


def extract_image(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Metadata of an image, and its words when OCR is on (``options.ocr_languages``)."""
    result = Extraction()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                _read(image, result)
                if options and options.ocr_languages and ocr_available():
                    text, confidence = recognise(image, options.ocr_languages)
                    result.pages = [text]
                    result.add_ocr([confidence])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ExtractionError(f"image too large to read safely: {one_line(error)}") from error
    except UnidentifiedImageError as error:
        raise ExtractionError("not a readable image (unknown or damaged format)") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ExtractionError(f"damaged image: {one_line(error)}") from error
    result.add("type", "StillImage", "format")
    return result


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
    shown = {name: _json_safe(tags[name]) for name in _EXIF_KEEP if name in tags}
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
    result.add_creators(_text(tags.get("Artist")), "exif")
    result.add("description", _text(tags.get("ImageDescription")), "exif")
    result.add("rights", _text(tags.get("Copyright")), "exif")
    result.add("creator_tool", _text(tags.get("Software")), "exif")


def _xmp_packet(image: Image.Image) -> bytes | None:
    info = image.info
    packet = info.get("xmp") or info.get("XML:com.adobe.xmp")
    if packet is None and hasattr(image, "tag_v2"):
        packet = image.tag_v2.get(700)
    return packet if isinstance(packet, (bytes, str)) else None


def _read_iptc(image: Image.Image, result: Extraction) -> None:
    try:
        iptc = IptcImagePlugin.getiptcinfo(image) or {}
    except Exception:  # Pillow's IPTC reader raises assorted errors on damaged blocks
        result.warnings.append("unreadable IPTC metadata")
        return

    def values(record: int, dataset: int) -> list[str]:
        raw = iptc.get((record, dataset))
        items = raw if isinstance(raw, list) else [raw] if raw else []
        return [item.decode("utf-8", errors="replace") for item in items]

    result.add("title", (values(2, 5) or [None])[0], "iptc")
    result.add_creators(values(2, 80), "iptc")
    result.add("subjects", values(2, 25), "iptc")
    result.add("description", (values(2, 120) or [None])[0], "iptc")
    result.add("rights", (values(2, 116) or [None])[0], "iptc")
    date_created = (values(2, 55) or [""])[0]  # IPTC writes CCYYMMDD
    if len(date_created) >= 8 and date_created[:8].isdigit():
        iso = f"{date_created[:4]}-{date_created[4:6]}-{date_created[6:8]}"
        result.add("date", parse_loose_date(iso), "iptc")


def _gps(gps: dict) -> dict[str, float]:
    """GPS IFD → decimal degrees ('GPSLatitude': 48.8583, 'GPSLongitude': 2.2945)."""
    found: dict[str, float] = {}
    for name, value_tag, ref_tag, negative in (("GPSLatitude", 2, 1, "S"), ("GPSLongitude", 4, 3, "W")):
        value, ref = gps.get(value_tag), gps.get(ref_tag)
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
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
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
