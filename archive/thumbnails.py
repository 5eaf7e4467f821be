"""Thumbnails of images and of PDFs' first pages, for a viewer's grid and rows; of HEIC photographs
and videos' poster frames too when their outside programs are installed (archive/pictures.py),
and for these a full-size picture for the preview.

They are kept in the index folder (never in the collection), named by the file's path and
stamped with its size and modification time, so a changed file gets a new thumbnail and the
old one is removed. A file that cannot be made into one (damaged, encrypted, not an image) leaves
an empty marker, so it is not tried again until it changes. Safe to use from several threads:
each call works on its own files, and a thumbnail appears under its name only once complete.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from pathlib import Path
from typing import Callable

from .outputs import written_whole
from .pictures import MissingProgram, PictureError, make_picture, needs_program

#: The longest edge of a thumbnail, in pixels (a grid cell shows it at up to this size).
EDGE = 256
#: Formats a thumbnail is made for: images Pillow reads, and PDFs (their first page).
IMAGE_FORMATS = frozenset({"image/jpeg", "image/png", "image/tiff", "image/gif", "image/webp", "image/bmp"})
PDF_FORMAT = "application/pdf"
#: Larger images are refused rather than decoded whole (a 30,000 × 30,000 map would take GBs).
MAX_PIXELS = 200_000_000


def is_picture(mime: str | None) -> bool:
    """Whether items of this format are pictures (images, HEIC photographs, videos' poster frames)."""
    return mime in IMAGE_FORMATS or needs_program(mime) is not None


def has_thumbnail(mime: str | None) -> bool:
    """Whether items of this format get a thumbnail."""
    return is_picture(mime) or mime == PDF_FORMAT


class Thumbnails:
    """The thumbnail cache of one collection, in ``folder`` (inside its index folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, source: Path, mime: str | None) -> Path | None:
        """The thumbnail of ``source`` (a JPEG file), made now if it is missing or stale; None
        when the file is gone or cannot be shown as a picture."""
        if not has_thumbnail(mime):
            return None
        try:
            return self._cached(self.folder, source, lambda: _render(source, mime), quality=85)
        except MissingProgram:
            return None

    def picture(self, source: Path, mime: str | None) -> Path:
        """A file a viewer can show for ``source``: itself, or for a HEIC photograph or a video
        a JPEG made by an outside program (kept beside the thumbnails). Raises PictureError
        (MissingProgram when that program is not installed)."""
        if needs_program(mime) is None:
            return source
        made = self._cached(self.folder / "pictures", source, lambda: _render(source, mime, None), quality=92)
        if made is None:
            raise PictureError(f"{needs_program(mime)} could not read it")
        return made

    @staticmethod
    def _cached(folder: Path, source: Path, render: Callable, quality: int) -> Path | None:
        """The JPEG ``render()`` makes of ``source``, kept in ``folder`` under its name, size
        and time; a file that gave none is marked so (empty) until it changes, unless what
        would make it is not installed (MissingProgram: tried again, once it is)."""
        try:
            stat = source.stat()
        except OSError:
            return None
        key = hashlib.sha1(os.fsencode(source)).hexdigest()
        target = folder / key[:2] / f"{key}-{stat.st_size}-{stat.st_mtime_ns}.jpg"
        if target.exists():
            return target if target.stat().st_size else None
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob(f"{key}-*"):  # of an earlier version of the file
            stale.unlink(missing_ok=True)
        picture = render()
        with written_whole(target, binary=True) as out:
            if picture is not None:
                picture.save(out, "JPEG", quality=quality)
        return target if picture is not None else None


def _render(source: Path, mime: str | None, edge: int | None = EDGE):
    """The picture, at most ``edge`` pixels along its longest edge (None: whole; a Pillow RGB
    image), or None."""
    try:
        picture = (
            _pdf_page(source)
            if mime == PDF_FORMAT
            else _converted(source, mime, edge)
            if needs_program(mime)
            else _image(source, edge)
        )
    except MissingProgram:
        raise
    except Exception:  # a damaged or unsupported file of any kind: no thumbnail, the badge shows
        return None
    if picture is None:
        return None
    if edge:
        picture.thumbnail((edge, edge))
    if picture.mode != "RGB":  # transparency on white, as on a page
        from PIL import Image

        background = Image.new("RGB", picture.size, "white")
        rgba = picture.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        picture = background
    return picture


def _image(source: Path, edge: int | None):
    """The picture in ``source``, upright, at most ``edge`` pixels along its longest side (None: whole)."""
    from PIL import Image, ImageOps

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(source) as image:
            if image.width * image.height > MAX_PIXELS:
                return None
            if edge:
                image.draft("RGB", (edge, edge))  # JPEG: decode at 1/2 … 1/8 scale, far faster
                image.thumbnail((edge, edge))  # keeps the EXIF orientation, applied next
            return ImageOps.exif_transpose(image)


def _converted(source: Path, mime: str | None, edge: int | None):
    """The picture an outside program makes of ``source`` (a HEIC photograph, a video's poster
    frame), as _image gives it; None when it cannot read the file. Raises MissingProgram."""
    with tempfile.TemporaryDirectory(prefix="archive-picture-") as folder:
        copy = Path(folder, "picture.jpg")
        try:
            make_picture(source, mime, copy)
        except MissingProgram:
            raise
        except PictureError:
            return None
        return _image(copy, edge)


def _pdf_page(source: Path):
    from .pdf_pages import PdfPages

    with PdfPages(source) as pages:
        if not pages.sizes:
            return None
        return pages.render(0, EDGE / max(*pages.sizes[0], 1.0))
