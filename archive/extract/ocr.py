"""Optical character recognition with Tesseract, for photographs, scans and image-only PDF pages.

Tesseract is a separate program (Debian: tesseract-ocr and tesseract-ocr-LANG packs), called
through pytesseract. Without it OCR is simply off; nothing else changes.

Unless a person names the languages, each page is read in its own script: Tesseract's script
detection (OSD) names it, the page is read with the installed models of that script (the
collection's languages first), and when the words read turn out to be of a language with a model
of its own not used, the page is read again with it. A script with no model installed is read as
well as the installed ones can, and the model to install is named.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
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
#: The OCR languages unless a person names them: each page read in its own script.
AUTO = "auto"
#: Models a page is read with at once, at the most: each one more slows Tesseract down.
MODELS_A_PAGE = 3
#: How sure OSD must be of a page's script (its "Script confidence") for the script to be used.
MIN_SCRIPT_CONFIDENCE = 1.0
#: Tesseract's models of each script OSD names, the most used first.
SCRIPT_MODELS = {
    "Latin": (
        "eng",
        "deu",
        "fra",
        "spa",
        "ita",
        "por",
        "nld",
        "tur",
        "aze",
        "pol",
        "ces",
        "swe",
        "dan",
        "nor",
        "fin",
        "hun",
        "ron",
        "hrv",
        "slk",
        "slv",
        "lit",
        "lav",
        "est",
        "cat",
        "eus",
        "gle",
        "isl",
        "sqi",
        "ind",
        "msa",
        "vie",
        "uzb",
        "lat",
    ),
    "Cyrillic": ("rus", "ukr", "bel", "bul", "srp", "mkd", "kaz", "kir", "tgk", "mon", "aze_cyrl", "uzb_cyrl"),
    "Arabic": ("ara", "fas", "urd", "uig"),
    "Greek": ("ell",),
    "Hebrew": ("heb",),
    "Armenian": ("hye",),
    "Georgian": ("kat",),
    "Devanagari": ("hin", "mar", "nep"),
    "Bengali": ("ben",),
    "Tamil": ("tam",),
    "Telugu": ("tel",),
    "Thai": ("tha",),
    "Han": ("chi_sim", "chi_tra"),
    "Japanese": ("jpn",),
    "Hangul": ("kor",),
}
#: The record's language (ISO 639-1) → Tesseract's model of it.
TESSERACT_MODEL = {
    "en": "eng",
    "de": "deu",
    "fr": "fra",
    "es": "spa",
    "it": "ita",
    "pt": "por",
    "nl": "nld",
    "tr": "tur",
    "az": "aze",
    "pl": "pol",
    "cs": "ces",
    "sv": "swe",
    "da": "dan",
    "no": "nor",
    "fi": "fin",
    "hu": "hun",
    "ro": "ron",
    "hr": "hrv",
    "sk": "slk",
    "sl": "slv",
    "lt": "lit",
    "lv": "lav",
    "et": "est",
    "ca": "cat",
    "eu": "eus",
    "ga": "gle",
    "is": "isl",
    "sq": "sqi",
    "id": "ind",
    "ms": "msa",
    "vi": "vie",
    "la": "lat",
    "ru": "rus",
    "uk": "ukr",
    "be": "bel",
    "bg": "bul",
    "sr": "srp",
    "mk": "mkd",
    "kk": "kaz",
    "mn": "mon",
    "ar": "ara",
    "fa": "fas",
    "ur": "urd",
    "el": "ell",
    "he": "heb",
    "hy": "hye",
    "ka": "kat",
    "hi": "hin",
    "bn": "ben",
    "ta": "tam",
    "te": "tel",
    "th": "tha",
    "zh": "chi_sim",
    "ja": "jpn",
    "ko": "kor",
}


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


def models_for(script: str | None, preferred: tuple[str, ...] = ()) -> list[str]:
    """The installed models of ``script`` a page is read with: those of the ``preferred``
    languages (ISO 639-1, in order) first, then the script's most used; at most MODELS_A_PAGE."""
    of_script = SCRIPT_MODELS.get(script or "", ())
    wanted = [TESSERACT_MODEL[code] for code in preferred if TESSERACT_MODEL.get(code) in of_script]
    ordered = dict.fromkeys([*wanted, *of_script])
    return [model for model in ordered if model in installed_languages()][:MODELS_A_PAGE]


def model_package(script: str) -> str:
    """The Debian package that reads ``script`` ('tesseract-ocr-rus' for Cyrillic)."""
    first = SCRIPT_MODELS.get(script, ("script-" + script.lower(),))[0]
    return "tesseract-ocr-" + first.replace("_", "-")


def needs_ocr(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) < MIN_TEXT_LETTERS


@dataclass(frozen=True)
class Reading:
    """What OCR read of one page."""

    text: str
    confidence: float  #: mean word confidence, 0–100
    turn: int = 0  #: degrees clockwise the page was turned to be read
    missing_model: str | None = None  #: the Debian package of the script's model, when none was installed


def recognise(image: Image.Image, languages: str, preferred: tuple[str, ...] = ()) -> Reading:
    """Read an image: with ``languages`` ('eng+rus'), or, when they are AUTO, in the page's own
    script with the installed models, those of the ``preferred`` languages (ISO 639-1) first. A
    page read with little confidence, or in AUTO, is asked which way up it is (Tesseract's
    orientation detection) and read upright: the better reading is kept."""
    image = _prepared(image)
    if languages == AUTO:
        return _read_in_its_script(image, preferred)
    text, confidence = _read(image, languages)
    if confidence < UNSURE_CONFIDENCE:
        turn = _page_layout(image).turn
        if turn:
            turned_text, turned_confidence = _read(image.rotate(-turn, expand=True), languages)
            if turned_confidence > confidence:
                return Reading(turned_text, turned_confidence, turn)
    return Reading(text, confidence)


def _prepared(image: Image.Image) -> Image.Image:
    from PIL import ImageOps

    image = ImageOps.exif_transpose(image)
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    return image


def _read_in_its_script(image: Image.Image, preferred: tuple[str, ...]) -> Reading:
    from ..language import detect_language

    layout = _page_layout(image)
    upright = image.rotate(-layout.turn, expand=True) if layout.turn else image
    models = models_for(layout.script, preferred)
    missing = None if models or layout.script is None else model_package(layout.script)
    first = models or models_for("Latin", preferred)
    text, confidence = _read(upright, "+".join(first))
    # The language the words turn out to be in may have a model of its own (German read with
    # the English model loses its ä, ö, ü and ß): read again with it first, keep the surer reading.
    language_model = TESSERACT_MODEL.get(detect_language(text) or "")
    if language_model and language_model in installed_languages() and language_model != first[0]:
        again = [language_model, *(model for model in first if model != language_model)][:MODELS_A_PAGE]
        other_text, other_confidence = _read(upright, "+".join(again))
        if other_confidence > confidence:
            text, confidence = other_text, other_confidence
    return Reading(text, confidence, layout.turn, missing)


#: A reading less sure than this (mean word confidence) makes the page's orientation be checked.
UNSURE_CONFIDENCE = 60.0


@dataclass(frozen=True)
class _Layout:
    turn: int = 0  #: degrees clockwise that turn the page upright
    script: str | None = None  #: Tesseract's name of the page's script ('Cyrillic', 'Latin'…)


def _page_layout(image: Image.Image) -> _Layout:
    """Which way up the page is and its script, by Tesseract's OSD; nothing when it cannot tell
    (too little text)."""
    import pytesseract

    try:
        found = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return _Layout()
    turn = int(found.get("rotate", 0)) % 360 if float(found.get("orientation_conf", 0)) >= 1.0 else 0
    script = str(found.get("script") or "") if float(found.get("script_conf", 0)) >= MIN_SCRIPT_CONFIDENCE else ""
    return _Layout(turn, script or None)


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
