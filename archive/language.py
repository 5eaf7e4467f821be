"""Which language a text is in, and the Snowball stemmer for it.

Detection is py3langid (offline, its model ships in the wheel); stemming is PyStemmer, the C
Snowball stemmers. A language without a stemmer is still searchable by its folded words, which
the index always holds beside the stems.

Detection chooses among PLAUSIBLE languages of the text's script only: the model knows 97, among
them regional languages, creoles and historical stages ('lb', 'gcf', 'wa', 'grc') that it
mistakes short or technical German, English and French for. A script that one plausible language
writes (Armenian, Greek, Georgian, Hebrew, Hangul, Kana, Thai) names the language at any length.
A short text whose guess is unsure gets no language here; the index run then gives it the
collection's main language of its script, or failing that the likeliest of the script
(``MainLanguages``).
"""

from __future__ import annotations

import copy
import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Callable

#: ISO 639-1 code → PyStemmer algorithm. Azerbaijani takes the Turkish stemmer: the languages
#: share their suffixes, and on the sample's clipping it finds 'soyqırımı' and 'soyqırımın' by
#: 'soyqirim', 'xalqların' by 'xalq' (measured; see tests/test_ocr_and_languages.py).
STEMMERS = {
    "ar": "arabic",
    "az": "turkish",
    "ca": "catalan",
    "cs": "czech",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "et": "estonian",
    "eu": "basque",
    "fa": "persian",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "nb": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "tr": "turkish",
}
#: What detection may answer: the languages with a stemmer, the national languages archives
#: here meet without one, and 'zxx' (no language: tables, code, noise).
PLAUSIBLE = frozenset(STEMMERS) - {"nb"} | {
    "be",
    "bg",
    "bn",
    "bs",
    "cy",
    "he",
    "hi",
    "hr",
    "is",
    "ja",
    "ka",
    "kk",
    "ko",
    "la",
    "lv",
    "mk",
    "mn",
    "ms",
    "sk",
    "sl",
    "sq",
    "ta",
    "te",
    "th",
    "uk",
    "ur",
    "vi",
    "zh",
    "zxx",
}
#: The script each plausible language is written in, where it is not Latin.
_SCRIPT_OF = {
    **dict.fromkeys(["ru", "uk", "be", "bg", "mk", "sr", "kk", "mn"], "CYRILLIC"),
    **dict.fromkeys(["ar", "fa", "ur"], "ARABIC"),
    "hi": "DEVANAGARI",
    "bn": "BENGALI",
    "ta": "TAMIL",
    "te": "TELUGU",
    "el": "GREEK",
    "hy": "ARMENIAN",
    "ka": "GEORGIAN",
    "he": "HEBREW",
    "th": "THAI",
    "ko": "HANGUL",
    "ja": "KANA",
    "zh": "CJK",
    "zxx": "NONE",
}
DEFAULT_LANGUAGE = "en"
_LETTER = re.compile(r"[^\W\d_]")
#: Texts shorter than this (in letters) are told apart only when the guess is sure.
MIN_DETECTION_CHARS = 60
#: How sure a guess about a short text must be (the detector's probability, among the plausible
#: languages of its script) to be taken.
SHORT_TEXT_CONFIDENCE = 0.9
#: The detector reads every byte in Python: this much text is enough, and costs about 1 ms.
DETECTION_SAMPLE_CHARS = 3000
#: A language of fewer items than this share is not a main language of the collection.
MIN_LANGUAGE_SHARE = 0.02
MAX_MAIN_LANGUAGES = 6


def language_tag(value: str) -> str:
    """A language as a record keeps it, whatever form it was written in: ISO 639-1 where there is
    one ('aze', 'ger', 'deu', 'Russian', 'Deutsch', 'en-GB' → 'az', 'de', 'de', 'ru', 'de', 'en'),
    else its code ('zxx'); what names no language stays as it is, lowered."""
    import langcodes

    text = value.strip()
    try:
        language = langcodes.Language.get(text)
        if not language.is_valid() or not language.language:
            raise LookupError(text)
    except (LookupError, ValueError):
        try:
            language = langcodes.find(text)
        except LookupError:
            return text.lower()
    return language.language or text.lower()


def script_of_language(code: str) -> str:
    return _SCRIPT_OF.get(code, "LATIN")


def script_of(text: str) -> str | None:
    """The script most of the letters of ``text`` are written in ('LATIN', 'CYRILLIC', 'KANA'…)."""
    scripts = Counter(_script_of_letter(letter) for letter in _LETTER.findall(text[:DETECTION_SAMPLE_CHARS]))
    return scripts.most_common(1)[0][0] if scripts else None


@lru_cache(maxsize=4096)
def _script_of_letter(letter: str) -> str:
    name = unicodedata.name(letter, "")
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "KANA"
    if name.startswith("CJK"):
        return "CJK"
    return name.split(" ", 1)[0] or "UNKNOWN"


def long_enough_to_tell(text: str) -> bool:
    """Whether ``text`` has letters enough for its language to be told among all (see detect_language)."""
    return len(_LETTER.findall(text[:DETECTION_SAMPLE_CHARS])) >= MIN_DETECTION_CHARS


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it cannot be told with confidence.
    A text of some length is told among every plausible language (a Russian manual page may have
    more Latin letters than Cyrillic ones); a short one among those of its script."""
    sample = " ".join(text[:DETECTION_SAMPLE_CHARS].split())
    if len(_LETTER.findall(sample)) >= MIN_DETECTION_CHARS:
        return _identifier(tuple(sorted(PLAUSIBLE))).classify(sample)[0]
    script = script_of(sample)
    candidates = languages_of_script(script) if script else []
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    code, probability = _identifier((*candidates, "zxx")).classify(sample)  # 'zxx': tables, code, noise
    return code if probability >= SHORT_TEXT_CONFIDENCE else None


def choose_language(text: str, candidates: list[str]) -> str | None:
    """The one of ``candidates`` (codes the detector knows) that ``text`` reads most like."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    return _identifier(tuple(sorted(candidates))).classify(" ".join(text[:DETECTION_SAMPLE_CHARS].split()))[0]


def languages_of_script(script: str) -> list[str]:
    return sorted(code for code in PLAUSIBLE if script_of_language(code) == script and code != "zxx")


@lru_cache(maxsize=None)
def _identifier(languages: tuple[str, ...]):
    """py3langid's identifier restricted to ``languages``, with probabilities."""
    identifier = copy.copy(full_model())  # restricting leaves the full model's arrays as they are
    identifier.set_languages(languages)
    return identifier


@lru_cache(maxsize=None)
def full_model():
    """py3langid's identifier of every language it knows (reading its model takes 0.4 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def desktop_language() -> str | None:
    """The language of the desktop's locale (ISO 639-1: 'ru' for ru_RU.UTF-8), if it names one."""
    import locale

    name = locale.getlocale(locale.LC_CTYPE)[0] or os.environ.get("LANG", "")
    code = name.split("_")[0].split(".")[0].lower()
    return code if code in PLAUSIBLE and code != "zxx" else None


def main_languages(counts: dict[str, int]) -> list[str]:
    """The languages of a collection, from how many items each has: its largest, less those of a
    handful of items (often a misread short text)."""
    total = sum(counts.values()) or 1
    main = sorted((count, code) for code, count in counts.items() if code and count >= MIN_LANGUAGE_SHARE * total)
    return sorted(code for _, code in main[-MAX_MAIN_LANGUAGES:])


class MainLanguages:
    """What a short text of unsure language is taken to be written in: the collection's main
    language of its script (the most like it, if there are several). Counts the languages of the
    items seen, starting from the catalog's (asked for when a text first needs them: a count over
    every record, a third of a second at 100,000 items, which a run of unchanged files never
    needs); an index run reads small files last, so by the time it reaches short texts it has seen
    most of the collection."""

    def __init__(self, catalogued: Callable[[], dict[str, int]]) -> None:
        self.catalogued: Callable[[], dict[str, int]] | None = catalogued
        self.counts: Counter[str] = Counter()

    def note(self, language: str | None) -> None:
        if language:
            self.counts[language] += 1

    def choose(self, text: str) -> tuple[str, str] | None:
        """(language, 'collection') from the collection's main languages of the text's script,
        else (the likeliest language of that script, 'guessed'): a guess stems the text, where
        no language would leave 'архива' unfound by 'архив'."""
        script = script_of(text)
        if script is None:
            return None
        if self.catalogued is not None:
            self.counts.update(self.catalogued())
            self.catalogued = None
        main = [
            code for code in main_languages(self.counts) if script_of_language(code) == script and code in PLAUSIBLE
        ]
        chosen = choose_language(text, main or languages_of_script(script))
        return (chosen, "collection" if main else "guessed") if chosen else None


@lru_cache(maxsize=None)
def _snowball(language: str):
    algorithm = STEMMERS.get(language)
    if algorithm is None:
        return None
    import Stemmer

    return Stemmer.Stemmer(algorithm, 100_000)


def stemmer(language: str):
    """The stem function of a language (a cached C stemmer), or None if there is none."""
    instance = _snowball(language)
    return instance.stemWord if instance is not None else None


def words_stemmer(language: str):
    """Like ``stemmer``, for a list of words at once (one call into C for all of them)."""
    instance = _snowball(language)
    return instance.stemWords if instance is not None else None
