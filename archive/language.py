"""Which language a text is in, and the Snowball stemmer for it.

Detection is py3langid (offline, its model ships in the wheel); stemming is PyStemmer, the C
Snowball stemmers. A language without a stemmer (Azerbaijani, say) is still searchable by its
folded words, which the index always holds beside the stems.
"""

from __future__ import annotations

from functools import lru_cache

#: ISO 639-1 code → PyStemmer algorithm.
STEMMERS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "et": "estonian", "eu": "basque", "fa": "persian", "fi": "finnish",
    "fr": "french", "ga": "irish", "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian",
    "lt": "lithuanian", "nl": "dutch", "no": "norwegian", "nb": "norwegian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "tr": "turkish",
}
DEFAULT_LANGUAGE = "en"
#: Texts shorter than this (in characters) are not trusted to a detector.
MIN_DETECTION_CHARS = 60
DETECTION_SAMPLE_CHARS = 5000


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    sample = " ".join(text[:DETECTION_SAMPLE_CHARS].split())
    if sum(ch.isalpha() for ch in sample) < MIN_DETECTION_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(sample)
    return code


@lru_cache(maxsize=None)
def stemmer(language: str):
    """The stem function of a language (a cached C stemmer), or None if there is none."""
    algorithm = STEMMERS.get(language)
    if algorithm is None:
        return None
    import Stemmer

    instance = Stemmer.Stemmer(algorithm, 100_000)
    return instance.stemWord
