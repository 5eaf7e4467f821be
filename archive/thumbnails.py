"""Thumbnails of images and of PDFs' first pages, for a viewer's grid and rows.

They are kept in the index folder (never in the collection), named by the file's path and
stamped with its size and modification time, so a changed file gets a new thumbnail and the
old one is removed. A file that cannot be made into one (damaged, encrypted, not an image) leaves
an empty marker, so it is not tried again until it changes. Safe to use from several threads:
each call works on its own files, and a thumbnail appears under its name only once complete.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

from .outputs import written_whole

#: The longest edge of a thumbnail, in pixels (a grid cell shows it at up to this size).
EDGE = 256
#: Formats a thumbnail is made for: images Pillow reads, and PDFs (their first page).
IMAGE_FORMATS = frozenset({"image/jpeg", "image/png", "image/tiff", "image/gif", "image/webp", "image/bmp"})
PDF_FORMAT = "application/pdf"
#: Larger images are refused rather than decoded whole (a 30,000 × 30,000 map would take GBs).
MAX_PIXELS = 200_000_000


def has_thumbnail(mime: str | None) -> bool:
    """Whether items of this format get a thumbnail."""
    return mime in IMAGE_FORMATS or mime == PDF_FORMAT


class Thumbnails:
    """The thumbnail cache of one collection, in ``folder`` (inside its index folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, source: Path, mime: str | None) -> Path | None:
        """The thumbnail of ``source`` (a JPEG file), made now if it is missing or stale; None
        when the file is gone or cannot be shown as a picture."""
        try:
            stat = source.stat()
        except OSError:
            return None
        if not has_thumbnail(mime):
            return None
        key = hashlib.sha1(os.fsencode(source)).hexdigest()
        target = self.folder / key[:2] / f"{key}-{stat.st_size}-{stat.st_mtime_ns}.jpg"
        if target.exists():
            return target if target.stat().st_size else None
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f"{key}-*"):  # of an earlier version of the file
            stale.unlink(missing_ok=True)
        picture = _render(source, mime)
        with written_whole(target, binary=True) as out:
            if picture is not None:
                picture.save(out, "JPEG", quality=85)
        return target if picture is not None else None


def _render(source: Path, mime: str | None):
    """The picture, at most EDGE pixels along its longest edge (a Pillow RGB image), or None."""
    try:
        picture = _pdf_page(source) if mime == PDF_FORMAT else _image(source)
    except Exception:  # a damaged or unsupported file of any kind: no thumbnail, the badge shows
        return None
    if picture is None:
        return None
    picture.thumbnail((EDGE, EDGE))
    if picture.mode != "RGB":  # transparency on white, as on a page
        from PIL import Image

        background = Image.new("RGB", picture.size, "white")
        rgba = picture.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        picture = background
    return picture


def _image(source: Path):
    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(source) as image:
            if image.width * image.height > MAX_PIXELS:
                return None
            image.draft("RGB", (EDGE, EDGE))  # JPEG: decode at 1/2 … 1/8 scale, far faster
            image.thumbnail((EDGE, EDGE))  # keeps the EXIF orientation, applied next
            return ImageOps.exif_transpose(image)


def _pdf_page(source: Path):
    from .pdf_pages import PdfPages

    with PdfPages(source) as pages:
        if not pages.sizes:
            return None
        return pages.render(0, EDGE / max(*pages.sizes[0], 1.0))
