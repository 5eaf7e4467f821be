"""PDF pages for a viewer: their sizes, pictures of them at any scale, and where words stand on
them, through PDFium (pypdfium2) — the core renders, the viewer shows.

PDFium is not thread-safe, not even across documents: every call in this process goes through
LOCK (thumbnails too), so a viewer may work from any thread, one call at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import ArchiveError

LOCK = threading.RLock()
_REASONS = {
    pdfium_c.FPDF_ERR_PASSWORD: "it is protected by a password",
    pdfium_c.FPDF_ERR_SECURITY: "it uses an unsupported kind of encryption",
    pdfium_c.FPDF_ERR_FORMAT: "it is damaged or not really a PDF",
    pdfium_c.FPDF_ERR_FILE: "the file could not be read",
}


class PdfUnreadable(ArchiveError):
    """The document cannot be opened; the message says why, for a person."""


@dataclass(frozen=True)
class Box:
    """A rectangle on a page, in points from the page's top left corner, as the page is shown."""

    left: float
    top: float
    right: float
    bottom: float


class PdfPages:
    """One open document. Close it when done (or use ``with``)."""

    def __init__(self, path: Path) -> None:
        with LOCK:
            try:
                self._document = pdfium.PdfDocument(str(path))
            except pdfium.PdfiumError as error:
                raise PdfUnreadable(
                    _REASONS.get(getattr(error, "err_code", None), "PDFium could not read it")
                ) from None
            except OSError as error:
                raise PdfUnreadable(f"the file could not be read ({error.strerror or error})") from None
            #: Each page's (width, height) in points, as shown (rotation applied).
            self.sizes: list[tuple[float, float]] = []
            # By index, without loading each page (a 1,370-page PDF: 27 ms instead of 357).
            self.sizes = [self._document.get_page_size(number) for number in range(len(self._document))]

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        with LOCK:
            self._document.close()

    def render(self, number: int, scale: float):
        """Page ``number`` (0-based) as a Pillow RGB image, ``scale`` pixels per point."""
        with LOCK:
            return self._document[number].render(scale=scale).to_pil().convert("RGB")

    def find(self, number: int, words: list[str]) -> list[tuple[str, list[Box]]]:
        """Where each of ``words`` (words or phrases, as written in the text) stands on page
        ``number``: (the word, its boxes — a phrase may break across lines) for each time it
        occurs, in reading order."""
        found: list[tuple[int, str, list[Box]]] = []
        with LOCK:
            page = self._document[number]
            text = page.get_textpage()
            rotation = page.get_rotation() % 360
            width, height = page.get_size()
            if rotation % 180:
                width, height = height, width  # get_size gives the page as shown; text boxes are unturned
            for word in dict.fromkeys(words):
                searcher = text.search(word, match_case=False, match_whole_word=True)
                while (occurrence := searcher.get_next()) is not None:
                    start, count = occurrence
                    boxes = [
                        _shown(text.get_rect(i), width, height, rotation) for i in range(text.count_rects(start, count))
                    ]
                    found.append((start, word, boxes))
        return [(word, boxes) for _, word, boxes in sorted(found, key=lambda item: item[0])]


def _shown(rect: tuple[float, float, float, float], width: float, height: float, rotation: int) -> Box:
    """A text box in PDF space (origin bottom left, unturned page ``width`` × ``height``) as it
    stands on the page shown turned by ``rotation`` degrees clockwise."""
    left, bottom, right, top = rect
    x0, y0, x1, y1 = left, height - top, right, height - bottom  # origin top left, unturned
    if rotation == 90:
        return Box(height - y1, x0, height - y0, x1)
    if rotation == 180:
        return Box(width - x1, height - y1, width - x0, height - y0)
    if rotation == 270:
        return Box(y0, width - x1, y1, width - x0)
    return Box(x0, y0, x1, y1)
