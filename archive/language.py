"""Which language a text is in, and the Snowball stemmer for it.

Detection is py3langid (offline, its model ships in the wheel); stemming is PyStemmer, the C
Snowball stemmers. A language without a stemmer (Azerbaijani, say) is still searchable by its
folded words, which the index always holds beside the stems.
"""

from __future__ import annotations

import re
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
_LETTER = re.compile(r"[^\W\d_]")
#: Texts shorter than this (in characters) are not trusted to a detector.
MIN_DETECTION_CHARS = 60
#: The detector reads every byte in Python: this much text is enough, and costs about 1 ms.
DETECTION_SAMPLE_CHARS = 3000


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it is too short to tell."""
    sample = " ".join(text[:DETECTION_SAMPLE_CHARS].split())
    if len(_LETTER.findall(sample)) < MIN_DETECTION_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(sample)
    return code


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
