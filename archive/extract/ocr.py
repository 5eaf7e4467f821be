"""Optical character recognition with Tesseract, for photographs, scans and image-only PDF pages.

Tesseract is a separate program (Debian: tesseract-ocr and tesseract-ocr-LANG packs), called
through pytesseract. Without it OCR is simply off; nothing else changes.
"""

from __future__ import annotations

import shutil
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is loaded only when something is recognised
    from PIL import Image

#: Resolution PDF pages are rendered at for OCR, and the largest side Tesseract is given.
RENDER_DPI = 300
MAX_SIDE = 6000
#: A page with fewer letters than this has no text layer worth the name (a scan); a page with a
#: few words (a title page, a plate caption) has one, and is not read again.
MIN_TEXT_LETTERS = 5


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    return shutil.which("tesseract") is not None


def tesseract_version() -> str | None:
    """Tesseract's version ('5.3.0'), or None when it is not installed."""
    if not ocr_available():
        return None
    import pytesseract

    try:
        return str(pytesseract.get_tesseract_version())
    except (pytesseract.TesseractError, OSError):
        return None


@lru_cache(maxsize=None)
def installed_languages() -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except pytesseract.TesseractError:
        return frozenset()


def usable_languages(requested: str) -> str:
    """'eng+rus+aze' less the packs that are not installed (English if none is)."""
    found = [code for code in requested.split("+") if code in installed_languages()]
    return "+".join(found) or "eng"


def needs_ocr(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) < MIN_TEXT_LETTERS


def recognise(image: Image.Image, languages: str) -> tuple[str, float, int]:
    """(text, mean word confidence 0–100, degrees clockwise it was turned to be read) of an
    image. A page read with little confidence is asked which way up it is (Tesseract's
    orientation detection) and, when it was scanned sideways or upside down, read again turned
    upright: the better reading is kept."""
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image)
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    text, confidence = _read(image, languages)
    if confidence < UNSURE_CONFIDENCE:
        turn = _turn_upright(image)
        if turn:
            turned_text, turned_confidence = _read(image.rotate(-turn, expand=True), languages)
            if turned_confidence > confidence:
                return turned_text, turned_confidence, turn
    return text, confidence, 0


#: A reading less sure than this (mean word confidence) makes the page's orientation be checked.
UNSURE_CONFIDENCE = 60.0


def _turn_upright(image: Image.Image) -> int:
    """Degrees clockwise that turn the page upright (Tesseract's "Rotate"); 0 when
    it is upright or Tesseract cannot tell (too little text)."""
    import pytesseract

    try:
        found = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0
    return int(found.get("rotate", 0)) % 360 if float(found.get("orientation_conf", 0)) >= 1.0 else 0


def _read(image: Image.Image, languages: str) -> tuple[str, float]:
    import pytesseract

    data = pytesseract.image_to_data(image, lang=usable_languages(languages), output_type=pytesseract.Output.DICT)
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences = []
    for word, confidence, block, paragraph, line in zip(
        data["text"], data["conf"], data["block_num"], data["par_num"], data["line_num"]
    ):
        if word.strip() and float(confidence) >= 0:
            lines.setdefault((block, paragraph, line), []).append(word)
            confidences.append(float(confidence))
    text = "\n".join(" ".join(words) for _, words in sorted(lines.items()))
    return text, (sum(confidences) / len(confidences) if confidences else 0.0)
