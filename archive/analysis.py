"""How text becomes index terms: tokens, case and accent folding, stemming.

The same analyzers serve indexing, querying and snippet highlighting, so a word is always cut and
folded the same way wherever it is compared.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

#: Words are runs of letters and digits; '_', '.', '-' and apostrophes split them.
WORD_PATTERN = r"[^\W_]+"


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict(accent_map)
    table.update({
        ord("ß"): "ss", ord("ẞ"): "ss", ord("ё"): "е", ord("Ё"): "е", ord("ı"): "i",
        ord("İ"): "i", ord("ə"): "e", ord("Ə"): "e", ord("æ"): "ae", ord("œ"): "oe",
        ord("ø"): "o", ord("đ"): "d", ord("ł"): "l", ord("þ"): "th",
    })
    for code in range(0x0300, 0x0370):  # combining marks left over after lower-casing ('İ' → 'i̇')
        table[code] = None
    return table


FOLD_TABLE = _fold_table()


def fold(text: str) -> str:
    """Lower-case and strip accents the way the index does: 'Résumé Straße' → 'resume strasse'."""
    return unicodedata.normalize("NFC", text).lower().translate(FOLD_TABLE)


@lru_cache(maxsize=None)
def text_analyzer():
    """For prose: folded and stemmed, so 'indexing' finds 'index' and 'resume' finds 'résumé'."""
    return (
        RegexTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | CharsetFilter(FOLD_TABLE)
        | StemFilter(lang="en", cachesize=100_000)
    )


@lru_cache(maxsize=None)
def name_analyzer():
    """For names, tags and short fields: folded, never stemmed ('Jones' must not find 'Jone')."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | CharsetFilter(FOLD_TABLE)


@lru_cache(maxsize=None)
def value_analyzer():
    """For facet values: each line is one exact term, shown back to people as written."""
    return RegexTokenizer(r"[^\n]+")
